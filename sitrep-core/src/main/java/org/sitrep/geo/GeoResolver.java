package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses the place each toponym denotes. Scores each candidate by a prior (population, feature
 * class, whether the name is its main name), then by the document: qualifiers ("Geneva,
 * Switzerland", "Daraa in southern Syria", "Kazakhstan's capital Astana"), the share of the other
 * mentions that lie in the same country and first-level division (the focus), and nearness to the
 * other mentions' places. Three rounds let the focus settle. Stateless; thread-safe.
 */
public final class GeoResolver {
  private static final int MAX_CANDIDATES = 60;
  private static final double QUALIFIED = 6.0;
  private static final double COUNTRY_FOCUS = 5.0;
  private static final double ADMIN1_FOCUS = 4.0;
  private static final double NEARBY = 1.5;
  private static final int NEIGHBOUR_CANDIDATES = 8;
  private static final double FAR_KM = 2500;
  private static final double PLAUSIBLE_MARGIN = 4.0;
  private static final int STRAY_POPULATION = 10_000;
  private static final double DOMINANT_SHARE = 0.6;
  private static final java.util.Set<String> PROVINCE_WORDS = java.util.Set.of("province", "governorate", "state");
  private static final String DIRECTION =
      "(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
          + "north-?eastern|north-?western|south-?eastern|south-?western)\\s+)?";
  private static final Pattern QUALIFIER_GAP =
      Pattern.compile(
          "\\s*(?:,|\\(|,?\\s+(?:in|of)(?:\\s+the)?)\\s*" + DIRECTION, Pattern.CASE_INSENSITIVE);
  /** "Boni in the Mopti region", "Tibni in eastern Deir ez-Zor": not a comma, which also lists. */
  private static final Pattern IN_GAP =
      Pattern.compile("\\s+in(?:\\s+the)?\\s+" + DIRECTION, Pattern.CASE_INSENSITIVE);
  private static final Pattern POSSESSIVE_GAP =
      Pattern.compile("\\s*['\u2019]s\\s+(?:[a-z-]+\\s+){0,2}");

  private final InMemoryGazetteer gazetteer;

  public GeoResolver(InMemoryGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * One mention per toponym, in the same order, except spelling guesses far from every other place
   * of the document, which are dropped.
   */
  public List<PlaceMention> resolve(String text, List<Toponym> toponyms) {
    int n = toponyms.size();
    List<List<Place>> cands = new ArrayList<>(n);
    List<double[]> base = new ArrayList<>(n);
    for (Toponym t : toponyms) {
      List<Place> c = new ArrayList<>(t.candidates());
      if (afterThe(text, t) && c.stream().anyMatch(GeoResolver::isWide)) {
        c.removeIf(p -> p.precision().equals("town")); // "the Levant" is the region, not Levant, Maine
      }
      c.sort(Comparator.comparingDouble((Place p) -> -prior(p, t)));
      if (c.size() > MAX_CANDIDATES) {
        c = c.subList(0, MAX_CANDIDATES);
      }
      cands.add(c);
      double[] b = new double[c.size()];
      for (int k = 0; k < b.length; k++) {
        b[k] = prior(c.get(k), t);
        if (t.kind() == Toponym.Kind.NAME && c.get(k).feature().equals("ADM1")
            && (hasNamesakeTown(c, c.get(k), t.nameKey()) || hasNamesakeCapital(c, c.get(k), t.nameKey()))) {
          b[k] -= 5.0; // bare "Daraa", "Idlib": the town more often than its governorate
        }
      }
      base.add(b);
    }
    qualify(text, toponyms, cands, base);
    List<List<Place>> plausible = plausibleAlternatives(toponyms, cands, base);
    Place[] pick = new Place[n];
    for (int i = 0; i < n; i++) {
      int self = i;
      pick[i] = best(cands.get(i), base.get(i), p -> nearness(p, self, toponyms, plausible));
    }
    for (int round = 0; round < 3; round++) {
      Focus focus = Focus.of(toponyms, pick);
      Place[] next = new Place[n];
      for (int i = 0; i < n; i++) {
        int self = i;
        next[i] = best(cands.get(i), base.get(i), p -> context(p, self, toponyms, plausible, focus));
      }
      System.arraycopy(next, 0, pick, 0, n);
    }
    insideQualifiers(text, toponyms, cands, base, pick);
    Focus focus = Focus.of(toponyms, pick);
    // One sense per discourse: a name the text once puts inside another place is that place's
    // namesake (or unknown) wherever the document names it.
    Map<Sense, Place> relocated = new HashMap<>();
    for (int i = 0; i + 1 < n; i++) {
      Toponym t = toponyms.get(i);
      if (pick[i] != null && t.kind() == Toponym.Kind.NAME) {
        Place q = PlaceInPlace.within(text, t, pick[i], cands.get(i), toponyms.get(i + 1), pick[i + 1]);
        if (q != pick[i]) {
          relocated.put(new Sense(t.nameKey(), pick[i]), q);
        }
      }
    }
    List<PlaceMention> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Toponym t = toponyms.get(i);
      Place p = pick[i];
      if (p == null && t.kind() == Toponym.Kind.DIVISION) {
        p = divisionFallback(text, t, focus);
      }
      Sense sense = p != null && t.kind() == Toponym.Kind.NAME && !relocated.isEmpty() ? new Sense(t.nameKey(), p) : null;
      if (sense != null && relocated.containsKey(sense)) {
        p = relocated.get(sense);
        if (p == null) {
          continue; // "the Mallah Farms in Aleppo": not Malah of another governorate
        }
      }
      if (p != null && t.kind() == Toponym.Kind.NAME && strayHamlet(p, t, focus)) {
        continue; // "Tibni" of a Syria story is not Tibnah in Jordan, its only namesake on file
      }
      if (!t.exact() && p != null && farFromTheRest(p, i, toponyms, pick)) {
        continue; // a spelling guess on another continent from the story: more likely a misreading
      }
      out.add(new PlaceMention(t.span(), t.text(), p, t.kind()));
    }
    return out;
  }

  /**
   * Whether a place found only as a spelling variant lies more than {@value #FAR_KM} km from every
   * place the document names exactly ("the Mandara hills" of a Nigeria story is not Mandurah in
   * Australia); false when the document names no other place.
   */
  private static boolean farFromTheRest(Place p, int self, List<Toponym> toponyms, Place[] pick) {
    boolean any = false;
    for (int j = 0; j < pick.length; j++) {
      Place q = pick[j];
      if (j == self || q == null || !toponyms.get(j).exact()) {
        continue;
      }
      any = true;
      if (Geo.km(p, q) <= FAR_KM) {
        return false;
      }
    }
    return any;
  }

  /**
   * A village under {@value #STRAY_POPULATION} people, known only under an alternate name, in
   * another country than the one that holds at least {@value #DOMINANT_SHARE} of the document's
   * other mentions: more likely a local place the gazetteer lacks, or no place, than a foreign
   * namesake; such a mention is dropped (leaving it unresolved cost LGL precision: "Gatehouse").
   */
  private static boolean strayHamlet(Place p, Toponym t, Focus focus) {
    if (!p.precision().equals("town") || p.population() >= STRAY_POPULATION || p.country() == null
        || NameKeys.key(p.name()).equals(t.nameKey())) {
      return false;
    }
    String dominant = focus.dominantCountry(t.nameKey(), DOMINANT_SHARE);
    return dominant != null && !dominant.equals(p.country());
  }

  /**
   * Whether the toponym follows a lower-case "the": with a named region among the candidates, the
   * region is meant ("the Levant"); "the Alexandria schools" shows why divisions are left alone.
   */
  private static boolean afterThe(String text, Toponym t) {
    int start = t.span().start();
    return start >= 4 && text.startsWith("the", start - 4) && Character.isWhitespace(text.charAt(start - 1))
        && (start == 4 || !Character.isLetterOrDigit(text.charAt(start - 5)));
  }

  /** A named region of regions.txt ("Levant", "Sahel"): no administrative division shares the rule. */
  private static boolean isWide(Place p) {
    return p.feature().equals("RGN") || p.feature().equals("CONT");
  }

  /** Whether the country's capital bears the division's name ("Washington"): the capital, usually. */
  private static boolean hasNamesakeCapital(List<Place> cands, Place division, String key) {
    for (Place p : cands) {
      if (p.feature().equals("PPLC") && p.country().equals(division.country())
          && NameKeys.key(p.name()).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the division's capital is among the candidates, i.e. shares the division's name. */
  private static boolean hasNamesakeTown(List<Place> cands, Place division, String key) {
    for (Place p : cands) {
      if ((p.feature().equals("PPLA") || p.feature().equals("PPLC"))
          && p.country().equals(division.country())
          && division.admin1() != null && division.admin1().equals(p.admin1())) {
        return true;
      }
    }
    return false;
  }

  /** Prior plausibility of a place for a name, before the document is considered. */
  static double prior(Place p, Toponym t) {
    double s = Math.log10(p.population() + 1);
    s += switch (p.feature()) {
      case "PCLI", "PCL", "PCLD", "PCLF", "PCLS", "TERR" -> 4.0;
      case "ADM1" -> 2.5;
      case "PPLC" -> 2.0;
      case "PPLA" -> 0.7;
      case "PPLA2", "ADM2" -> 0.5;
      case "PPLX" -> -1.0;
      case "CONT", "RGN" -> 5.0; // the named regions of regions.txt: well known, but without population
      default -> 0.0;
    };
    if (t.kind() == Toponym.Kind.DIVISION && !p.precision().equals("town")) {
      s += 3.0;
    }
    if (!t.exact()) {
      s -= 1.5;
    }
    if (p.precision().equals("town") && p.population() < 100_000
        && !NameKeys.key(p.name()).equals(t.nameKey())) {
      s -= 1.0; // a small place found only under an alternate (older, foreign) name misleads more
    }
    return s;
  }

  /**
   * Per toponym, the candidates still worth considering as neighbours of the others: at most
   * {@value #NEIGHBOUR_CANDIDATES} whose score is within {@value #PLAUSIBLE_MARGIN} of the best,
   * towns and districts only, one list per name (null for a repeated name, which adds nothing).
   * Nearness to any of them, not only to the current pick, lets a pair that fits ("Walker County"
   * and "Huntsville", both in Texas) win together over two famous namesakes far apart.
   */
  private static List<List<Place>> plausibleAlternatives(
      List<Toponym> toponyms, List<List<Place>> cands, List<double[]> base) {
    List<List<Place>> out = new ArrayList<>(toponyms.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int j = 0; j < toponyms.size(); j++) {
      if (!seen.add(toponyms.get(j).nameKey())) {
        out.add(null);
        continue;
      }
      double[] b = base.get(j);
      double top = Double.NEGATIVE_INFINITY;
      for (double x : b) {
        top = Math.max(top, x);
      }
      List<Place> keep = new ArrayList<>();
      List<Place> c = cands.get(j);
      for (int k = 0; k < c.size() && keep.size() < NEIGHBOUR_CANDIDATES; k++) {
        Place q = c.get(k);
        if (b[k] >= top - PLAUSIBLE_MARGIN && !q.precision().equals("country") && !q.precision().equals("region")) {
          keep.add(q);
        }
      }
      out.add(keep);
    }
    return out;
  }

  private double context(Place p, int self, List<Toponym> toponyms, List<List<Place>> plausible, Focus focus) {
    String key = toponyms.get(self).nameKey();
    double s = p.country() == null ? 0 : COUNTRY_FOCUS * focus.countryShare(p.country(), key);
    if (p.country() != null && p.admin1() != null) {
      s += ADMIN1_FOCUS * focus.admin1Share(p.country() + "/" + p.admin1(), key);
    }
    return s + nearness(p, self, toponyms, plausible);
  }

  /**
   * Bonus for lying near a plausible reading of another name; it also sets the first picks, so that
   * the focus does not lock in the famous reading of whichever name comes first.
   */
  private static double nearness(Place p, int self, List<Toponym> toponyms, List<List<Place>> plausible) {
    String key = toponyms.get(self).nameKey();
    double nearestKm = Double.MAX_VALUE;
    for (int j = 0; j < plausible.size(); j++) {
      List<Place> others = plausible.get(j);
      if (others == null || j == self || toponyms.get(j).nameKey().equals(key)) {
        continue;
      }
      for (Place q : others) {
        if (Math.abs(q.lat() - p.lat()) > 2.5 || Math.abs(q.lon() - p.lon()) > 4) {
          continue; // some 250 km apart or more: the bonus would be below 2% anyway
        }
        nearestKm = Math.min(nearestKm, Geo.km(p, q));
      }
    }
    return nearestKm == Double.MAX_VALUE ? 0 : NEARBY * Math.exp(-nearestKm / 60.0);
  }

  private static Place best(List<Place> cands, double[] base, java.util.function.ToDoubleFunction<Place> context) {
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < cands.size(); k++) {
      double s = base[k] + (context == null ? 0 : context.applyAsDouble(cands.get(k)));
      if (s > bestScore) {
        bestScore = s;
        best = cands.get(k);
      }
    }
    return best;
  }

  /**
   * "A, B", "A in (southern) B", "A (B)", "B's capital A": when B can contain A, the pair that
   * fits gets a bonus on both sides.
   */
  private static void qualify(String text, List<Toponym> toponyms, List<List<Place>> cands, List<double[]> base) {
    for (int i = 0; i + 1 < toponyms.size(); i++) {
      Toponym a = toponyms.get(i);
      Toponym b = toponyms.get(i + 1);
      if (a.span().end() > b.span().start()) {
        continue;
      }
      String gap = text.substring(a.span().end(), b.span().start());
      if (gap.length() > 40) {
        continue;
      }
      if (QUALIFIER_GAP.matcher(gap).matches() && b.kind() != Toponym.Kind.DEMONYM) {
        bonus(cands.get(i), base.get(i), cands.get(i + 1), base.get(i + 1));
      } else if (POSSESSIVE_GAP.matcher(gap).matches()) {
        bonus(cands.get(i + 1), base.get(i + 1), cands.get(i), base.get(i));
      }
    }
  }

  /**
   * "the town of Boni in the Mopti region", "a village in Mali": once the outer name is read as a
   * division or a country, the inner name is read inside it, by its best candidate in the same
   * division, else in the same country; a name with no such reading on file stands for the outer
   * place itself (Watampone in Indonesia, whose old name is Boni, is not meant in a Mali story).
   */
  private static void insideQualifiers(
      String text, List<Toponym> toponyms, List<List<Place>> cands, List<double[]> base, Place[] pick) {
    for (int i = 0; i + 1 < toponyms.size(); i++) {
      Toponym a = toponyms.get(i);
      Toponym b = toponyms.get(i + 1);
      Place outer = pick[i + 1];
      Place inner = pick[i];
      if (outer == null || inner == null || a.kind() != Toponym.Kind.NAME || a.span().end() > b.span().start()
          || !(b.kind() == Toponym.Kind.DIVISION || b.kind() == Toponym.Kind.NAME && outer.precision().equals("country"))
          || outer.country() == null || !(outer.precision().equals("region") || outer.precision().equals("country"))
          || outer.country().equals(inner.country()) || !inner.precision().equals("town")) {
        continue;
      }
      String gap = text.substring(a.span().end(), b.span().start());
      if (gap.length() > 40 || !IN_GAP.matcher(gap).matches()) {
        continue;
      }
      Place within = null;
      double withinScore = Double.NEGATIVE_INFINITY;
      List<Place> c = cands.get(i);
      for (int k = 0; k < c.size(); k++) {
        Place q = c.get(k);
        double score = base.get(i)[k] + (contains(outer, q) ? QUALIFIED : 0);
        if (outer.country().equals(q.country()) && !q.precision().equals("country") && score > withinScore) {
          within = q;
          withinScore = score;
        }
      }
      pick[i] = within != null ? within : outer;
    }
  }

  private static void bonus(List<Place> inner, double[] innerBase, List<Place> outer, double[] outerBase) {
    int bi = -1;
    int bo = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int x = 0; x < inner.size(); x++) {
      for (int y = 0; y < outer.size(); y++) {
        if (contains(outer.get(y), inner.get(x))) {
          double s = innerBase[x] + outerBase[y];
          if (s > bestScore) {
            bestScore = s;
            bi = x;
            bo = y;
          }
        }
      }
    }
    if (bi >= 0) {
      innerBase[bi] += QUALIFIED;
      outerBase[bo] += QUALIFIED;
    }
  }

  /** Whether {@code outer} contains {@code inner}: same country, same division, or close by. */
  static boolean contains(Place outer, Place inner) {
    if (outer == inner || outer.country() == null || !outer.country().equals(inner.country())) {
      return false;
    }
    switch (outer.precision()) {
      case "country":
        return !inner.precision().equals("country");
      case "region":
        return inner.admin1() != null && inner.admin1().equals(outer.admin1())
            && !inner.precision().equals("region");
      default:
        return !inner.precision().equals("country") && !inner.precision().equals("region")
            && Geo.km(outer, inner) < 40;
    }
  }

  /**
   * A division the gazetteer lacks ("Laurel County"): the biggest town of its name in the
   * document's focus division stands in for it at district precision; failing that, the focus
   * division itself (region precision).
   */
  private Place divisionFallback(String text, Toponym t, Focus focus) {
    String region = focus.topAdmin1();
    if (region == null) {
      return null;
    }
    Place best = null;
    for (Place p : gazetteer.lookupKey(t.nameKey(), false)) {
      if (p.precision().equals("town") && p.admin1() != null
          && region.equals(p.country() + "/" + p.admin1())
          && (best == null || p.population() > best.population())) {
        best = p;
      }
    }
    if (best == null) {
      if (provinceWord(text, t)) {
        return null; // "Zabul province" unknown: not the focus province, an unrelated division
      }
      String[] cc = region.split("/", 2);
      return gazetteer.admin1(cc[0], cc[1]).orElse(null);
    }
    return new Place(
        t.text(), best.lat(), best.lon(), null, best.country(), best.admin1(), "ADM2", "district", 0);
  }

  /**
   * Whether the division's word, inside the mention ("Gezira State") or right after it ("Uruzgan
   * province"), names a formal first-level division ("province", "state", "governorate"); not
   * "region", which also names informal areas ("the eastern Ghouta region") that the focus
   * division may well stand for.
   */
  private static boolean provinceWord(String text, Toponym t) {
    String[] inside = t.text().split("\\s+");
    if (PROVINCE_WORDS.contains(LocationExtractor.lower(inside[inside.length - 1]))) {
      return true;
    }
    int k = t.span().end();
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    int e = k;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return PROVINCE_WORDS.contains(LocationExtractor.lower(text.substring(k, e)));
  }

  /** Where the document's mentions lie: weights per country and per division, by name key. */
  private record Focus(
      Map<String, Double> country,
      Map<String, Double> admin1,
      Map<String, Map<String, Double>> countryByKey,
      Map<String, Map<String, Double>> admin1ByKey,
      Map<String, Double> totalByKey,
      double total) {

    static Focus of(List<Toponym> toponyms, Place[] pick) {
      Map<String, Double> country = new HashMap<>();
      Map<String, Double> admin1 = new HashMap<>();
      Map<String, Map<String, Double>> countryByKey = new HashMap<>();
      Map<String, Map<String, Double>> admin1ByKey = new HashMap<>();
      Map<String, Double> totalByKey = new HashMap<>();
      double total = 0;
      for (int i = 0; i < pick.length; i++) {
        Place p = pick[i];
        if (p == null) {
          continue;
        }
        Toponym t = toponyms.get(i);
        double w = t.kind() == Toponym.Kind.DEMONYM ? 0.5 : 1.0;
        if (p.country() == null) {
          continue; // a continent or a region across borders says nothing of the focus
        }
        total += w;
        country.merge(p.country(), w, Double::sum);
        totalByKey.merge(t.nameKey(), w, Double::sum);
        countryByKey.computeIfAbsent(t.nameKey(), k -> new HashMap<>()).merge(p.country(), w, Double::sum);
        if (p.admin1() != null) {
          String a = p.country() + "/" + p.admin1();
          admin1.merge(a, w, Double::sum);
          admin1ByKey.computeIfAbsent(t.nameKey(), k -> new HashMap<>()).merge(a, w, Double::sum);
        }
      }
      return new Focus(country, admin1, countryByKey, admin1ByKey, totalByKey, total);
    }

    /** The division of the focus country holding most mentions, if at least a third of them. */
    String topAdmin1() {
      String topCountry = country.entrySet().stream()
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
      return admin1.entrySet().stream()
          .filter(e -> e.getValue() >= total / 3 && e.getKey().startsWith(topCountry + "/"))
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(null);
    }

    /** The country holding at least {@code share} of the mentions other than those of key, or null. */
    String dominantCountry(String key, double share) {
      for (String cc : country.keySet()) {
        if (countryShare(cc, key) >= share) {
          return cc;
        }
      }
      return null;
    }

    /** Share of the mentions, other than those of {@code key}, that lie in the country. */
    double countryShare(String cc, String key) {
      double own = countryByKey.getOrDefault(key, Map.of()).getOrDefault(cc, 0.0);
      double denom = total - totalByKey.getOrDefault(key, 0.0);
      return denom <= 0 ? 0 : (country.getOrDefault(cc, 0.0) - own) / denom;
    }

    double admin1Share(String a, String key) {
      double own = admin1ByKey.getOrDefault(key, Map.of()).getOrDefault(a, 0.0);
      double denom = total - totalByKey.getOrDefault(key, 0.0);
      return denom <= 0 ? 0 : (admin1.getOrDefault(a, 0.0) - own) / denom;
    }
  }

  /** A name as the document reads it and the place it was resolved to. */
  private record Sense(String nameKey, Place place) {}
}
