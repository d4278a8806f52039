package org.sitrep.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.actor.ActorMention;
import org.sitrep.attribution.AttributionFinder;
import org.sitrep.attribution.CueLexicon;
import org.sitrep.attribution.ReportClause;
import org.sitrep.attribution.ReportingVerbLexicon;
import org.sitrep.attribution.StanceRules;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lexicon.PhraseLexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.EventType;
import org.sitrep.nlp.ClauseStructure;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.quantity.CasualtyMention;
import org.sitrep.time.TimeMention;

/**
 * Reads the events of one parsed sentence: finds triggers, groups those of one clause (a
 * trigger in a clause governed by another trigger's clause belongs to that event: "attempts to
 * deliver aid have been blocked"), labels roles, picks the place, time and casualty figures the
 * clause gives, and records who reports it with what stance. Sentences that only claim, deny or
 * doubt come out as dispute-only mentions for the merger to attach. Thread-safe; per-document
 * state lives in {@link DocumentContext}.
 */
public final class SentenceEventExtractor {
  private static final int LONGEST_EVENT_DAYS = 365;
  private final TriggerFinder triggers;
  private final RoleLabeler roles = new RoleLabeler();
  private final AttributionFinder attributions;
  private final StanceRules stances;
  private final CueLexicon doubts;
  private final CueLexicon hedges;
  private final PhraseLexicon<String> modality;
  private final ContextWords context;
  private final MentionResolver.Factory resolvers;
  private final DemonstrationCues demonstrations;

  public SentenceEventExtractor(
      TriggerFinder triggers, AttributionFinder attributions, StanceRules stances, CueLexicon doubts,
      CueLexicon hedges, PhraseLexicon<String> modality, ContextWords context, ActorKnowledge actors) {
    this.triggers = triggers;
    this.attributions = attributions;
    this.stances = stances;
    this.doubts = doubts;
    this.hedges = hedges;
    this.modality = modality;
    this.context = context;
    this.resolvers = new MentionResolver.Factory(actors, context);
    this.demonstrations = new DemonstrationCues(context);
  }

  public List<EventMention> extract(String text, SentenceInput in, DocumentContext ctx) {
    ctx.enterSegment(in.segment());
    Sentence s = in.sentence();
    if (TopicShift.opens(s.text(text))) {
      ctx.turnToAnotherIncident();
    }
    ClauseStructure tree = new ClauseStructure(s);
    MentionResolver r = resolvers.create(text, tree, in, ctx);
    List<ReportClause> reports = r.resolveSpeakers(attributions.find(tree, r::actorAt));
    List<Trigger> found = new ArrayList<>(triggers.find(tree, r::inName, r::isPlace));
    found.removeIf(t -> tree.isNegated(t.head())); // "no arrests have been made": the act did not happen
    found.removeIf(t -> (t.type() == EventType.TALKS || t.type() == EventType.AGREEMENT) && r.framesTime(t.head()));
    List<EventMention> out = new ArrayList<>();
    Map<Integer, List<Trigger>> groups = group(tree, found, reports);
    Map<Integer, List<CasualtyMention>> counts = r.assignCasualties(groups);
    for (var e : groups.entrySet()) {
      EventMention m = mention(in, tree, r, reports, e.getKey(), e.getValue(), counts.get(e.getKey()));
      if (m != null) {
        out.add(m);
      }
    }
    List<ReportClause> uncovered = new ArrayList<>();
    for (ReportClause rc : reports) {
      boolean covers = false;
      for (Trigger t : found) {
        covers |= rc.wholeSentence() || AttributionFinder.covering(tree, reports, t.head()) == rc;
      }
      if (!covers) {
        uncovered.add(rc);
      }
    }
    EventMention dispute = disputeOnly(in, r, uncovered, found.isEmpty());
    if (dispute != null) {
      out.add(dispute);
    }
    r.updateContext(out);
    return out;
  }

  /** Triggers grouped under the topmost trigger-bearing clause below any reporting verb. */
  private Map<Integer, List<Trigger>> group(ClauseStructure tree, List<Trigger> found, List<ReportClause> reports) {
    Set<Integer> reportVerbs = new HashSet<>();
    reports.forEach(rc -> reportVerbs.add(rc.verbToken()));
    Set<Integer> triggerClauses = new HashSet<>();
    found.forEach(t -> triggerClauses.add(tree.clauseOf(t.head())));
    Map<Integer, List<Trigger>> groups = new LinkedHashMap<>();
    for (Trigger t : found) {
      int key = tree.clauseOf(t.head());
      int below = -1;
      for (int c : tree.clauseChain(t.head())) {
        if (reportVerbs.contains(c) && c != t.head() && !trailingAttribution(tree, c, below, triggerClauses)) {
          break;
        }
        below = c;
        if (triggerClauses.contains(c)) {
          key = c;
        }
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
    }
    return groups;
  }

  /**
   * "Two guards were killed when a bomb exploded, the official said": the parser often hangs
   * the "when" clause on the trailing reporting verb. A reporting verb that itself depends on a
   * trigger's clause before it (as ccomp or parataxis, with no "while"/"as") is an attribution of
   * that clause, not a frame of its own, so a "when" clause under it still belongs to that
   * clause's event. Other clauses under it ("accused of carrying out a chlorine attack") do not.
   */
  private static boolean trailingAttribution(
      ClauseStructure tree, int reportVerb, int below, Set<Integer> triggerClauses) {
    if (below < 0 || !tree.relation(below).equals("advcl") || !opensWithWhen(tree, below)) {
      return false; // only a "when" clause is hung there by mistake
    }
    int governor = tree.head(reportVerb);
    String rel = tree.relation(reportVerb);
    if (governor < 0 || governor > reportVerb || !(rel.equals("ccomp") || rel.equals("parataxis"))
        || !tree.children(reportVerb, "mark").isEmpty()) {
      return false; // not "..., the official said" but "while Moscow said ...": a frame of its own
    }
    return triggerClauses.contains(tree.clauseOf(governor));
  }

  private static boolean opensWithWhen(ClauseStructure tree, int clause) {
    for (int c : tree.children(clause)) {
      String rel = tree.relation(c);
      if ((rel.equals("advmod") || rel.equals("mark")) && tree.sentence().tokens().get(c).base().equals("when")) {
        return true;
      }
    }
    return false;
  }

  private EventMention mention(
      SentenceInput in, ClauseStructure tree, MentionResolver r, List<ReportClause> reports,
      int clause, List<Trigger> group, List<CasualtyMention> casualties) {
    Trigger primary = leading(tree, group);
    if (isTerritorial(primary.type())) {
      for (Trigger t : group) {
        if (t.type() == EventType.NON_VIOLENT_TRANSFER) {
          primary = t; // "seized the town following the army's withdrawal": taken without a fight
        }
      }
    }
    primary = crowdInPlaceOfBattle(group, primary);
    if (group.stream().allMatch(t -> t.weight() == 1) && context.any(tree.sentence().tokens(), ContextWords.Kind.DISASTER)) {
      return null; // harm from fires, floods and crashes is not conflict (unless an act is named: "set fire")
    }
    if (r.underIrrealis(primary.head())) {
      return null; // "demands for an end to bombing": a goal, not an act
    }
    RoleLabeler.Roles roles = null;
    for (Trigger t : prioritised(group, primary)) {
      RoleLabeler.Roles candidate = this.roles.label(tree, t.head(), r::namesActor);
      if (roles == null || roles.agent() < 0 && candidate.agent() >= 0) {
        roles = candidate;
      }
    }
    ReportClause report = AttributionFinder.covering(tree, reports, primary.head());
    Actor actor1 = r.actorFor(roles.agent(), reports);
    Actor actor2 = r.actorFor(roles.patient(), reports);
    if (report != null && report.speakerToken() >= 0) {
      // "the Observatory's director said the regime was ..., killing scores of civilians", "farmers
      // blocked the highway ..., local media reported": the parser hangs the act or its object on
      // the reporting verb; whoever only tells of violence neither does it nor suffers it (a
      // party announcing talks does hold them).
      if (actor1 != null && (primary.type().isViolent() || primary.type().isDemonstration())
          && isSpeaker(tree, report, roles.agent(), actor1) && !org.sitrep.model.ActorKind.fromWire(actor1.kind()).isArmedParty()) {
        actor1 = null;
      }
      if (actor2 != null && isSpeaker(tree, report, roles.patient(), actor2)) {
        actor2 = null;
      }
    }
    Actor named = r.actorAt(primary.head());
    if (named != null && !named.equals(actor1) && !named.equals(actor2)) {
      // "Protesters blocked roads", "police fired tear gas at protesters": a trigger that names
      // its crowd is that crowd, the actor when none acts on it, else the one acted upon.
      if (actor1 == null) {
        actor1 = named;
      } else if (actor2 == null) {
        actor2 = named;
      }
    }
    List<CountClaim> claims = r.countClaims(casualties == null ? List.of() : casualties, reports);
    if (r.isWarToll(claims)) {
      return null;
    }
    boolean civilianVictims = r.hasVictimKind(casualties, ContextWords.Kind.CIVILIAN)
        || roles.patient() >= 0 && context.is(tree.sentence().tokens().get(roles.patient()), ContextWords.Kind.CIVILIAN)
        || anyPatient(tree, group, r, ContextWords.Kind.CIVILIAN);
    boolean combatantVictims = r.hasVictimKind(casualties, ContextWords.Kind.COMBATANT);
    if (actor2 == null) {
      actor2 = r.victimActor(casualties);
    }
    if (actor1 == null && report != null && report.speaker() != null && stances.isPartisan(report)
        && primary.type().isViolent() && !civilianVictims && (combatantVictims || TypeRefiner.isArmed(actor2))
        && !sameSide(report.speaker(), actor2)) {
      // A party telling of enemy losses tells of its own operation; police telling of a bombing
      // that killed passers-by are not its authors.
      actor1 = report.speaker();
    }
    if (actor1 == null && claimsAuthorship(tree, report, primary.head())) {
      actor1 = report.speaker();
    }
    DemonstrationCues.Cues crowd = demonstrations.read(tree);
    EventType type = TypeRefiner.refine(primary, actor1, actor2, civilianVictims, combatantVictims,
        crowd.crowdViolence(), crowd.forceUsed(), crowd.lethalForce());
    if (primary.type().isDemonstration()) {
      EventType attacked = demonstrations.attackedDemonstration(tree, group, crowd.lethalForce());
      type = attacked == null ? type : attacked;
    }
    if (isTerritorial(type) && soughtNotTaken(tree, primary.head())) {
      type = EventType.ARMED_CLASH; // "an attack to capture the base was repelled": fighting for ground
    }
    Actor crowdActor = crowdOf(group, r);
    if (type.isCrowdAct() && crowdActor != null
        && !crowdActor.equals(actor1)) {
      // "Protesters set fire to tyres …; police fired tear gas": a riot or a protest is the crowd's
      // own act, whoever the clause that typed it names; the force it met is acted upon.
      actor2 = actor1 != null ? actor1 : actor2;
      actor1 = crowdActor;
    }
    actor1 = r.asForcesIfViolent(actor1, type);
    PlaceMention place = r.placeFor(clause, primary.head());
    DateRange date = r.dateFor(clause, primary.head());
    if (type.isViolent() && date != null && date.start() != null && date.end() != null
        && date.start().plusDays(LONGEST_EVENT_DAYS).isBefore(date.end())) {
      return null; // "230,000 killed since 2011" is a war's toll, not an event
    }
    String cueClass = r.doubtClass(doubts, report);
    boolean hedged = r.inChain(hedges, primary.head(), report);
    String mod = r.modality(modality, primary.head(), report);
    List<Claim> claimsOfSource = new ArrayList<>();
    if (report != null) {
      String stance = stances.stance(report, type, hedged, cueClass);
      claimsOfSource.add(claim(r, report, stance));
    }
    for (ReportClause outer : reports) {
      // "Hashimi said X is the same person as Y, who the Russians said they killed": the outer
      // speaker disputes what the inner one claims.
      if (outer != report && !outer.wholeSentence() && tree.dominates(outer.verbToken(), primary.head())) {
        String cls = r.doubtClass(doubts, outer);
        if (cls != null && (report == null || !tree.dominates(report.verbToken(), r.cueToken(doubts, outer)))) {
          claimsOfSource.add(claim(r, outer, stances.stance(outer, type, false, cls)));
        }
      }
    }
    claimsOfSource.addAll(r.unattributedDoubts(doubts, report));
    boolean anaphoric = r.isDefinite(primary);
    return new EventMention(
        in.segment(), in.sentence().index(), in.sentence().span(), type, primary.weight(), anaphoric,
        actor1, actor2, place, r.contextPlace(actor1), date, r.contextDate(clause), claims,
        claimsOfSource.stream().map(Claim::attribution).toList(), mod, r.names(group, anaphoric),
        claimsOfSource.stream().anyMatch(Claim::partisan) && claimsOfSource.stream().allMatch(Claim::partisan));
  }

  private Claim claim(MentionResolver r, ReportClause report, String stance) {
    boolean partisan = stance.equals("claimed") || stance.equals("hedged") && stances.isPartisan(report);
    return new Claim(new Attribution(r.sourceName(report), report.verb(), stance), partisan);
  }

  /** Claims, denials and doubts that report no event of their own sentence. */
  private EventMention disputeOnly(
      SentenceInput in, MentionResolver r, List<ReportClause> reports, boolean noTriggers) {
    List<Claim> claims = new ArrayList<>();
    for (ReportClause rc : reports) {
      String cue = r.doubtClass(doubts, rc);
      String stance = null;
      if (cue != null || rc.kind() == ReportingVerbLexicon.Kind.DENY
          || rc.kind() == ReportingVerbLexicon.Kind.DOUBT) {
        stance = stances.stance(rc, null, false, cue);
      } else if (rc.kind() == ReportingVerbLexicon.Kind.CLAIM) {
        stance = "claimed";
      }
      if (stance != null) {
        claims.add(claim(r, rc, stance));
      }
    }
    if (noTriggers) {
      claims.addAll(r.unattributedDoubts(doubts, null));
    }
    if (claims.isEmpty()) {
      return null;
    }
    return new EventMention(
        in.segment(), in.sentence().index(), in.sentence().span(), null, 0, true, null, null, null, null,
        null, null, List.of(), claims.stream().map(Claim::attribution).toList(), "actual", r.names(List.of(), true),
        false);
  }

  /**
   * "Demonstrators clashed with police", "protesters attacked a police station": a crowd's fight
   * is a demonstration turned violent (ACLED's riot), not a battle between armed groups, so the
   * protest trigger leads when the fight is named only generically; so it does over the crowd's
   * looting or burning.
   */
  static Trigger crowdInPlaceOfBattle(List<Trigger> group, Trigger primary) {
    boolean genericFight = primary.weight() <= 2
        && (primary.type() == EventType.ARMED_CLASH || primary.type() == EventType.ATTACK);
    // "protesters looted shops and burned cars": demonstrators' vandalism is a violent
    // demonstration in ACLED's coding, not property destruction
    boolean crowdDamage = primary.type() == EventType.LOOTING;
    if (!genericFight && !crowdDamage) {
      return primary;
    }
    for (Trigger t : group) {
      if (t.type().isDemonstration()) {
        return t;
      }
    }
    return primary;
  }

  /**
   * The heaviest trigger of a group; but one only in a backdrop phrase ("a protest took place
   * following the arrest of ...", "troops deployed after the clashes") yields to a trigger of
   * the clause itself that names a kind of act (weight 2 or more): the clause reports that act.
   * A generic "killed" does not outrank its cause ("killed following an air strike").
   */
  private Trigger leading(ClauseStructure tree, List<Trigger> group) {
    Trigger heaviest = null;
    Trigger heaviestInClause = null;
    for (Trigger t : group) {
      if (heaviest == null || t.weight() > heaviest.weight()) {
        heaviest = t;
      }
      if (!Backdrop.heads(context, tree, t.head()) && (heaviestInClause == null || t.weight() > heaviestInClause.weight())) {
        heaviestInClause = t;
      }
    }
    Trigger lead = heaviestInClause != null && heaviestInClause.weight() >= 2 ? heaviestInClause : heaviest;
    if (lead.type() == EventType.LOOTING) {
      // "killed 17 people and set fire to dozens of homes": ACLED codes the violence against
      // people; the burning is part of that event, not an event of its own kind.
      for (Trigger t : group) {
        if (t.type().isViolent() && !Backdrop.heads(context, tree, t.head())) {
          return t;
        }
      }
    }
    return lead;
  }

  /** Whether the role's phrase (head {@code token}) found its actor in the report's speaker. */
  private static boolean isSpeaker(ClauseStructure tree, ReportClause report, int token, Actor actor) {
    int speaker = report.speakerToken();
    return token >= 0 && (token == speaker || tree.dominates(speaker, token)
        || tree.dominates(token, speaker) && actor.equals(report.speaker()));
  }

  /** "raided the village and attacked the local population": any trigger's object of that kind. */
  private boolean anyPatient(ClauseStructure tree, List<Trigger> group, MentionResolver r, ContextWords.Kind kind) {
    for (Trigger t : group) {
      int patient = roles.label(tree, t.head(), r::namesActor).patient();
      if (patient >= 0 && context.is(tree.sentence().tokens().get(patient), kind)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTerritorial(EventType t) {
    return t == EventType.NON_STATE_OVERTAKES_TERRITORY || t == EventType.GOV_REGAINS_TERRITORY;
  }

  /**
   * "An offensive to retake the town", "an attack to capture the base": taking ground named as
   * a goal (a to-infinitive) is fighting for it; "managed to capture" still reports a capture.
   */
  private boolean soughtNotTaken(ClauseStructure tree, int head) {
    if (!DemonstrationCues.isInfinitive(tree, head)) {
      return false;
    }
    int governor = tree.head(head);
    return governor < 0 || !context.is(tree.sentence().tokens().get(governor), ContextWords.Kind.SUCCESS);
  }

  private static List<Trigger> prioritised(List<Trigger> group, Trigger primary) {
    List<Trigger> out = new ArrayList<>();
    out.add(primary);
    for (Trigger t : group) {
      if (t != primary) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * "Al Shabaab claimed responsibility for the attack", "the bombing was claimed by JNIM": an armed
   * party claiming the act itself (the act in the claim's own clause, not in a clause it asserts,
   * as in "the regime claimed the rebels were responsible") names itself as its author.
   */
  private static boolean claimsAuthorship(ClauseStructure tree, ReportClause report, int trigger) {
    return report != null && report.kind() == ReportingVerbLexicon.Kind.CLAIM
        && TypeRefiner.isArmed(report.speaker()) && tree.clauseOf(trigger) == report.verbToken();
  }

  /** The actor a demonstration trigger of the group names ("protesters", "rioters"), or null. */
  private static Actor crowdOf(List<Trigger> group, MentionResolver r) {
    for (Trigger t : group) {
      if (t.type().isCrowdAct() && r.actorAt(t.head()) != null) {
        return r.actorAt(t.head());
      }
    }
    return null;
  }


  private static boolean sameSide(Actor a, Actor b) {
    return a != null && b != null && (a.name().equals(b.name())
        || a.country() != null && a.country().equals(b.country()) && !a.kind().equals("rebel_group"));
  }
}
