package org.sitrep.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actor.LexiconResource.Row;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * The actor dictionary: canonical actors with their aliases ({@code actors.tsv}), countries with
 * their names, demonyms, government and state forces ({@code countries.tsv}), and seats of power
 * used as metonyms ({@code seats.tsv}). Loaded once ({@link #standard()}); immutable and
 * thread-safe after loading.
 */
public final class ActorDictionary {
  /** A seat of power ("Moscow", "the Pentagon") and the actor it stands for. */
  record Seat(String iso2, Actor actor) {}

  private static final class Holder {
    static final ActorDictionary STANDARD = new ActorDictionary();
  }

  private final Map<String, Actor> byName = new LinkedHashMap<>();
  private final Set<Actor> generic = new HashSet<>();
  private final Map<String, Actor> governments = new HashMap<>();
  private final Map<String, Actor> forces = new HashMap<>();
  private final Map<String, Actor> police = new HashMap<>();
  private final TokenTrie<Actor> aliases = new TokenTrie<>();
  private final TokenTrie<String> demonyms = new TokenTrie<>();
  private final TokenTrie<String> demonymPlurals = new TokenTrie<>();
  private final TokenTrie<String> countryNames = new TokenTrie<>();
  private final TokenTrie<Seat> seats = new TokenTrie<>();
  private int aliasCount;

  private ActorDictionary() {
    loadCountries();
    loadActors("actors.tsv", false);
    loadActors("generic-agents.tsv", true);
    loadSeats();
  }

  /** The dictionary shipped with Sitrep, loaded on first use. */
  public static ActorDictionary standard() {
    return Holder.STANDARD;
  }

  private void loadCountries() {
    for (Row row : LexiconResource.rows("countries.tsv", 6)) {
      String iso2 = iso2(row, row.column(0));
      Actor government = define(row, row.column(4), ActorKind.GOVERNMENT.wire(), iso2);
      Actor army = define(row, row.column(5), ActorKind.STATE_FORCES.wire(), iso2);
      governments.put(iso2, government);
      forces.put(iso2, army);
      List<String> adjectives = LexiconResource.list(row.column(2));
      if (army.name().endsWith(" police")) {
        police.put(iso2, army); // a country whose police is its state force ("Haitian police")
      } else if (!adjectives.isEmpty()) {
        // ACLED keeps a country's police apart from its military ("Police Forces of Nigeria")
        police.put(iso2, define(row, adjectives.get(0) + " police", ActorKind.STATE_FORCES.wire(), iso2));
      }
      for (String name : LexiconResource.list(row.column(1))) {
        countryNames.add(name, iso2);
      }
      for (String d : LexiconResource.list(row.column(2))) {
        demonyms.add(d, iso2);
      }
      for (String d : LexiconResource.list(row.column(3))) {
        demonymPlurals.add(d, iso2);
      }
    }
  }

  private void loadActors(String resource, boolean areGeneric) {
    for (Row row : LexiconResource.rows(resource, 4)) {
      String country = row.column(2).isEmpty() ? null : iso2(row, row.column(2));
      Actor actor = define(row, row.column(0), row.column(1), country);
      if (areGeneric) {
        generic.add(actor);
      }
      addAlias(row.column(0), actor);
      for (String alias : LexiconResource.list(row.column(3))) {
        addAlias(alias, actor);
      }
    }
  }

  private void loadSeats() {
    for (Row row : LexiconResource.rows("seats.tsv", 3)) {
      String iso2 = iso2(row, row.column(1));
      Actor actor = switch (row.column(2)) {
        case "government" -> governments.get(iso2);
        case "forces" -> forces.get(iso2);
        default -> throw row.error("role must be government or forces, not '" + row.column(2) + "'");
      };
      if (actor == null) {
        throw row.error("country " + iso2 + " is not in countries.tsv");
      }
      seats.add(row.column(0), new Seat(iso2, actor));
    }
  }

  /**
   * Country names are not aliases even where a government is named after its country ("Russia"):
   * "in Russia" is a place; {@link MetonymMatcher} decides when a country name acts.
   */
  private void addAlias(String alias, Actor actor) {
    if (alias.indexOf('(') < 0 && countryNames.exactly(TokenKeys.tokens(alias)).isEmpty()) {
      aliases.add(alias, actor);
      aliasCount++;
    }
  }

  private Actor define(Row row, String name, String kind, String country) {
    if (name.isEmpty()) {
      throw row.error("empty actor name");
    }
    Actor actor;
    try {
      actor = new Actor(name, kind, country);
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
    Actor known = byName.putIfAbsent(name, actor);
    if (known != null && !known.equals(actor)) {
      throw row.error("actor '" + name + "' defined twice with different kind or country: " + known + " vs " + actor);
    }
    return known != null ? known : actor;
  }

  private static String iso2(Row row, String code) {
    if (code.length() != 2 || !code.equals(code.toUpperCase(Locale.ROOT))) {
      throw row.error("bad ISO 3166-1 alpha-2 code '" + code + "'");
    }
    return code;
  }

  /**
   * The actor a phrase names: an alias ("ISIS", "Syrian army", "Putin"; the first listed when
   * ambiguous), a seat of power ("Moscow", "Pentagon") or a demonym institution ("Turkish troops",
   * "Russia's foreign ministry"). A bare country name ("Russia") gives nothing, as it is as often
   * a place: use {@link #governmentOf} for it.
   */
  public Optional<Actor> lookup(String alias) {
    List<String> tokens = TokenKeys.tokens(Objects.requireNonNull(alias, "alias"));
    List<Actor> found = aliases.exactly(tokens);
    if (!found.isEmpty()) {
      return Optional.of(found.get(0));
    }
    List<Seat> seat = seats.exactly(tokens);
    if (!seat.isEmpty()) {
      return Optional.of(seat.get(0).actor());
    }
    return demonymInstitution(tokens);
  }

  private Optional<Actor> demonymInstitution(List<String> tokens) {
    RecognitionLexicon lexicon = RecognitionLexicon.standard();
    for (int k = 1; k < tokens.size(); k++) {
      List<String> country = demonyms.exactly(tokens.subList(0, k));
      int head = k;
      if (country.isEmpty() && k + 1 < tokens.size() && tokens.get(k).matches("'s?")) {
        country = countryNames.exactly(tokens.subList(0, k));
        head = k + 1;
      }
      if (country.isEmpty()) {
        continue;
      }
      List<RecognitionLexicon.DemonymRole> role = lexicon.demonymHeads.exactly(tokens.subList(head, tokens.size()));
      if (!role.isEmpty()) {
        String iso2 = country.get(0);
        return switch (role.get(0).role()) {
          case "forces" -> forcesOf(iso2);
          case "police" -> policeOf(iso2);
          case "government" -> governmentOf(iso2);
          default -> byName(role.get(0).genericName()).map(g -> new Actor(g.name(), g.kind(), iso2));
        };
      }
    }
    return Optional.empty();
  }

  /** The actor with this canonical name. */
  public Optional<Actor> byName(String canonical) {
    return Optional.ofNullable(byName.get(canonical));
  }

  /** The state forces of a country ("SY" gives "Syrian government forces"). */
  public Optional<Actor> forcesOf(String iso2) {
    return Optional.ofNullable(forces.get(iso2));
  }

  /** The police of a country ("NG" gives "Nigerian police"), an actor apart from its military. */
  public Optional<Actor> policeOf(String iso2) {
    return Optional.ofNullable(police.get(iso2));
  }

  /** The government of a country ("RU" gives "Russia"). */
  public Optional<Actor> governmentOf(String iso2) {
    return Optional.ofNullable(governments.get(iso2));
  }

  /** The country of a demonym or people ("Russian", "Iraqis", "U.S."), as ISO2. */
  public Optional<String> countryOfDemonym(String demonym) {
    List<String> tokens = TokenKeys.tokens(demonym);
    List<String> found = demonyms.exactly(tokens);
    if (found.isEmpty()) {
      found = demonymPlurals.exactly(tokens);
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * The countries of a hyphenated compound of demonyms ("Russian-Turkish-Iranian" gives RU, TR,
   * IR), in order; empty unless every part is a demonym.
   */
  public List<String> countriesOfDemonyms(String compound) {
    String[] parts = compound.split("-");
    String[] out = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Optional<String> c = countryOfDemonym(parts[i]);
      if (c.isEmpty()) {
        return List.of();
      }
      out[i] = c.get();
    }
    return List.of(out);
  }

  /** The country a country name denotes ("Syria", "Burma", "the UK" without "the"). */
  public Optional<String> countryOfName(String name) {
    List<String> found = countryNames.exactly(TokenKeys.tokens(name));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** True for generic agents ("Civilians", "Rebels", "Unidentified armed group"). */
  public boolean isGeneric(Actor actor) {
    return generic.contains(byName.get(actor.name()));
  }

  /** Every canonical actor, in file order. */
  public List<Actor> actors() {
    return List.copyOf(byName.values());
  }

  /** Number of aliases that are looked for in text (canonical names included). */
  public int aliasCount() {
    return aliasCount;
  }

  TokenTrie<Actor> aliases() {
    return aliases;
  }

  TokenTrie<String> demonyms() {
    return demonyms;
  }

  TokenTrie<String> demonymPlurals() {
    return demonymPlurals;
  }

  TokenTrie<String> countryNames() {
    return countryNames;
  }

  TokenTrie<Seat> seats() {
    return seats;
  }
}
