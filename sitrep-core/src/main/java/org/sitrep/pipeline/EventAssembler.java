package org.sitrep.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.event.CountClaim;
import org.sitrep.event.DateRange;
import org.sitrep.event.EventMention;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Actor;
import org.sitrep.link.DocumentEventMerger;
import org.sitrep.model.Attribution;
import org.sitrep.model.Count;
import org.sitrep.model.Counts;
import org.sitrep.model.DocRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.quantity.CasualtyMention.Category;
import org.sitrep.text.Document;

/**
 * Builds the output record of one event from its merged mentions. The rules that keep claims
 * apart from facts live here: per side, a figure repeated or refined by one source takes its
 * fullest statement, figures from different sources take the most conservative (ACLED's rule);
 * any denial or doubt makes the event disputed; an event resting only on parties' words is
 * claimed. Stateless and thread-safe.
 */
public final class EventAssembler {
  private final Predicate<Actor> generic;

  /** @param generic whether an actor is a generic agent ("jihadists"), which a named party replaces */
  public EventAssembler(Predicate<Actor> generic) {
    this.generic = generic;
  }

  /**
   * @param focusCountry the document's focus country, the location of last resort (may be null)
   * @param segmentFocus the place the event's segment names most, for events placed only in a
   *     country of it (may be null)
   * @param countryFocus per country code, the place below country level the event's segment names
   *     in that country (see {@link CountryFocus})
   */
  public EventRecord assemble(
      Document doc, List<EventMention> mentions, Place focusCountry, Place segmentFocus, Map<String, Place> countryFocus) {
    EventMention primary = primary(mentions);
    Actor actor1 = namedAuthor(mentions, firstActor(mentions, primary, true, null));
    Actor actor2 = firstActor(mentions, primary, false, actor1);
    Counts counts = counts(mentions, actor2);
    Integer fatalities = fatalities(mentions, primary, counts);
    List<Attribution> attribution = attributions(mentions);
    EventType type = demonstrationType(mentions, primary.type());
    Actor crowd = type.isDemonstration() ? crowd(mentions) : null;
    if (crowd != null && !crowd.equals(actor1)) {
      // ACLED codes every protest and riot with its crowd as actor 1 and the force it met as
      // actor 2, whichever sentence told the dispersal ("Riot police used tear gas ..."); the same
      // swap as the event stage's for one sentence.
      actor2 = actor1 != null ? actor1 : actor2;
      actor1 = crowd;
    }
    return new EventRecord(
        id(doc, mentions, primary),
        new DocRef(doc.id(), doc.published() == null ? null : doc.published().toString(), doc.title(), doc.url(), doc.outlet()),
        type.type(),
        type.subtype(),
        primary.modality(),
        actor1,
        actor2,
        location(mentions, primary, focusCountry, segmentFocus, countryFocus),
        date(mentions, primary),
        fatalities,
        counts,
        attribution,
        status(mentions, attribution),
        evidence(doc, mentions));
  }

  /** The crowd of a demonstration: the actor of a mention that tells the crowd's own act. */
  private static Actor crowd(List<EventMention> mentions) {
    for (EventMention m : mentions) {
      if (m.type().isCrowdAct() && m.actor1() != null) {
        return m.actor1();
      }
    }
    return null;
  }

  private static EventMention primary(List<EventMention> mentions) {
    EventMention best = null;
    for (EventMention m : mentions) {
      if (!m.isDisputeOnly() && (best == null || m.weight() > best.weight())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * A demonstration told over several sentences takes its gravest form, in ACLED's order: the
   * crowd's own violence makes a riot; else deadly force against it, else intervention; else it
   * stays peaceful. ("Thousands marched on Saturday. There were scuffles in Paris.")
   */
  static EventType demonstrationType(List<EventMention> mentions, EventType primary) {
    if (!primary.type().equals("Protests") && primary != EventType.VIOLENT_DEMONSTRATION) {
      return primary;
    }
    List<EventType> order = List.of(EventType.VIOLENT_DEMONSTRATION, EventType.EXCESSIVE_FORCE,
        EventType.PROTEST_WITH_INTERVENTION);
    for (EventType t : order) {
      if (t == primary) {
        return primary;
      }
      for (EventMention m : mentions) {
        if (m.type() == t) {
          return t;
        }
      }
    }
    return primary;
  }

  /** The mention that introduced the event: its context stands for the event's. */
  private static EventMention firstEvent(List<EventMention> mentions) {
    for (EventMention m : mentions) {
      if (!m.isDisputeOnly()) {
        return m;
      }
    }
    return mentions.get(0);
  }

  /**
   * The context place of the mention that introduced the event, else of the first later mention
   * that has one in the country of the document's or the segment's focus: a headline or lead
   * opens a story with no place before it ("30 rebels killed in suicide blast"), and the story
   * places it before telling it again ("The blast struck the Atme crossing in Idlib … The attack
   * killed 32 rebels"); a stray namesake abroad does not.
   */
  private static PlaceMention firstContextPlace(List<EventMention> mentions, Place focus, Place segmentFocus) {
    PlaceMention first = firstEvent(mentions).contextPlace();
    if (first != null) {
      return first;
    }
    for (EventMention m : mentions) {
      PlaceMention p = m.isDisputeOnly() ? null : m.contextPlace();
      if (p != null && (inCountryOf(p.place(), focus) || inCountryOf(p.place(), segmentFocus))) {
        return p;
      }
    }
    return null;
  }

  private static boolean inCountryOf(Place p, Place focus) {
    return focus != null && focus.country() != null && focus.country().equals(p.country());
  }

  private static Actor firstActor(List<EventMention> mentions, EventMention primary, boolean agent, Actor not) {
    Actor a = agent ? primary.actor1() : primary.actor2();
    if (a != null && (not == null || !a.name().equals(not.name()))) {
      return a;
    }
    for (EventMention m : mentions) {
      if (m.isDisputeOnly()) {
        continue;
      }
      Actor c = agent ? m.actor1() : m.actor2();
      if (c != null && (not == null || !c.name().equals(not.name()))) {
        return c;
      }
    }
    return null;
  }

  /**
   * "Suspected jihadists attacked an army post … The attack was claimed by JNIM": a generic agent
   * gives way to a party it may be that the event's other mentions name as its author.
   */
  private Actor namedAuthor(List<EventMention> mentions, Actor actor1) {
    if (actor1 == null || !generic.test(actor1)) {
      return actor1;
    }
    for (EventMention m : mentions) {
      Actor a = m.actor1();
      if (a != null && !generic.test(a) && DocumentEventMerger.mayBe(actor1, a)) {
        return a;
      }
    }
    return actor1;
  }

  private static Location location(
      List<EventMention> mentions, EventMention primary, Place focus, Place segmentFocus, Map<String, Place> countryFocus) {
    PlaceMention best = primary.place();
    for (EventMention m : mentions) {
      if (m.place() != null && (best == null || m.place().place().precisionRank() > best.place().precisionRank())) {
        best = m.place();
      }
    }
    if (best == null) {
      best = firstContextPlace(mentions, focus, segmentFocus);
    }
    // An event its story places nowhere happened where the story keeps going back to ("ISIS
    // attacks town on Turkish border … attacked Tel Abyad"), rather than in the document's most
    // named country; a digest story's segment focus is its dateline country.
    Place p = best != null ? best.place() : segmentFocus != null ? segmentFocus : focus;
    if (segmentFocus != null && ("country".equals(p.precision()) && segmentFocus.country() != null
        && segmentFocus.country().equals(p.country()) || acrossBorders(p))) {
      p = segmentFocus; // "air strikes in Syria" in a story that keeps naming Aleppo
    } else if (primary.violent() && p != null && "country".equals(p.precision()) && countryFocus.get(p.country()) != null) {
      // "an attack in Syria" … "died in the town of Khan Sheikhoun": an act of violence happens
      // somewhere in the country; a blockade of aid or a talk of the whole country does not.
      p = countryFocus.get(p.country());
    }
    if (p == null) {
      return new Location(null, null, null, null, null, null, null);
    }
    return new Location(p.name(), p.lat(), p.lon(), p.geonamesId(), p.country(), p.admin1(), p.precision());
  }

  /**
   * A region across borders ("the Levant", "the Middle East"; often a word of a group's name)
   * places an event less well than any place its story keeps naming.
   */
  private static boolean acrossBorders(Place p) {
    return p.country() == null && !"town".equals(p.precision()) && !"point".equals(p.precision());
  }

  private static EventDate date(List<EventMention> mentions, EventMention primary) {
    DateRange d = primary.date();
    if (d == null) {
      for (EventMention m : mentions) {
        if (m.date() != null) {
          d = m.date();
          break;
        }
      }
    }
    if (d == null) {
      d = firstEvent(mentions).contextDate();
    }
    if (d == null || d.start() == null && d.end() == null) {
      return EventDate.unknown();
    }
    String precision = d.precision();
    if (d.start() != null && d.start().equals(d.end())) {
      precision = "day";
    } else if ("day".equals(precision)) {
      precision = "range";
    }
    return new EventDate(
        d.start() == null ? null : d.start().toString(), d.end() == null ? null : d.end().toString(), precision);
  }

  /** Per category and side: one source's fullest figure, or the lowest of several sources' figures. */
  private static Counts counts(List<EventMention> mentions, Actor actor2) {
    Map<Category, Map<String, Map<String, Long>>> bySide = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      if (!m.modality().equals("actual")) {
        continue; // "may have killed", "plans to attack": no one is reported dead yet
      }
      for (CountClaim c : m.counts()) {
        String side = c.victim() != null ? c.victim() : actor2 != null ? actor2.name() : "unknown";
        String source = c.source() == null ? "" : c.source();
        bySide.computeIfAbsent(c.category(), k -> new LinkedHashMap<>())
            .computeIfAbsent(side, k -> new LinkedHashMap<>())
            .merge(source, c.n(), Math::max);
      }
    }
    Map<Category, List<Count>> out = new LinkedHashMap<>();
    for (Category cat : Category.values()) {
      List<Count> list = new ArrayList<>();
      bySide.getOrDefault(cat, Map.of()).forEach((side, bySource) -> list.add(new Count(side, figure(bySource))));
      out.put(cat, list);
    }
    return new Counts(out.get(Category.KILLED), out.get(Category.WOUNDED), out.get(Category.CAPTURED), out.get(Category.AFFECTED));
  }

  private static long figure(Map<String, Long> bySource) {
    long named = bySource.keySet().stream().filter(s -> !s.isEmpty()).count();
    if (named <= 1) {
      return bySource.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
    return bySource.entrySet().stream().filter(e -> !e.getKey().isEmpty())
        .mapToLong(Map.Entry::getValue).min().orElse(0);
  }

  /**
   * Deaths across the event's sentences: each sentence's figures add up (one sentence names each
   * side once); across sentences, several sources give the lowest of their figures (ACLED's most
   * conservative rule), one source's figures for different named sides add up ("312 Islamic
   * State fighters" and "15 of their own"), and otherwise the fullest restatement counts once.
   */
  private static Integer fatalities(List<EventMention> mentions, EventMention primary, Counts counts) {
    Map<String, Long> bySource = new LinkedHashMap<>();
    List<Long> totals = new ArrayList<>();
    List<Set<String>> sides = new ArrayList<>();
    boolean allNamed = true;
    for (EventMention m : mentions) {
      if (!m.modality().equals("actual")) {
        continue;
      }
      // Within a sentence, named sides add up, and so do generic armed sides and non-combatants
      // ("17 soldiers and four civilians"); figures for non-combatants or unnamed victims are the
      // same people told again more often than new ones ("toll hits 43 … 43 people were killed",
      // "31 people … two medics"), so they only set a floor.
      Map<String, Long> named = new LinkedHashMap<>();
      Map<String, Long> generic = new LinkedHashMap<>();
      long unnamed = 0;
      Set<String> mine = new LinkedHashSet<>();
      List<Long> figures = new ArrayList<>();
      String source = null;
      for (CountClaim c : m.counts()) {
        if (c.category() == Category.KILLED) {
          if (c.namedSide()) {
            named.merge(c.victim(), c.n(), Math::max);
          } else if (c.victim() != null) {
            generic.merge(c.combatant() ? c.victim() : "", c.n(), Math::max);
          } else {
            unnamed = Math.max(unnamed, c.n());
          }
          figures.add(c.n());
          mine.add(String.valueOf(c.victim()));
          allNamed &= c.namedSide();
          source = source != null ? source : c.source();
        }
      }
      long genericSum = generic.values().stream().mapToLong(Long::longValue).sum();
      long total = restated(named.values().stream().mapToLong(Long::longValue).sum() + Math.max(unnamed, genericSum), figures);
      if (mine.isEmpty()) {
        continue;
      }
      totals.add(total);
      sides.add(mine);
      if (source != null) {
        bySource.merge(source, total, Math::max);
      }
    }
    if (!totals.isEmpty()) {
      long killed;
      if (bySource.size() >= 2) {
        killed = bySource.values().stream().mapToLong(Long::longValue).min().orElse(0);
      } else if (allNamed && disjoint(sides)) {
        killed = restated(totals.stream().mapToLong(Long::longValue).sum(), totals);
      } else {
        killed = totals.stream().mapToLong(Long::longValue).max().orElse(0);
      }
      return (int) Math.min(Integer.MAX_VALUE, killed);
    }
    boolean harmed = !counts.wounded().isEmpty() || !counts.captured().isEmpty();
    return primary.type().isViolent() && harmed ? 0 : null;
  }

  /**
   * A sum of a sentence's figures that is twice one of them counts that figure twice: a headline
   * run into its story ("air strike kills 18 … killed 17 militants and a child") or a total told
   * beside its parts ("20 IS members … 20 militants") gives the one figure, not the sum.
   */
  static long restated(long sum, List<Long> figures) {
    if (figures.size() < 2) {
      return sum;
    }
    for (long f : figures) {
      if (f > 0 && sum == 2 * f) {
        return f;
      }
    }
    return sum;
  }

  private static boolean disjoint(List<Set<String>> sides) {
    Set<String> seen = new LinkedHashSet<>();
    for (Set<String> s : sides) {
      for (String side : s) {
        if (!seen.add(side)) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<Attribution> attributions(List<EventMention> mentions) {
    Set<String> seen = new LinkedHashSet<>();
    List<Attribution> out = new ArrayList<>();
    for (EventMention m : mentions) {
      for (Attribution a : m.attributions()) {
        if (seen.add(a.source() + "\u0000" + a.stance())) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private static String status(List<EventMention> mentions, List<Attribution> attribution) {
    if (attribution.stream().anyMatch(a -> a.stance().equals("denied") || a.stance().equals("disputed"))) {
      return "disputed";
    }
    boolean anySourced = false;
    boolean allPartisan = true;
    int mainWeight = primary(mentions).weight();
    for (EventMention m : mentions) {
      if (m.isDisputeOnly() || m.attributions().isEmpty()) {
        if (!m.isDisputeOnly() && m.weight() >= mainWeight) {
          allPartisan = false; // the outlet tells the event itself in its own voice
        }
        continue;
      }
      anySourced = true;
      allPartisan &= m.partisanOnly() || m.attributions().stream().allMatch(a -> a.stance().equals("claimed"));
    }
    return anySourced && allPartisan ? "claimed" : "reported";
  }

  private static List<Evidence> evidence(Document doc, List<EventMention> mentions) {
    List<Evidence> out = new ArrayList<>();
    Set<Integer> seen = new LinkedHashSet<>();
    for (EventMention m : mentions) {
      if (seen.add(m.evidence().start())) {
        out.add(new Evidence(doc.id(), m.evidence().start(), m.evidence().end(), m.evidence().of(doc.text())));
      }
    }
    return out;
  }

  private static String id(Document doc, List<EventMention> mentions, EventMention primary) {
    StringBuilder key = new StringBuilder(doc.id()).append('\u0000').append(primary.type().name());
    for (EventMention m : mentions) {
      key.append('\u0000').append(m.sentence()).append(':').append(m.weight()).append(':').append(m.type());
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return "e-" + HexFormat.of().formatHex(h, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
