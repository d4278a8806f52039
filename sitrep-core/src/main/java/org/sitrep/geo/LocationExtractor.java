package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashSet;
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
  static final Set<String> STRONG_BEFORE = Set.of("near", "outside", "nearby", "around");
  private static final Set<String> STRONG_BEFORE_OF =
      Set.of(
          "town", "village", "city", "district", "neighbourhood", "neighborhood", "suburb",
          "suburbs", "province", "governorate", "region", "county", "outskirts", "north", "south",
          "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
          "north-west", "south-east", "south-west", "capital", "parts", "countryside", "areas",
          "area", "state");
  static final Set<String> WEAK_BEFORE =
      Set.of(
          "in", "at", "from", "to", "into", "across", "toward", "towards", "via", "through",
          "throughout", "of", "between", "and", "inside", "within", "outside", "southern",
          "northern", "eastern", "western", "central");
  /** Lower-case words that continue a name ("Mais al-Jabal", "Dar es Salaam"), unlike "on" or "and". */
  private static final Set<String> NAME_PARTICLES =
      Set.of("-", "al", "el", "ad", "ar", "as", "az", "ash", "ez", "es", "bin", "ibn", "abu", "de", "del",
          "la", "le", "di", "da", "do", "du", "der", "upon", "sur", "am", "im");

  static final java.util.regex.Pattern ORDINAL =
      java.util.regex.Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");

  /** Prepositions after which a capitalised unknown word is most likely a place. */
  private static final Set<String> LOOSE_CUES =
      Set.of("in", "near", "outside", "around", "into", "toward", "towards", "inside", "within");
  static final Set<String> DIRECTIONS =
      Set.of(
          "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
          "upper", "lower", "greater", "downtown", "rural", "northeast", "northwest", "southeast",
          "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "metro",
          "metropolitan", "suburban", "new");
  static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "our", "their",
          "my", "your", "and", "or", "but", "if", "when", "as", "by", "for", "with", "after",
          "before", "during", "while", "since", "until", "about", "both", "each", "every", "some",
          "many", "most", "all", "any", "no", "not", "on", "then", "than", "so", "yet", "it", "he",
          "she", "we", "they", "i", "you", "there", "here", "where", "who", "what", "which");
  /** Division words whose divisions usually bear their capital's name ("Idlib province"). */
  private static final Set<String> PROVINCE_KINDS = Set.of("province", "governorate");
  private static final Set<String> UNKNOWN_DIVISION_KINDS =
      Set.of("county", "parish", "province", "governorate", "district", "oblast", "prefecture");
  /** Division words that name a country's first-level divisions in wire English ("Gezira state"). */
  static final Set<String> FIRST_LEVEL_KINDS = Set.of("province", "governorate", "state", "region");

  private final InMemoryGazetteer gazetteer;
  private final GeoLexicon lexicon;
  private final PersonNames personNames;
  private final StreetNames streets;

  public LocationExtractor(InMemoryGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.lexicon = GeoLexicon.get();
    this.personNames = new PersonNames(gazetteer, lexicon);
    this.streets = new StreetNames(lexicon);
  }

  /** Toponyms of the document in text order, not overlapping. */
  public List<Toponym> extract(String text, List<Sentence> sentences) {
    List<List<Token>> pieces = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      pieces.add(splitHyphens(s.tokens()));
    }
    Set<String> personWords = personNames.surnames(pieces);
    java.util.Map<String, List<Place>> learned = new java.util.HashMap<>();
    List<Toponym> out = new ArrayList<>();
    for (List<Token> t : pieces) {
      extract(text, t, personWords, learned, out);
    }
    if (learned.isEmpty()) {
      return out;
    }
    // A spelling guessed after "the town of" stands only for a place in a country the document
    // names, by a name of that country alone ("JISREEN, Syria ... the town of Jisreen" is no
    // Belgian village). One sense per
    // discourse: a guess that stands is that place wherever the document names it, before the
    // cue as well as after it.
    Set<String> countries = new HashSet<>();
    for (Toponym top : out) {
      Set<String> of = new HashSet<>();
      top.candidates().forEach(p -> of.add(p.country()));
      if (of.size() == 1 && !of.contains(null) && !learned.containsKey(top.nameKey())) {
        countries.addAll(of); // a name of one country only: "Syria", "Aleppo"
      }
    }
    java.util.Map<String, List<Place>> kept = new java.util.HashMap<>();
    learned.forEach((key, places) -> kept.put(key, places.stream().filter(p -> countries.contains(p.country())).toList()));
    List<Toponym> again = new ArrayList<>();
    for (List<Token> t : pieces) {
      extract(text, t, personWords, kept, again);
    }
    return again;
  }

  /**
   * Splits hyphenated tokens into their parts and hyphens ("Athens-Clarke", "Albany-based",
   * "Egyptian-US"), keeping character offsets; names written with hyphens ("Winston-Salem",
   * "Deir ez-Zor") still match as the longest run, since keys fold hyphens to spaces.
   */
  static List<Token> splitHyphens(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size() + 4);
    for (Token tok : tokens) {
      String w = tok.text();
      int dash = w.indexOf('-');
      if (dash <= 0 || dash == w.length() - 1) {
        out.add(new Token(out.size(), tok.span(), w, tok.pos(), tok.lemma()));
        continue;
      }
      int base = tok.span().start();
      int from = 0;
      while (from <= w.length()) {
        int d = w.indexOf('-', from);
        int to = d < 0 ? w.length() : d;
        if (to > from) {
          out.add(new Token(out.size(), new CharSpan(base + from, base + to), w.substring(from, to), null, null));
        }
        if (d < 0) {
          break;
        }
        out.add(new Token(out.size(), new CharSpan(base + d, base + d + 1), "-", null, null));
        from = d + 1;
      }
    }
    return out;
  }

  /**
   * A place more likely meant than a person of the same name: a country, or a first-level division
   * of half a million people or more ("Georgia", "Virginia"; not New Zealand's Nelson region).
   */
  static boolean outranksPerson(Place p) {
    return p.precision().equals("country") || (p.feature().equals("ADM1") && p.population() >= 500_000)
        || (p.precision().equals("region") && !p.feature().equals("ADM1"));
  }

  /**
   * "Mon 16 Jan", "Monday, 16 January", "Sat. Jan 14": a weekday word (full or abbreviated) right
   * before a day number or a month name, skipping a comma or full stop, is part of a date line.
   */
  private boolean weekdayOfDate(List<Token> t, int i) {
    String w = lower(t.get(i).text());
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (!lexicon.weekdays.contains(w)) {
      return false;
    }
    int k = i + 1;
    while (k < t.size() && (t.get(k).text().equals(",") || t.get(k).text().equals("."))) {
      k++;
    }
    if (k >= t.size()) {
      return false;
    }
    String next = lower(t.get(k).text());
    if (next.endsWith(".")) {
      next = next.substring(0, next.length() - 1);
    }
    return DAY_NUMBER.matcher(next).matches() || lexicon.months.contains(next);
  }

  /** "16", "3rd", "21st": a day of the month. */
  private static final java.util.regex.Pattern DAY_NUMBER =
      java.util.regex.Pattern.compile("(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?");

  /**
   * Whether tokens from {@code k} are an Arabic article and a capitalised word: "al-Qasab",
   * "el Masri"; the rarer article forms that are also English words ("as", "ad") only when hyphened.
   */
  private static boolean continuesWithArticleName(List<Token> t, int k) {
    if (k + 2 >= t.size()) {
      return false;
    }
    String art = lower(t.get(k).text());
    boolean hyphen = t.get(k + 1).text().equals("-") && t.get(k + 1).span().start() == t.get(k).span().end();
    int name = hyphen ? k + 2 : k + 1;
    if (!(art.equals("al") || art.equals("el") || (hyphen && ARABIC_ARTICLES.contains(art)))) {
      return false;
    }
    return name < t.size() && startsName(t.get(name).text()) && Character.isLetter(t.get(name).text().charAt(0));
  }

  private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "az", "ash", "ez", "es");

  /** "A.", "D.": a middle initial, so the next word is a surname. */
  static boolean isInitial(String w) {
    return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
  }

  static boolean isWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '\'' && c != '\u2019' && c != '-') {
        return false;
      }
    }
    return !w.isEmpty();
  }

  private void extract(
      String text, List<Token> t, Set<String> personWords, java.util.Map<String, List<Place>> learned, List<Toponym> out) {
    boolean titleCase = isTitleCase(t);
    int lastEnd = -1;
    for (int i = 0; i < t.size(); i++) {
      if (!startsName(t.get(i).text()) && !ORDINAL.matcher(t.get(i).text()).matches()) {
        continue;
      }
      Toponym.Cue cue = cueBefore(t, i);
      int streetEnd = streets.end(t, i);
      if (streetEnd > 0) {
        CharSpan span = new CharSpan(t.get(i).span().start(), t.get(streetEnd - 1).span().end());
        out.add(new Toponym(span, span.of(text), NameKeys.key(span.of(text)), List.of(),
            Toponym.Kind.STREET, cue, true));
        lastEnd = streetEnd;
        i = streetEnd - 1;
        continue;
      }
      if (!startsName(t.get(i).text()) || weekdayOfDate(t, i)) {
        continue;
      }
      Toponym abbreviation = dottedStateAbbreviation(text, t, i);
      if (abbreviation != null) {
        out.add(abbreviation);
        lastEnd = i + 1;
        continue;
      }
      Toponym possessive = possessiveWithoutApostrophe(text, t, i);
      if (possessive != null) {
        out.add(possessive);
        lastEnd = i + 1;
        continue;
      }
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
        List<Place> places = gazetteer.lookupKey(key, false);
        boolean exact = true;
        if (places.isEmpty() && learned.containsKey(key)) {
          places = learned.get(key); // empty for a guess the document's countries refuted
        }
        if (places.isEmpty() && articleDropAllowed(t, i, j, key)) {
          places = gazetteer.lookupWithoutArticle(key);
        }
        if (places.isEmpty() && variantsAllowed(t, i, j, key)) {
          places = variants(key);
          exact = false;
        }
        if (places.isEmpty() && looseAllowed(t, i, j, key, personWords)) {
          places = gazetteer.lookupLoose(key).stream().filter(p -> SpellingGuess.closeSpelling(key, p)).toList();
          exact = false;
          if (places.isEmpty() && afterSettlementWord(t, i) && !learned.containsKey(key)) {
            places = gazetteer.lookupLooseByName(key).stream()
                .filter(p -> p.precision().equals("town") && SpellingGuess.closeSpelling(key, p)).toList();
            if (!places.isEmpty()) {
              learned.put(key, places);
            }
          }
        }
        if (!places.isEmpty() && j - i >= 2 && lower(t.get(j - 1).text()).equals("city")
            && onlyAlternate(places, key)) {
          continue; // "Dublin City Council": "Dublin City" is only an alternate name of Dublin
        }
        if (!places.isEmpty()) {
          found = toponym(text, t, i, j, key, places, Toponym.Kind.NAME, cue, exact);
          end = j;
        }
      }
      if (found != null && found.kind() == Toponym.Kind.NAME && end < t.size()
          && isDivisionWord(t.get(end).text()) && !(t.get(end).text().equals("state") && DIRECTIONS.contains(lower(t.get(i).text())))
          && found.candidates().stream().noneMatch(p -> p.precision().equals("country"))) {
        found = division(text, t, i, end, found.nameKey(), found.candidates(), cue, found.exact());
        end = t.get(end).isCapitalized() ? end + 1 : end;
      }
      if (found == null) {
        int k = unknownDivisionWord(t, i);
        if (k > 0) {
          String key = NameKeys.key(text.substring(t.get(i).span().start(), t.get(k - 1).span().end()));
          if (!lexicon.commonWords.contains(NameKeys.key(t.get(i).text()))
              && !lexicon.notPlaces.contains(NameKeys.key(t.get(i).text()))) {
            found = division(text, t, i, k, key, List.of(), cue, true);
            end = t.get(k).isCapitalized() ? k + 1 : k;
            if (found.candidates().isEmpty() && !UNKNOWN_DIVISION_KINDS.contains(lower(t.get(k).text()))) {
              found = null; // "X state" or "X region" unknown even loosely: no division to stand for
            }
          }
        }
      }
      if (found == null || !(learned.containsKey(found.nameKey()) && !found.candidates().isEmpty())
          && !plausible(found, t, i, end, lastEnd, titleCase, personWords)) {
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

  /**
   * "Syrias Idlib province", "Aleppos eastern districts": a possessive whose apostrophe was lost
   * (scraped text often drops it) names the country or major place of its stem, and the name after
   * it starts afresh. Only for a word unknown as written whose stem is a country, a first-level
   * division or a place of 100,000 or more, followed by another word.
   */
  private Toponym possessiveWithoutApostrophe(String text, List<Token> t, int i) {
    String w = t.get(i).text();
    if (w.length() < 5 || !w.endsWith("s") || w.endsWith("ss") || !isWord(w) || i + 1 >= t.size()
        || !isWord(t.get(i + 1).text())) {
      return null;
    }
    String key = NameKeys.key(w);
    if (!gazetteer.lookupKey(key, false).isEmpty() || lexicon.commonWords.contains(key)) {
      return null;
    }
    String stem = key.substring(0, key.length() - 1);
    List<Place> places = gazetteer.lookupKey(stem, false).stream()
        .filter(p -> p.precision().equals("country") || p.feature().equals("ADM1") || p.population() >= 100_000)
        .toList();
    if (places.isEmpty()) {
      return null;
    }
    return toponym(text, t, i, i + 1, stem, places, Toponym.Kind.NAME, cueBefore(t, i), true);
  }

  /**
   * "the town of X", "the village of X": the text itself says X is a settlement, so a spelling of
   * a small place's own name may be tried, not only of a well-known one.
   */
  private static boolean afterSettlementWord(List<Token> t, int i) {
    return i >= 2 && lower(t.get(i - 1).text()).equals("of") && SETTLEMENT_WORDS.contains(lower(t.get(i - 2).text()));
  }

  private static final Set<String> SETTLEMENT_WORDS =
      Set.of("town", "village", "city", "hamlet", "suburb", "neighbourhood", "neighborhood", "district");

  /**
   * A name written without the Arabic article the gazetteer gives it ("Qamishli" for Al Qamishli)
   * is looked up without it unless it is a common word or an all-capital word: the remaining
   * name must be spelled exactly as the gazetteer spells it.
   */
  private boolean articleDropAllowed(List<Token> t, int i, int j, String key) {
    if (key.length() < 4 || !NameKeys.withoutArabicArticle(key).equals(key) || lexicon.commonWords.contains(key)
        || lexicon.notPlaces.contains(key)) {
      return false;
    }
    for (int k = i; k < j; k++) {
      String w = t.get(k).text();
      if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Transliteration variants are tried only for a run of two or more mixed-case tokens (or one
   * with a fused article: "al-Raqqa") when no shorter run from the same token is an exact name,
   * and only towns of some size or divisions count: a loose key must not turn "Syria Daily" or
   * "TOP PHOTO" into a hamlet.
   */
  private boolean variantsAllowed(List<Token> t, int i, int j, String key) {
    if (j - i < 2 && !hasArticle(t.get(i).text())) {
      return false;
    }
    for (int k = i; k < j; k++) {
      if (isAcronym(t.get(k).text()) || t.get(k).text().equals(t.get(k).text().toUpperCase(Locale.ROOT))
          && t.get(k).text().length() > 1) {
        return false;
      }
    }
    for (int k = j - 1; k > i; k--) {
      String shorter = NameKeys.key(joined(t, i, k));
      if (!gazetteer.lookupKey(shorter, false).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name English spells its own way ("Hodeidah" for Al Hudaydah) is looked up by its loose
   * skeleton among well-known places only when the context marks a place: after "in", "near",
   * "the city of"… or before a division word ("Hodeidah province"); never for common words, words
   * known as surnames in the document, all-capital words or runs of more than three tokens.
   */
  private boolean looseAllowed(List<Token> t, int i, int j, String key, Set<String> personWords) {
    if (j - i > 3 || key.length() < 4 || lexicon.commonWords.contains(key) || lexicon.notPlaces.contains(key)
        || personWords.contains(key)) {
      return false;
    }
    for (int k = i; k < j; k++) {
      String w = t.get(k).text();
      if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
      String wk = NameKeys.key(w);
      if (!wk.isEmpty() && (lexicon.commonWords.contains(wk) || lexicon.titles.contains(wk))) {
        return false;
      }
    }
    boolean divisionAfter = j < t.size() && isDivisionWord(t.get(j).text())
        && !(t.get(j).text().equals("state") && DIRECTIONS.contains(lower(t.get(i).text()))); // "the first Northern state"
    if (divisionAfter) {
      return true;
    }
    if (j < t.size() && t.get(j).text().equals("-") && t.get(j).span().start() == t.get(j - 1).span().end()) {
      return false; // "Khan-Arnab": the first part of a hyphenated name is no spelling of a place
    }
    if (j < t.size() && (startsName(t.get(j).text()) || t.get(j).text().equals("'s")
        || t.get(j).text().equals("\u2019s") || NAME_PARTICLES.contains(lower(t.get(j).text()))
        || hasArticle(t.get(j).text()))) {
      return false; // "in Rohland Funeral Home", "inside McHale's", "Mais al-Jabal": part of a longer name
    }
    return cueBefore(t, i) == Toponym.Cue.STRONG || LOOSE_CUES.contains(previousWord(t, i));
  }

  /** The word before token i, skipping "the"; empty at the start. */
  private static String previousWord(List<Token> t, int i) {
    int k = i - 1;
    if (k >= 0 && lower(t.get(k).text()).equals("the")) {
      k--;
    }
    return k < 0 ? "" : lower(t.get(k).text());
  }

  private static String joined(List<Token> t, int i, int k) {
    StringBuilder b = new StringBuilder();
    for (int x = i; x < k; x++) {
      b.append(t.get(x).text()).append(' ');
    }
    return b.toString();
  }

  private List<Place> variants(String key) {
    return gazetteer.lookupKey(key, true).stream()
        .filter(p -> p.population() >= 10_000 || !p.precision().equals("town")
            || p.feature().startsWith("PPLA") || p.feature().equals("PPLC"))
        .toList();
  }

  private static boolean onlyAlternate(List<Place> places, String key) {
    return places.stream().noneMatch(p -> NameKeys.key(p.name()).equals(key));
  }

  private Toponym division(
      String text, List<Token> t, int i, int kindToken, String nameKey, List<Place> places, Toponym.Cue cue,
      boolean exact) {
    int end = t.get(kindToken).isCapitalized() ? kindToken + 1 : kindToken;
    List<Place> divisions =
        places.stream().filter(p -> p.feature().startsWith("ADM")).toList();
    if (divisions.isEmpty() && PROVINCE_KINDS.contains(lower(t.get(kindToken).text()))) {
      // "Deir Ezzor province" spelled unlike the gazetteer's division: the province of that name's capital
      divisions = places.stream().filter(p -> p.feature().equals("PPLA") && p.admin1() != null)
          .map(p -> gazetteer.admin1(p.country(), p.admin1()))
          .flatMap(Optional::stream).distinct().toList();
    }
    String divisionKey = NameKeys.divisionKey(nameKey);
    if (FIRST_LEVEL_KINDS.contains(lower(t.get(kindToken).text())) && !divisionKey.isEmpty()
        && (!exact || divisions.stream().noneMatch(p -> p.feature().equals("ADM1")))) {
      // "Uruzgan province" (Urozgan), "Gezira state" (Al Jazirah): a first-level division spelled
      // the local way is that division, wherever the namesake town or a loose spelling points
      List<Place> loose = new ArrayList<>(gazetteer.admin1Loose(nameKey));
      divisions.stream().filter(p -> !loose.contains(p)).forEach(loose::add);
      divisions = loose;
    }
    return toponym(text, t, i, end, nameKey, divisions, Toponym.Kind.DIVISION, cue, exact);
  }

  /**
   * A word that makes the name before it a division: one of admin-suffixes.txt, or a lower-case
   * "state" ("Gezira state"; a capitalised one more often ends another name: "Ohio State").
   */
  private boolean isDivisionWord(String w) {
    return lexicon.divisionKinds.contains(lower(w)) || w.equals("state");
  }

  /** Index of a division word ending a run of 1–3 capitalised tokens starting at i, or -1. */
  private int unknownDivisionWord(List<Token> t, int i) {
    for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
      String w = lower(t.get(k).text());
      if (UNKNOWN_DIVISION_KINDS.contains(w) || FIRST_LEVEL_KINDS.contains(w) && isDivisionWord(t.get(k).text())) {
        return k;
      }
      if (!startsName(t.get(k).text())) {
        return -1;
      }
    }
    return -1;
  }

  /** "S.C.", "W.Va.", "D.C.": dotted abbreviations of two capitals are states wherever they stand. */
  private Toponym dottedStateAbbreviation(String text, List<Token> t, int i) {
    String word = t.get(i).text();
    int capitals = 0;
    for (int k = 0; k < word.length(); k++) {
      capitals += Character.isUpperCase(word.charAt(k)) ? 1 : 0;
    }
    if (capitals < 2 || word.indexOf('.') < 0) {
      return null;
    }
    int spanEnd = t.get(i).span().end();
    if (!word.endsWith(".") && spanEnd < text.length() && text.charAt(spanEnd) == '.') {
      word = word + ".";
      spanEnd++;
    }
    String state = lexicon.usStateAbbreviations.get(word);
    if (state == null) {
      return null;
    }
    Optional<Place> p = gazetteer.admin1("US", state);
    if (p.isEmpty()) {
      return null;
    }
    CharSpan span = new CharSpan(t.get(i).span().start(), spanEnd);
    return new Toponym(span, span.of(text), NameKeys.key(state), List.of(p.get()),
        Toponym.Kind.STATE_ABBREVIATION, Toponym.Cue.STRONG, true);
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
    int next = end + 2;
    if (state == null && isInitial(word) && end + 2 < t.size()) {
      Token second = t.get(end + 2); // "W. Va." written with a space
      String joined = word + second.text();
      if (second.span().start() == abbr.span().end() + 1 && lexicon.usStateAbbreviations.containsKey(joined)) {
        state = lexicon.usStateAbbreviations.get(joined);
        spanEnd = second.span().end();
        next = end + 3;
      }
    }
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
    return next;
  }

  /**
   * Rejects names that are more likely something else: words that are never places, common words
   * without a place cue, the second half of a person's name, a name after a title.
   */
  private boolean plausible(
      Toponym c, List<Token> t, int i, int end, int lastEnd, boolean titleCase, Set<String> personWords) {
    if (c.kind() == Toponym.Kind.DEMONYM || c.kind() == Toponym.Kind.DIVISION) {
      return true;
    }
    boolean single = end - i == 1;
    String key = c.nameKey();
    if (single && isPiece(t, i) && t.get(i).text().length() < 4 && !isAcronym(t.get(i).text())) {
      return false; // "Wal" of "Wal-Mart"
    }
    if (lexicon.notPlaces.contains(key)) {
      return false;
    }
    if (end < t.size() && (lexicon.mediaHeads.contains(t.get(end).text())
        || end + 1 < t.size() && lexicon.mediaHeads.contains(t.get(end).text() + " " + t.get(end + 1).text()))
        && c.candidates().stream().noneMatch(p -> p.precision().equals("country"))) {
      return false; // "the Sana news agency": an outlet, not Sanaa
    }
    if (single && isPiece(t, i) && c.candidates().stream().noneMatch(
        p -> p.precision().equals("country") || p.precision().equals("region") || NameKeys.key(p.name()).equals(key))) {
      return false; // "Khan" of "Khan-Arnab" is not Haan: a compound's part known only by an alternate name
    }
    boolean major = c.candidates().stream()
        .anyMatch(p -> p.precision().equals("country") || p.precision().equals("region"));
    String word = t.get(i).text();
    if (single && !major && !datelinePlace(t, i)
        && (isAcronym(word) || (word.length() <= 3 && c.cue() != Toponym.Cue.STRONG))) {
      return false; // "UN", "Abu": an acronym or a short name part, unless a country or division
    }
    boolean person = single && c.cue() != Toponym.Cue.STRONG
        && c.candidates().stream().noneMatch(LocationExtractor::outranksPerson);
    if (person && personWords.contains(key)) {
      return false;
    }
    if (single && !major && continuesWithArticleName(t, end)
        && c.candidates().stream().allMatch(p -> p.population() < 100_000)) {
      return false; // "Baar al-Qasab": the first word of a longer name the gazetteer lacks
    }
    if (person && key.length() > 4 && key.endsWith("s") && personWords.contains(key.substring(0, key.length() - 1))) {
      return false; // "Assads forces", "the Johnsons": a plural or apostrophe-less possessive of a person
    }
    if (person && end + 1 < t.size() && t.get(end).text().equals("&") && t.get(end + 1).isCapitalized()) {
      return false; // "Stevens & Wilkinson": a firm
    }
    if (person && end < t.size() && isInitial(t.get(end).text())) {
      return false; // "Barry M. George"
    }
    if (person && !titleCase && end < t.size() && t.get(end).isCapitalized()) {
      String next = NameKeys.key(t.get(end).text());
      if (personWords.contains(next) && !lexicon.commonWords.contains(next)) {
        return false; // "Mary Middleton": a first name before a surname of the document
      }
    }
    if (single && !major && c.cue() != Toponym.Cue.STRONG) {
      if (personWords.contains(key)) {
        return false;
      }
      // A province capital's other spelling ("Tartous" for Tartus) is as well known as its name.
      boolean known = c.candidates().stream()
          .anyMatch(p -> p.population() >= 100_000 || NameKeys.key(p.name()).equals(key)
              || isCapital(p) && p.population() >= 50_000);
      if (!known && c.cue() == Toponym.Cue.NONE) {
        return false; // only an alternate name of a small place: too weak without a cue
      }
      if (!titleCase && end < t.size() && isWord(t.get(end).text()) && t.get(end).isCapitalized()) {
        String next = NameKeys.key(t.get(end).text());
        boolean big = c.candidates().stream().anyMatch(p -> p.population() >= 50_000);
        if (!lexicon.divisionKinds.contains(next) && (!big || !lexicon.commonWords.contains(next))
            && !(big && startsCapitalList(t, end))) {
          return false; // a first name ("Mary Wheeler") or part of a longer proper name
        }
      }
    }
    if (single && lexicon.commonWords.contains(key) && !isAcronym(t.get(i).text())) {
      boolean sentenceStart = i == 0 || !Character.isLetterOrDigit(t.get(i - 1).text().charAt(0));
      if (titleCase || sentenceStart || c.cue() != Toponym.Cue.STRONG) {
        boolean namedMajor = c.candidates().stream().anyMatch(p -> p.precision().equals("country")
            || (p.precision().equals("region") && NameKeys.key(p.name()).equals(key)));
        if (!(namedMajor && !sentenceStart && !titleCase)) { // "Free" is Free State only by an alternate name
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
          && !pw.equals("capital") // "the Syrian Capital Damascus": a capitalised kind word, no first name
          && (!prevSentenceStart || lexicon.titles.contains(NameKeys.key(pw)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCapital(Place p) {
    return p.feature().equals("PPLA") || p.feature().equals("PPLC");
  }

  /**
   * Whether the capital word at {@code k} is itself a province or country capital listed after
   * the one before it, as wire copy without commas does: "blasts hit Tartous Homs and Hasakeh".
   */
  private boolean startsCapitalList(List<Token> t, int k) {
    if (k + 1 >= t.size() || !LIST_JOINERS.contains(lower(t.get(k + 1).text()))) {
      return false; // a list goes on: "Tartous Homs and Hasakeh", not "Jackson Hole"
    }
    return gazetteer.lookupKey(NameKeys.key(t.get(k).text()), false).stream().anyMatch(LocationExtractor::isCapital);
  }

  private static final Set<String> LIST_JOINERS = Set.of("and", "&", ",");

  /**
   * "GOMA, Congo, July 2 (Wire) -": an upper-case word opening a sentence, then a comma and a
   * capitalised word, is a wire dateline's place, not an acronym.
   */
  private static boolean datelinePlace(List<Token> t, int i) {
    return i == 0 && t.size() > 2 && t.get(1).text().equals(",") && t.get(2).isCapitalized()
        && isWord(t.get(0).text()) && t.get(0).text().length() >= 3;
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
  static boolean isTitleCase(List<Token> t) {
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

  /** Whether the token is part of a hyphenated word split by {@link #splitHyphens}. */
  private static boolean isPiece(List<Token> t, int i) {
    return (i > 0 && t.get(i - 1).text().equals("-") && t.get(i - 1).span().end() == t.get(i).span().start())
        || (i + 1 < t.size() && t.get(i + 1).text().equals("-")
            && t.get(i + 1).span().start() == t.get(i).span().end());
  }

  /** "US", "UK": all capitals, so not the common word ("us") it spells. */
  private static boolean isAcronym(String w) {
    int letters = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2 && letters <= 4;
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

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
