package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/**
 * Finds toponyms in tokenised sentences: the longest capitalised token run (up to six tokens) that
 * the gazetteer knows, names followed by a division word ("X County", "Y province"), demonyms and
 * US state abbreviations after a town. Rejects common words that happen to be place names unless
 * the context marks a place, and names inside person names ("Raquel Henry"). Offsets are the
 * tokens' character offsets into the document. Thread-safe.
 */
public final class LocationExtractor {
  private static final int MAX_TOKENS = 6;
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "de", "del", "della", "la", "le", "les", "da", "do", "dos", "das", "al", "el", "ez",
          "az", "ad", "ar", "as", "ash", "upon", "on", "the", "en", "sur", "am", "im", "an", "der",
          "di", "du", "y", "bin", "ibn", "abu", "-", "and");
  private static final Set<String> STRONG_BEFORE = Set.of("near", "outside", "nearby", "around");
  private static final Set<String> STRONG_BEFORE_OF =
      Set.of(
          "town", "village", "city", "district", "neighbourhood", "neighborhood", "suburb",
          "suburbs", "province", "governorate", "region", "county", "outskirts", "north", "south",
          "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
          "north-west", "south-east", "south-west", "capital", "parts", "countryside", "areas",
          "area", "state");
  private static final Set<String> WEAK_BEFORE =
      Set.of(
          "in", "at", "from", "to", "into", "across", "toward", "towards", "via", "through",
          "throughout", "of", "between", "and", "inside", "within", "outside", "southern",
          "northern", "eastern", "western", "central");
  private static final Set<String> DIRECTIONS =
      Set.of(
          "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
          "upper", "lower", "greater", "downtown", "rural", "northeast", "northwest", "southeast",
          "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "metro", "new");
  private static final Set<String> UNKNOWN_DIVISION_KINDS =
      Set.of("county", "parish", "province", "governorate", "district", "oblast", "prefecture");

  private final InMemoryGazetteer gazetteer;
  private final GeoLexicon lexicon;

  public LocationExtractor(InMemoryGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.lexicon = GeoLexicon.get();
  }

  /** Toponyms of the document in text order, not overlapping. */
  public List<Toponym> extract(String text, List<Sentence> sentences) {
    List<Toponym> out = new ArrayList<>();
    for (Sentence s : sentences) {
      extract(text, s.tokens(), out);
    }
    return out;
  }

  private void extract(String text, List<Token> t, List<Toponym> out) {
    boolean titleCase = isTitleCase(t);
    int lastEnd = -1;
    for (int i = 0; i < t.size(); i++) {
      if (!startsName(t.get(i).text())) {
        continue;
      }
      Toponym.Cue cue = cueBefore(t, i);
      int runEnd = runEnd(t, i);
      Toponym found = null;
      int end = i;
      for (int j = runEnd; j > i && found == null; j--) {
        if (!startsName(t.get(j - 1).text())) {
          continue;
        }
        String key = NameKeys.key(text.substring(t.get(i).span().start(), t.get(j - 1).span().end()));
        String demonym = lexicon.demonyms.get(key);
        if (demonym != null) {
          Optional<Place> c = gazetteer.country(demonym);
          if (c.isPresent()) {
            found = toponym(text, t, i, j, key, List.of(c.get()), Toponym.Kind.DEMONYM, cue, true);
            end = j;
            break;
          }
        }
        boolean variantsAllowed = j - i >= 2 || hasArticle(t.get(i).text());
        List<Place> places = gazetteer.lookupKey(key, false);
        boolean exact = true;
        if (places.isEmpty() && variantsAllowed) {
          places = gazetteer.lookupKey(key, true);
          exact = false;
        }
        if (!places.isEmpty()) {
          found = toponym(text, t, i, j, key, places, Toponym.Kind.NAME, cue, exact);
          end = j;
        }
      }
      if (found != null && found.kind() == Toponym.Kind.NAME && end < t.size()
          && lexicon.divisionKinds.contains(lower(t.get(end).text()))) {
        found = division(text, t, i, end, found.nameKey(), found.candidates(), cue);
        end = t.get(end).isCapitalized() ? end + 1 : end;
      }
      if (found == null) {
        int k = unknownDivisionWord(t, i);
        if (k > 0) {
          String key = NameKeys.key(text.substring(t.get(i).span().start(), t.get(k - 1).span().end()));
          if (!lexicon.commonWords.contains(NameKeys.key(t.get(i).text()))
              && !lexicon.notPlaces.contains(NameKeys.key(t.get(i).text()))) {
            found = division(text, t, i, k, key, List.of(), cue);
            end = t.get(k).isCapitalized() ? k + 1 : k;
          }
        }
      }
      if (found == null || !plausible(found, t, i, end, lastEnd, titleCase)) {
        continue;
      }
      out.add(found);
      lastEnd = end;
      end = stateAbbreviation(text, t, end, out);
      if (end > lastEnd) {
        lastEnd = end;
      }
      i = end - 1;
    }
  }

  private Toponym division(
      String text, List<Token> t, int i, int kindToken, String nameKey, List<Place> places, Toponym.Cue cue) {
    int end = t.get(kindToken).isCapitalized() ? kindToken + 1 : kindToken;
    List<Place> divisions = places.stream().filter(p -> !p.precision().equals("town")).toList();
    return toponym(
        text, t, i, end, nameKey, divisions.isEmpty() ? places : divisions, Toponym.Kind.DIVISION, cue, true);
  }

  /** Index of a division word ending a run of 1–3 capitalised tokens starting at i, or -1. */
  private int unknownDivisionWord(List<Token> t, int i) {
    for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
      String w = lower(t.get(k).text());
      if (UNKNOWN_DIVISION_KINDS.contains(w)) {
        return k;
      }
      if (!startsName(t.get(k).text())) {
        return -1;
      }
    }
    return -1;
  }

  /** After "Town," a US state abbreviation ("La.", "Calif.", "VA") becomes its own toponym. */
  private int stateAbbreviation(String text, List<Token> t, int end, List<Toponym> out) {
    if (end + 1 >= t.size() || !t.get(end).text().equals(",")) {
      return end;
    }
    Token abbr = t.get(end + 1);
    String word = abbr.text();
    int spanEnd = abbr.span().end();
    if (!word.endsWith(".") && spanEnd < text.length() && text.charAt(spanEnd) == '.'
        && lexicon.usStateAbbreviations.containsKey(word + ".")) {
      word = word + ".";
      spanEnd++;
    }
    String state = lexicon.usStateAbbreviations.get(word);
    if (state == null) {
      return end;
    }
    Optional<Place> p = gazetteer.admin1("US", state);
    if (p.isEmpty()) {
      return end;
    }
    CharSpan span = new CharSpan(abbr.span().start(), spanEnd);
    out.add(
        new Toponym(span, span.of(text), NameKeys.key(state), List.of(p.get()),
            Toponym.Kind.STATE_ABBREVIATION, Toponym.Cue.STRONG, true));
    return end + 2;
  }

  /**
   * Rejects names that are more likely something else: words that are never places, common words
   * without a place cue, the second half of a person's name, a name after a title.
   */
  private boolean plausible(Toponym c, List<Token> t, int i, int end, int lastEnd, boolean titleCase) {
    if (c.kind() == Toponym.Kind.DEMONYM || c.kind() == Toponym.Kind.DIVISION) {
      return true;
    }
    boolean single = end - i == 1;
    String key = c.nameKey();
    if (single && lexicon.notPlaces.contains(key)) {
      return false;
    }
    boolean major = c.candidates().stream()
        .anyMatch(p -> p.precision().equals("country") || p.precision().equals("region"));
    if (single && lexicon.commonWords.contains(key)) {
      boolean sentenceStart = i == 0 || !Character.isLetterOrDigit(t.get(i - 1).text().charAt(0));
      if (titleCase || sentenceStart || c.cue() == Toponym.Cue.NONE) {
        if (!(major && !sentenceStart && !titleCase)) {
          return false;
        }
      }
    }
    if (i > 0 && !titleCase && lastEnd != i) {
      Token prev = t.get(i - 1);
      String pw = lower(prev.text());
      boolean prevSentenceStart = i - 1 == 0;
      if (prev.isCapitalized() && Character.isLetter(prev.text().charAt(0))
          && !DIRECTIONS.contains(pw) && !WEAK_BEFORE.contains(pw) && !STRONG_BEFORE.contains(pw)
          && (!prevSentenceStart || lexicon.notPlaces.contains(NameKeys.key(pw)))) {
        return false;
      }
    }
    return true;
  }

  private Toponym toponym(
      String text, List<Token> t, int i, int j, String key, List<Place> places, Toponym.Kind kind,
      Toponym.Cue cue, boolean exact) {
    CharSpan span = new CharSpan(t.get(i).span().start(), t.get(j - 1).span().end());
    return new Toponym(span, span.of(text), key, places, kind, cue, exact);
  }

  /** End (exclusive) of the run of name-like tokens from i, at most MAX_TOKENS long. */
  private static int runEnd(List<Token> t, int i) {
    int j = i + 1;
    while (j < t.size() && j - i < MAX_TOKENS) {
      String w = t.get(j).text();
      if (startsName(w) || CONNECTORS.contains(lower(w)) || hasArticle(w) || w.equals(".")) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  static Toponym.Cue cueBefore(List<Token> t, int i) {
    if (i == 0) {
      return Toponym.Cue.NONE;
    }
    String p1 = lower(t.get(i - 1).text());
    if (p1.equals("the") && i >= 2) {
      p1 = lower(t.get(i - 2).text());
      i--;
    }
    if (STRONG_BEFORE.contains(p1)) {
      return Toponym.Cue.STRONG;
    }
    if (p1.equals("of") && i >= 2 && STRONG_BEFORE_OF.contains(lower(t.get(i - 2).text()))) {
      return Toponym.Cue.STRONG;
    }
    return WEAK_BEFORE.contains(p1) ? Toponym.Cue.WEAK : Toponym.Cue.NONE;
  }

  /** Headlines capitalise every word, which voids capitalisation as evidence. */
  private static boolean isTitleCase(List<Token> t) {
    int words = 0;
    int caps = 0;
    for (Token tok : t) {
      String w = tok.text();
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          caps++;
        }
      }
    }
    return words >= 4 && caps * 10 >= words * 8;
  }

  static boolean startsName(String w) {
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || hasArticle(w));
  }

  /** "al-Raqqa", "ad-Dana": a lower-case Arabic article fused to a capitalised name. */
  static boolean hasArticle(String w) {
    int dash = w.indexOf('-');
    return dash >= 1 && dash <= 3 && dash + 1 < w.length()
        && Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(dash + 1));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
