package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A gazetteer held in memory: the places of a {@link GazetteerFile} and two {@link NameIndex}es
 * (exact keys, transliteration skeletons). Immutable once loaded; thread-safe.
 */
public final class InMemoryGazetteer implements Gazetteer {
  static final String BUNDLED = "gazetteer.tsv.gz";
  private final Place[] places;
  private final NameIndex exact;
  private final NameIndex variants;
  private final NameIndex loose;
  private final NameIndex unarticled;
  private final NameIndex looseByName;
  private final NameIndex admin1ByDivisionKey;
  private final Map<String, Place> countries;

  private InMemoryGazetteer(List<GazetteerEntry> entries, int keyCount) {
    places = new Place[entries.size()];
    exact = new NameIndex(keyCount);
    variants = new NameIndex(keyCount / 2);
    loose = new NameIndex(1 << 16);
    unarticled = new NameIndex(1 << 14);
    looseByName = new NameIndex(entries.size());
    admin1ByDivisionKey = new NameIndex(1 << 13);
    countries = new HashMap<>();
    for (int i = 0; i < places.length; i++) {
      GazetteerEntry e = entries.get(i);
      places[i] = e.toPlace();
      if (wellKnown(places[i])) {
        for (String k : e.keys()) {
          if (NameKeys.isLatin(k)) {
            loose.add(NameKeys.looseSkeleton(k), i);
          }
        }
      }
      String ownKey = NameKeys.key(e.name());
      if (NameKeys.isLatin(ownKey)) {
        looseByName.add(NameKeys.looseSkeleton(ownKey), i);
      }
      if (e.feature().equals("ADM1") && NameKeys.isLatin(ownKey)) {
        admin1ByDivisionKey.add(NameKeys.divisionKey(ownKey), i);
      }
      if (e.feature().startsWith("PCL")) {
        countries.putIfAbsent(e.country(), places[i]);
      }
      for (String k : e.keys()) {
        exact.add(k, i);
        String bare = NameKeys.withoutArabicArticle(k);
        if (!bare.equals(k)) {
          unarticled.add(bare, i);
        }
        String s = NameKeys.skeleton(k);
        if (!s.isEmpty()) {
          variants.add(s, i);
        }
      }
    }
  }

  private static final class Bundled {
    static final InMemoryGazetteer INSTANCE = loadBundled();
  }

  /** The gazetteer shipped in the jar, loaded on first use and shared. */
  public static InMemoryGazetteer bundled() {
    return Bundled.INSTANCE;
  }

  private static InMemoryGazetteer loadBundled() {
    InputStream in = InMemoryGazetteer.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IllegalStateException(
          "missing resource org/sitrep/geo/" + BUNDLED + " (built by 'mvn install' in sitrep-core)");
    }
    try (in) {
      return load(in, "org/sitrep/geo/" + BUNDLED);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Loads a gazetteer file written by {@link GazetteerFile#write}. */
  public static InMemoryGazetteer load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read gazetteer " + file + ": " + ex.getMessage(), ex);
    }
  }

  static InMemoryGazetteer load(InputStream in, String source) {
    List<GazetteerEntry> entries = new ArrayList<>(210_000);
    int[] keys = {0};
    GazetteerFile.read(
        in,
        source,
        e -> {
          entries.add(e);
          keys[0] += e.keys().size();
        });
    return new InMemoryGazetteer(entries, keys[0]);
  }

  /** Entries of the bundled gazetteer, for building a fuller one on top of it. */
  public static List<GazetteerEntry> bundledEntryList() {
    List<GazetteerEntry> out = new ArrayList<>();
    try (InputStream in = InMemoryGazetteer.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/sitrep/geo/" + BUNDLED);
      }
      GazetteerFile.read(in, BUNDLED, out::add);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out;
  }

  @Override
  public List<Place> lookup(String name) {
    return places(exact.get(NameKeys.key(name)));
  }

  @Override
  public List<Place> lookupVariants(String name) {
    String key = NameKeys.key(name);
    int[] hits = exact.get(key);
    if (hits.length == 0) {
      hits = variants.get(NameKeys.skeleton(key));
    }
    if (hits.length == 0) {
      hits = loose.get(NameKeys.looseSkeleton(key));
    }
    return places(hits);
  }

  /**
   * Places that English text may spell its own way ("Hodeidah" for Al Hudaydah): countries,
   * first-level divisions, capitals and towns of 50,000 or more.
   */
  private static boolean wellKnown(Place p) {
    return p.precision().equals("country") || p.feature().equals("ADM1") || p.feature().equals("PPLC")
        || p.feature().equals("PPLA") || (p.precision().equals("town") && p.population() >= 50_000);
  }

  /** Well-known places whose {@link NameKeys#looseSkeleton} equals that of the key. */
  List<Place> lookupLoose(String key) {
    return places(loose.get(NameKeys.looseSkeleton(key)));
  }

  /**
   * Places of any size whose own name (not an alternate) has the {@link NameKeys#looseSkeleton}
   * of the key: for a name the text marks as a settlement ("the town of Atareb" for Al Atarib).
   */
  List<Place> lookupLooseByName(String key) {
    return places(looseByName.get(NameKeys.looseSkeleton(key)));
  }

  /**
   * First-level divisions whose own name has the {@link NameKeys#divisionKey} of the key: for a
   * name the text marks as a division ("Uruzgan province" for Urozgan, "Gezira state" for Al
   * Jazirah). Empty for a key too short to be distinctive.
   */
  List<Place> admin1Loose(String key) {
    String k = NameKeys.divisionKey(key);
    return k.isEmpty() ? List.of() : places(admin1ByDivisionKey.get(k));
  }

  /**
   * Places whose name, with its leading Arabic article, is the key without one: "Qamishli" for
   * Al Qamishli, "Rastan" for Ar Rastan. English reports drop the article as often as they keep it.
   */
  List<Place> lookupWithoutArticle(String key) {
    return places(unarticled.get(key));
  }

  /** Exact matches when any, else skeleton matches; the flag tells which. */
  List<Place> lookupKey(String key, boolean allowVariants) {
    int[] hits = exact.get(key);
    if (hits.length == 0 && allowVariants) {
      hits = variants.get(NameKeys.skeleton(key));
    }
    return places(hits);
  }

  @Override
  public Optional<Place> country(String iso2OrName) {
    if (iso2OrName.length() == 2 && iso2OrName.equals(iso2OrName.toUpperCase(Locale.ROOT))) {
      Place p = countries.get(iso2OrName);
      if (p != null) {
        return Optional.of(p);
      }
    }
    return lookup(iso2OrName).stream().filter(p -> p.precision().equals("country")).findFirst();
  }

  @Override
  public Optional<Place> admin1(String countryIso2, String name) {
    Optional<Place> hit =
        lookup(name).stream()
            .filter(p -> p.feature().equals("ADM1") && p.country().equals(countryIso2))
            .findFirst();
    if (hit.isPresent()) {
      return hit;
    }
    return places(variants.get(NameKeys.skeleton(NameKeys.key(name)))).stream()
        .filter(p -> p.feature().equals("ADM1") && p.country().equals(countryIso2))
        .findFirst();
  }

  @Override
  public int size() {
    return places.length;
  }

  private List<Place> places(int[] hits) {
    List<Place> out = new ArrayList<>(hits.length);
    for (int i = hits.length - 1; i >= 0; i--) {
      out.add(places[hits[i]]);
    }
    return out;
  }
}
