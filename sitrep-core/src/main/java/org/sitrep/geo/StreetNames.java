package org.sitrep.geo;

import java.util.List;
import org.sitrep.nlp.Token;

/**
 * Street names ("Main Street", "E. Broad St.") are toponyms of their own with no coordinates:
 * recognising them keeps their first word ("Broad", "Cooper") from being read as a town. The
 * street words are {@code street-suffixes.txt}. Thread-safe.
 */
final class StreetNames {
  private final GeoLexicon lexicon;

  StreetNames(GeoLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * End (exclusive) of a street name starting at token i ("Main Street", "North Cooper Street",
   * "E. Broad St.", "Governors' Parkway"), or -1: one to four capitalised words, then a capitalised
   * street word, not followed by another capitalised word ("Wall Street Journal" is a paper).
   */
  int end(List<Token> t, int i) {
    String firstWord = t.get(i).text();
    String first = LocationExtractor.lower(firstWord);
    boolean abbreviated = firstWord.equals("St.") || firstWord.matches("(?:[NSEW]\\.){1,2}")
        || LocationExtractor.ORDINAL.matcher(firstWord).matches();
    if (!abbreviated && (!LocationExtractor.isWord(firstWord) || LocationExtractor.FUNCTION_WORDS.contains(first) || LocationExtractor.WEAK_BEFORE.contains(first)
        || LocationExtractor.STRONG_BEFORE.contains(first) || lexicon.titles.contains(NameKeys.key(first))
        || lexicon.streetSuffixes.contains(NameKeys.key(first)))) {
      return -1;
    }
    for (int k = i + 1; k < t.size() && k <= i + 4; k++) {
      String w = t.get(k).text();
      if (w.equals("-") || LocationExtractor.ORDINAL.matcher(w).matches()) {
        continue; // "Hyland-Croy Road", "West 11th Street"
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return -1;
      }
      String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      if (LocationExtractor.isWord(bare) && lexicon.streetSuffixes.contains(LocationExtractor.lower(bare))) {
        boolean sentenceEnd = w.endsWith(".") || k + 1 >= t.size();
        if (!sentenceEnd && k + 1 < t.size() && LocationExtractor.isWord(t.get(k + 1).text()) && t.get(k + 1).isCapitalized()
            && !lexicon.notPlaces.contains(NameKeys.key(t.get(k + 1).text()))) {
          return -1; // "Wall Street Journal"; but "First Avenue Monday"
        }
        if (k + 1 < t.size() && t.get(k + 1).text().matches("\\d+")) {
          return -1; // "County Road 43": a numbered route, not a named street
        }
        return k + 1;
      }
      if (!(LocationExtractor.isWord(w) || LocationExtractor.isInitial(w) || w.equals("St."))) {
        return -1;
      }
    }
    return -1;
  }
}
