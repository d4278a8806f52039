package org.sitrep.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Token;

/**
 * Finds the words a document uses as people's names, so that the same word alone later ("Nelson
 * said", then "Nelson") is not read as a place: surnames after a first name or title, and single
 * capitalised words next to a speech verb. Places that outrank a person of the same name
 * (countries, large states, capitals, cities of a million) are never collected. Thread-safe.
 */
final class PersonNames {
  private final InMemoryGazetteer gazetteer;
  private final GeoLexicon lexicon;

  PersonNames(InMemoryGazetteer gazetteer, GeoLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** Name keys ({@link NameKeys#key}) of the document's person words; sentences as token lists. */
  Set<String> surnames(List<List<Token>> sentences) {
    Set<String> out = new HashSet<>();
    for (List<Token> t : sentences) {
      collectPersonWords(t, out);
    }
    return out;
  }

  /**
   * Words seen as the second of two capitalised words that together name no place ("Raquel
   * Henry", "President Obama"): a surname, so the word alone later in the document is a person.
   */
  private void collectPersonWords(List<Token> t, Set<String> out) {
    if (LocationExtractor.isTitleCase(t)) {
      return;
    }
    collectSpeakers(t, out);
    collectArticleSurnames(t, out);
    for (int k = 1; k < t.size(); k++) {
      Token a = t.get(k - 1);
      Token b = t.get(k);
      String aw = NameKeys.key(a.text());
      boolean title = lexicon.titles.contains(aw) || LocationExtractor.isInitial(a.text());
      if (!(LocationExtractor.isWord(a.text()) || title) || !LocationExtractor.isWord(b.text()) || !a.isCapitalized()
          || !b.isCapitalized() || a.span().end() + 1 != b.span().start()) {
        continue;
      }
      if (!LocationExtractor.isInitial(a.text()) && (LocationExtractor.DIRECTIONS.contains(aw) || LocationExtractor.WEAK_BEFORE.contains(aw)
          || LocationExtractor.STRONG_BEFORE.contains(aw) || LocationExtractor.FUNCTION_WORDS.contains(aw)
          || (k == 1 && lexicon.commonWords.contains(aw) && !title))) {
        continue; // "A Charleston man", "Metropolitan Atlanta": not a first name; but "Roy A. Nelson"
      }
      if (!title && aw.length() >= 4 && lexicon.commonWords.contains(aw)) {
        continue; // "First Baptist Church Maryville": a common noun before a name, not a first name
      }
      String bk = NameKeys.key(b.text());
      if (lexicon.divisionKinds.contains(bk)
          || (lexicon.commonWords.contains(bk) && gazetteer.lookupKey(bk, false).isEmpty())) {
        continue; // "Gainesville Police"; but "Pat Nelson" is a person although nelson is a word
      }
      if (!gazetteer.lookupKey(NameKeys.key(a.text() + " " + b.text()), false).isEmpty()) {
        continue;
      }
      if (gazetteer.lookupKey(bk, false).stream().noneMatch(LocationExtractor::outranksPerson)) {
        out.add(bk);
      }
    }
  }

  /**
   * A single capitalised word right before a speech verb ("Nelson said", "Robertson told") or
   * right after one and before punctuation ("said Nelson."): a person, unless it names a country,
   * a region, a capital or a city of a million ("Russia said", "Moscow said" are metonyms).
   */
  private void collectSpeakers(List<Token> t, Set<String> out) {
    for (int k = 0; k < t.size(); k++) {
      Token w = t.get(k);
      if (!w.isCapitalized() || !LocationExtractor.isWord(w.text())) {
        continue;
      }
      boolean before = k + 1 < t.size() && lexicon.speechVerbs.contains(LocationExtractor.lower(t.get(k + 1).text()))
          && (k == 0 || !t.get(k - 1).isCapitalized() || !LocationExtractor.isWord(t.get(k - 1).text()))
          && (k == 0 || !(LocationExtractor.WEAK_BEFORE.contains(LocationExtractor.lower(t.get(k - 1).text()))
              || LocationExtractor.STRONG_BEFORE.contains(LocationExtractor.lower(t.get(k - 1).text())))); // "a man from Brampton said"
      boolean after = k > 0 && lexicon.speechVerbs.contains(LocationExtractor.lower(t.get(k - 1).text()))
          && k + 1 < t.size() && !LocationExtractor.isWord(t.get(k + 1).text());
      if (!before && !after) {
        continue;
      }
      String key = NameKeys.key(w.text());
      boolean metonym = gazetteer.lookupKey(key, false).stream()
          .anyMatch(p -> LocationExtractor.outranksPerson(p) || p.feature().equals("PPLC") || p.population() >= 1_000_000);
      if (!metonym && !lexicon.demonyms.containsKey(key)) {
        out.add(key);
      }
    }
  }

  /**
   * "Bashar al-Assad", "Hassan el Masri": a capitalised first word, the Arabic article and a
   * capitalised word give a surname, so that "Assad" or "Assads" alone later is a person; not when
   * the first word is a place cue, a direction, a common word or itself a place name, nor when the
   * whole name or the article form is a place ("Deir al-Zor", "Tal al-Abyad").
   */
  private void collectArticleSurnames(List<Token> t, Set<String> out) {
    for (int k = 0; k + 2 < t.size(); k++) {
      Token a = t.get(k);
      Token art = t.get(k + 1);
      String artWord = LocationExtractor.lower(art.text());
      if (!a.isCapitalized() || !LocationExtractor.isWord(a.text()) || a.text().length() < 3
          || !(artWord.equals("al") || artWord.equals("el")) || a.span().end() + 1 != art.span().start()) {
        continue;
      }
      int bi = k + 2;
      if (t.get(bi).text().equals("-") && t.get(bi).span().start() == art.span().end()) {
        bi++;
      } else if (t.get(bi).span().start() != art.span().end() + 1) {
        continue;
      }
      if (bi >= t.size() || !t.get(bi).isCapitalized() || !LocationExtractor.isWord(t.get(bi).text())
          || t.get(bi).span().start() > t.get(bi - 1).span().end() + 1) {
        continue;
      }
      Token b = t.get(bi);
      if (bi + 1 < t.size() && t.get(bi + 1).text().equals("-")) {
        continue; // "Ras al-Ain-based": a longer compound
      }
      String aw = NameKeys.key(a.text());
      if (LocationExtractor.DIRECTIONS.contains(aw) || LocationExtractor.WEAK_BEFORE.contains(aw)
          || LocationExtractor.STRONG_BEFORE.contains(aw) || LocationExtractor.FUNCTION_WORDS.contains(aw)
          || lexicon.commonWords.contains(aw) || lexicon.divisionKinds.contains(aw)) {
        continue;
      }
      String bk = NameKeys.key(b.text());
      if (bk.length() < 4 || lexicon.commonWords.contains(bk) || lexicon.divisionKinds.contains(bk)
          || !gazetteer.lookupKey(NameKeys.key(a.text() + " " + art.text() + " " + b.text()), false).isEmpty()
          || !gazetteer.lookupKey(NameKeys.key(art.text() + " " + b.text()), false).isEmpty()
          || !gazetteer.lookupKey(aw, false).isEmpty()) {
        continue; // "Deir al-Zor", "Tal al-Abyad": a place; "Idlib al-..." starts with one
      }
      if (gazetteer.lookupKey(bk, false).stream().noneMatch(
          p -> LocationExtractor.outranksPerson(p) || p.population() >= 100_000)) {
        out.add(bk);
      }
    }
  }
}
