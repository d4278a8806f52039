package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.event.CountClaim;
import org.sitrep.event.EventMention;
import org.sitrep.geo.Geo;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Merges the mentions of one document that speak of the same event: a roundup item tells an
 * event across sentences ("The SDF said it has killed 312 …", "The Forces … put their losses at
 * 15 killed"), names its victims again ("the killing of al-Baghdadi"), doubts it ("Analysts were
 * sceptical …") or denies it. Mentions merge only within one segment, never across a conflict of
 * type family, place, date or actor; a mention that joins no event starts one only if it is
 * specific enough (two of actor, victim, place, date, figures or a precise trigger). Immutable and
 * thread-safe.
 */
public final class DocumentEventMerger {
  private final Predicate<Actor> generic;

  /**
   * @param generic whether an actor is a generic agent ("gunmen", "jihadists", "soldiers"): such an
   *     agent does not conflict with a party it may be ("the attack … was claimed by JNIM")
   */
  public DocumentEventMerger(Predicate<Actor> generic) {
    this.generic = generic;
  }

  private static final int MERGE_THRESHOLD = 2;
  private static final String CROWD = "crowd";
  private static final int MIN_SPECIFICITY = 2;
  /** The least trigger weight ("names the kind of act") for a lone, unspecific mention to count. */
  private static final int LONE_ACT_WEIGHT = 2;
  private static final double SAME_PLACE_KM = 25;
  private static final double CONFLICT_KM = 50;

  public List<List<EventMention>> merge(List<EventMention> mentions) {
    List<List<EventMention>> events = new ArrayList<>();
    Map<Integer, EventMention> unplaced = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      List<List<EventMention>> inSegment = new ArrayList<>();
      for (List<EventMention> e : events) {
        if (e.get(0).segment() == m.segment()) {
          inSegment.add(e);
        }
      }
      if (m.isDisputeOnly()) {
        List<EventMention> target = disputeTarget(m, inSegment);
        if (target != null) {
          target.add(m);
        }
        continue;
      }
      List<EventMention> best = null;
      int bestScore = Integer.MIN_VALUE;
      for (List<EventMention> e : inSegment) {
        int s = score(m, e);
        if (s >= bestScore && s >= MERGE_THRESHOLD) {
          best = e;
          bestScore = s;
        }
      }
      if (best != null) {
        best.add(m);
      } else if (specificity(m) >= MIN_SPECIFICITY) {
        List<EventMention> fresh = new ArrayList<>();
        fresh.add(m);
        events.add(fresh);
      } else if (m.weight() >= LONE_ACT_WEIGHT && m.modality().equals("actual")) {
        unplaced.merge(m.segment(), m, (a, b) -> b.weight() > a.weight() ? b : a);
      }
    }
    // A short item that tells one act by its name ("weapons were seized in the raid", "protesters
    // marched on the ministry") reports that act even without names, places or dates around it.
    for (EventMention m : unplaced.values()) {
      if (events.stream().noneMatch(e -> e.get(0).segment() == m.segment())) {
        List<EventMention> fresh = new ArrayList<>();
        fresh.add(m);
        events.add(fresh);
      }
    }
    return events;
  }

  /**
   * Claims of responsibility, denials and doubts concern violence first: they go to the violent
   * event they name, else the latest violent event of the item, else the event they name, else
   * the latest event.
   */
  private static List<EventMention> disputeTarget(EventMention m, List<List<EventMention>> events) {
    List<List<EventMention>> violent = new ArrayList<>();
    for (List<EventMention> e : events) {
      if (e.stream().anyMatch(EventMention::violent)) {
        violent.add(e);
      }
    }
    List<EventMention> named = mostShared(m, violent);
    if (named != null) {
      return named;
    }
    if (!violent.isEmpty()) {
      return violent.get(violent.size() - 1);
    }
    named = mostShared(m, events);
    if (named != null) {
      return named;
    }
    return events.isEmpty() ? null : events.get(events.size() - 1);
  }

  private static List<EventMention> mostShared(EventMention m, List<List<EventMention>> events) {
    List<EventMention> best = null;
    int bestShared = 0;
    for (List<EventMention> e : events) {
      int shared = sharedNames(m, e);
      if (shared > bestShared) {
        best = e;
        bestShared = shared;
      }
    }
    return best;
  }

  private int score(EventMention m, List<EventMention> event) {
    int score = 0;
    boolean sameActor = false;
    for (EventMention o : event) {
      if (o.isDisputeOnly()) {
        continue;
      }
      if (conflicts(m, o)) {
        return Integer.MIN_VALUE;
      }
      if (m.actor1() != null && o.actor1() != null && m.actor1().name().equals(o.actor1().name())) {
        sameActor = true;
      }
      for (var a : m.attributions()) {
        for (var b : o.attributions()) {
          sameActor |= a.source().equals(b.source()) && !a.stance().equals("disputed");
        }
        sameActor |= o.actor1() != null && a.source().equals(o.actor1().name());
      }
    }
    score += Math.min(6, 3 * sharedNames(m, event));
    score += sameActor ? 1 : 0;
    boolean mVague = m.place() == null && m.date() == null;
    boolean eVague = event.stream().noneMatch(o -> o.place() != null || o.date() != null);
    score += mVague || eVague ? 1 : 0;
    score += m.anaphoric() ? 1 : 0;
    if (m.anaphoric() && event.stream().anyMatch(o -> o.sentence() == m.sentence() - 1)) {
      score += 1; // "Gunmen killed 17 people ... The attack was carried out by the Gran Grif gang"
    }
    if (m.place() != null && event.stream().anyMatch(o -> o.place() != null
        && Geo.km(o.place().place(), m.place().place()) <= SAME_PLACE_KM)) {
      score += 1;
    }
    if (sharesVictim(m, event)) {
      score += 1;
    }
    if (refinesPlace(m, event)) {
      score += 1;
    }
    if (tollsUncountedEvent(m, event)) {
      score += 1;
    }
    if (event.stream().anyMatch(o -> crowdMeetsForce(m, o))) {
      score += 1; // "farmers blocked the highway ... Riot police used tear gas to clear the road"
    }
    return score;
  }

  private boolean conflicts(EventMention a, EventMention b) {
    if (!family(a).equals(family(b))) {
      return true;
    }
    if (a.sentence() == b.sentence() && !a.names().isEmpty() && !b.names().isEmpty()
        && a.names().stream().noneMatch(b.names()::contains)) {
      return true; // two clauses of one sentence naming different participants are two events
    }
    if (a.weight() >= 2 && b.weight() >= 2 && a.type() != b.type()
        && !(family(a).equals("violence") && a.type().type().equals(b.type().type()))
        && !family(a).equals(CROWD)) {
      return true; // "aid was to be delivered" and "the convoy was blocked" are two events
    }
    if (a.modality().equals("planned") != b.modality().equals("planned")) {
      return true; // an announced plan is not the act
    }
    if (a.place() != null && b.place() != null && placesConflict(a.place(), b.place())) {
      return true;
    }
    if (a.date() != null && b.date() != null && !a.date().overlaps(b.date(), 1)) {
      return true;
    }
    return a.actor1() != null && b.actor1() != null && !a.actor1().name().equals(b.actor1().name())
        && !sameState(a.actor1(), b.actor1()) && !crowdMeetsForce(a, b)
        && !((a.anaphoric() || b.anaphoric()) && (generic.test(a.actor1()) && mayBe(a.actor1(), b.actor1())
            || generic.test(b.actor1()) && mayBe(b.actor1(), a.actor1())));
  }

  /**
   * A crowd and the state force that met it each act in their own clause of one demonstration, and
   * a scene without an actor ("there were scuffles") is the crowd's; two crowds (rival rallies)
   * stay two events.
   */
  private static boolean crowdMeetsForce(EventMention a, EventMention b) {
    return family(a).equals(CROWD) && family(b).equals(CROWD)
        && (a.actor1() == null || b.actor1() == null || isState(a.actor1()) != isState(b.actor1()));
  }

  /**
   * Two organs of one state ("Russia" and the "Russian military") may tell one act; two armed
   * groups of one country (M23 and the ADF in Congo) are two sides, never one.
   */
  private static boolean sameState(Actor a, Actor b) {
    return a.country() != null && a.country().equals(b.country()) && isState(a) && isState(b);
  }

  private static boolean isState(Actor a) {
    return ActorKind.fromWire(a.kind()).isState();
  }

  /**
   * Whether a generic agent may be a given party: one of its kind ("jihadists" a jihadist group,
   * "soldiers" an army), or an unidentified armed group any non-state armed group; never
   * "rebels" the army they fight.
   */
  public static boolean mayBe(Actor generic, Actor party) {
    ActorKind g = ActorKind.fromWire(generic.kind());
    ActorKind p = ActorKind.fromWire(party.kind());
    if (g == p) {
      return p.isArmedParty();
    }
    return g == ActorKind.UNKNOWN && p.isArmedParty() && !p.isState();
  }

  /**
   * Protests and riots are one family: "thousands marched on Saturday" and "there were scuffles
   * in Paris" tell one demonstration that turned violent.
   */
  private static String family(EventMention m) {
    String type = m.type().type();
    if (m.type().isDemonstration()) {
      return CROWD;
    }
    return m.type().isViolent() || type.equals("Battles") ? "violence" : type;
  }

  private static boolean placesConflict(PlaceMention a, PlaceMention b) {
    Place p = a.place();
    Place q = b.place();
    if ("country".equals(p.precision()) || "country".equals(q.precision())) {
      return p.country() != null && !p.country().equals(q.country());
    }
    return Geo.km(p, q) > CONFLICT_KM;
  }

  /**
   * One tells only the country, the other a town in it ("air strikes in Syria" … "the raid on
   * Raqqa"): the later sentence places the same event more precisely.
   */
  private static boolean refinesPlace(EventMention m, List<EventMention> event) {
    for (EventMention o : event) {
      if (o.place() == null || m.place() == null || o.place().place().country() == null) {
        continue;
      }
      boolean oCountry = "country".equals(o.place().place().precision());
      boolean mCountry = "country".equals(m.place().place().precision());
      if (oCountry != mCountry && o.place().place().country().equals(m.place().place().country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Air strikes hit a market in Atareb." … "The toll rose to 61 dead.": a generic report of
   * deaths (weight 1) gives the figures of the violent event before it that had none.
   */
  private static boolean tollsUncountedEvent(EventMention m, List<EventMention> event) {
    if (m.weight() != 1 || m.counts().isEmpty() || !m.violent()) {
      return false;
    }
    return event.stream().anyMatch(o -> o.violent() && o.weight() >= 2)
        && event.stream().allMatch(o -> o.counts().isEmpty());
  }

  private static int sharedNames(EventMention m, List<EventMention> event) {
    Set<String> theirs = new HashSet<>();
    event.forEach(o -> theirs.addAll(o.names()));
    int n = 0;
    for (String name : m.names()) {
      if (theirs.contains(name)) {
        n++;
      }
    }
    return n;
  }

  private static boolean sharesVictim(EventMention m, List<EventMention> event) {
    Set<String> sides = new HashSet<>();
    for (EventMention o : event) {
      if (o.actor1() != null) {
        sides.add(o.actor1().name());
      }
      if (o.actor2() != null) {
        sides.add(o.actor2().name());
      }
    }
    for (CountClaim c : m.counts()) {
      if (c.victim() != null && sides.contains(c.victim())) {
        return true;
      }
    }
    return false;
  }

  static int specificity(EventMention m) {
    int s = 0;
    s += m.actor1() != null ? 1 : 0;
    s += m.actor2() != null ? 1 : 0;
    s += m.place() != null ? 1 : 0;
    s += m.date() != null ? 1 : 0;
    s += m.counts().isEmpty() ? 0 : 1;
    s += m.weight() >= 2 ? 1 : 0;
    return s;
  }

}
