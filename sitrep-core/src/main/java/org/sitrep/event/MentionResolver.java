package org.sitrep.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.actor.ActorMention;
import org.sitrep.attribution.AttributionFinder;
import org.sitrep.attribution.CueLexicon;
import org.sitrep.attribution.ReportClause;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lexicon.PhraseLexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Attribution;
import org.sitrep.model.EventType;
import org.sitrep.nlp.ClauseStructure;
import org.sitrep.nlp.Token;
import org.sitrep.quantity.CasualtyMention;
import org.sitrep.text.CharSpan;
import org.sitrep.time.TimeMention;

/**
 * Answers, for one parsed sentence, the questions the event extractor asks of its mentions:
 * which actor a token names (pronouns resolved to the speaker or the last subject), which place,
 * time and casualty figures belong to a clause, which cues stand in it. Made per sentence.
 */
final class MentionResolver {
  /** Creates resolvers; holds the shared, immutable knowledge. */
  static final class Factory {
    private final ActorKnowledge actors;
    private final ContextWords context;

    Factory(ActorKnowledge actors, ContextWords context) {
      this.actors = actors;
      this.context = context;
    }

    MentionResolver create(String text, ClauseStructure tree, SentenceInput in, DocumentContext ctx) {
      return new MentionResolver(text, tree, in, ctx, actors, context);
    }
  }

  /** Prepositions and conjunctions that make a meeting or deal the backdrop of something else. */
  private static final Set<String> TIME_FRAME_MARKERS = Set.of("during", "amid", "ahead", "as", "while", "when", "despite");
  /** "X-based", "X-backed", "X-led" …: the place is a seat or a patron, not a scene. */
  private static final Set<String> PATRON_PARTICIPLES = Set.of(
      "based", "backed", "led", "formed", "funded", "sponsored", "supported", "allied", "linked",
      "affiliated", "trained", "armed", "aligned");
  private static final String CIVILIANS = "Civilians";
  private static final long WAR_TOLL = 10_000;
  private static final long WAR_TOLL_WITH_CUES = 1_000;
  private final String text;
  private final ClauseStructure tree;
  private final SentenceInput in;
  private final DocumentContext ctx;
  private final ActorKnowledge actors;
  private final ContextWords context;
  private final List<Token> tokens;
  private final ActorMention[] actorOf;
  private final PlaceMention[] placeOf;
  private final boolean[] inTime;
  private List<ReportClause> reports = List.of();

  private MentionResolver(
      String text, ClauseStructure tree, SentenceInput in, DocumentContext ctx, ActorKnowledge actors,
      ContextWords context) {
    this.text = text;
    this.tree = tree;
    this.in = in;
    this.ctx = ctx;
    this.actors = actors;
    this.context = context;
    this.tokens = tree.sentence().tokens();
    int n = tokens.size();
    actorOf = new ActorMention[n];
    placeOf = new PlaceMention[n];
    inTime = new boolean[n];
    for (int i = 0; i < n; i++) {
      CharSpan ts = tokens.get(i).span();
      for (ActorMention a : in.actors()) {
        if (a.span().overlaps(ts)) {
          actorOf[i] = a;
        }
      }
      for (PlaceMention p : in.places()) {
        if (p.span().overlaps(ts)) {
          placeOf[i] = p;
        }
      }
      for (TimeMention t : in.times()) {
        if (t.span().overlaps(ts)) {
          inTime[i] = true;
        }
      }
    }
  }

  Actor actorAt(int token) {
    if (token < 0 || token >= actorOf.length) {
      return null;
    }
    return actorOf[token] == null ? null : actorOf[token].actor();
  }

  /**
   * Inside a name: a place, a capitalised word of an actor's name ("warplanes" may still trigger)
   * or of a date ("March 15").
   */
  boolean inName(int token) {
    boolean capitalised = Character.isUpperCase(tokens.get(token).text().codePointAt(0));
    if (token == 0 && actorOf[token] != null && actorOf[token].span().equals(tokens.get(token).span())) {
      return false; // "Protesters gathered …": a one-word actor capitalised only by its position
    }
    return placeOf[token] != null || (actorOf[token] != null || inTime[token]) && capitalised;
  }

  /** A place name; a demonym ("Palestinians", "Syrian") names people, not ground to take. */
  boolean isPlace(int token) {
    return placeOf[token] != null && !placeOf[token].isDemonym();
  }

  /** Pronoun speakers ("it said") become the actor they stand for. */
  List<ReportClause> resolveSpeakers(List<ReportClause> found) {
    List<ReportClause> out = new ArrayList<>();
    for (ReportClause rc : found) {
      if (rc.speaker() == null && rc.speakerIsPronoun()) {
        reports = out;
        Actor a = resolvePronoun(rc.speakerToken());
        out.add(a == null ? rc : rc.withSpeaker(a));
      } else {
        out.add(rc);
      }
    }
    reports = List.copyOf(out);
    return reports;
  }

  /** The actor a role's head token names, or null. */
  Actor actorFor(int head, List<ReportClause> reports) {
    if (head < 0) {
      return null;
    }
    if (tree.isPronoun(head) && actorAt(head) == null) {
      return resolvePronoun(head);
    }
    // A named party in the phrase beats a generic head: "coalition warplanes" is the coalition.
    Actor generic = null;
    List<Integer> phrase = new ArrayList<>();
    phrase.add(head);
    phrase.addAll(tree.subtree(head, true));
    for (int t : phrase) {
      Actor a = actorAt(t);
      if (a != null && !actors.isGeneric(a)) {
        return a;
      }
      if (a != null && generic == null) {
        generic = a;
      }
    }
    if (generic != null) {
      // "the ministry said its troops had captured …": the possessor's forces, not any troops
      for (int c : tree.children(head, "nmod:poss")) {
        Actor owner = tree.isPronoun(c) && actorAt(c) == null ? resolvePronoun(c) : null;
        if (owner != null && !actors.isGeneric(owner)) {
          return owner;
        }
      }
      return generic;
    }
    for (int t : tree.subtree(head, true)) {
      Actor d = demonymActor(tokens.get(t).text());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** Whether the token names an actor, itself or as a demonym. */
  boolean namesActor(int token) {
    return actorAt(token) != null || tree.isPronoun(token) || demonymActor(tokens.get(token).text()) != null;
  }

  /** "Russian-Turkish-Iranian", "Russian": the first demonym's government. */
  private Actor demonymActor(String word) {
    String[] parts = word.split("-");
    if (parts.length == 0 || parts[0].isEmpty()) {
      return null;
    }
    return actors.countryOfDemonym(parts[0]).flatMap(actors::governmentOf).orElse(null);
  }

  private Actor resolvePronoun(int token) {
    ReportClause rc = AttributionFinder.covering(tree, reports, token);
    if (rc != null && rc.speaker() != null && rc.speakerToken() != token) {
      return rc.speaker();
    }
    for (int i = token - 1; i >= 0; i--) {
      if (actorAt(i) != null && tree.relation(i).startsWith("nsubj")) {
        return actorAt(i);
      }
      if (actorAt(i) != null && tree.head(i) >= 0 && tree.relation(tree.head(i)).startsWith("nsubj")
          && actorOf[i].span().contains(tokens.get(i).span())) {
        return actorAt(i);
      }
    }
    return ctx.lastSubject();
  }

  Actor asForcesIfViolent(Actor a, EventType type) {
    if (a == null || !type.isViolent() || a.country() == null
        || ActorKind.fromWire(a.kind()) != ActorKind.GOVERNMENT) {
      return a;
    }
    return actors.forcesOf(a.country()).orElse(a);
  }

  /** Each casualty figure goes to the nearest trigger group. */
  Map<Integer, List<CasualtyMention>> assignCasualties(Map<Integer, List<Trigger>> groups) {
    Map<Integer, List<CasualtyMention>> out = new HashMap<>();
    for (CasualtyMention c : in.casualties()) {
      int tok = tokenAt(c.span().start());
      int best = -1;
      int bestDist = Integer.MAX_VALUE;
      for (var e : groups.entrySet()) {
        for (Trigger t : e.getValue()) {
          int d = Math.abs(t.head() - tok);
          if (d < bestDist) {
            bestDist = d;
            best = e.getKey();
          }
        }
      }
      if (best >= 0) {
        out.computeIfAbsent(best, k -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }

  List<CountClaim> countClaims(List<CasualtyMention> casualties, List<ReportClause> reports) {
    List<CountClaim> out = new ArrayList<>();
    for (CasualtyMention c : casualties) {
      int tok = tokenAt(c.span().start());
      if (isSubset(tok)) {
        continue; // "11 civilians, including three children": the three are among the eleven
      }
      ReportClause rc = tok < 0 ? null : AttributionFinder.covering(tree, reports, tok);
      String source = null;
      if (rc != null && rc.kind() != org.sitrep.attribution.ReportingVerbLexicon.Kind.DENY
          && rc.kind() != org.sitrep.attribution.ReportingVerbLexicon.Kind.DOUBT) {
        source = sourceName(rc);
      }
      Actor side = victimSide(c);
      // Unnamed civilian victims count for the generic actor (generic-agents.tsv), so "12 people"
      // and "12 civilians" are one side of the count, not "civilians" beside "Civilians".
      String name = side != null ? side.name() : civilianVictim(c) ? CIVILIANS : null;
      // Fighters of no known side ("five militants", "militiamen") are combatants too: added to
      // the civilians killed beside them, not pooled with them.
      out.add(new CountClaim(c.category(), name, c.n(), source, side != null && !actors.isGeneric(side),
          side != null && (ActorKind.fromWire(side.kind()).isArmedParty()
              || hasVictimKind(List.of(c), ContextWords.Kind.COMBATANT))));
    }
    return out;
  }

  private boolean isSubset(int tok) {
    for (int k = Math.max(0, tok - 2); k >= 0 && k < tok; k++) {
      if (context.is(tokens.get(k), ContextWords.Kind.SUBSET)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A war's running toll, not one event's: a four-figure death count beside words of a toll
   * ("since the conflict began"), or any five-figure one ("more than 300,000 people have been
   * killed") — single attacks of that size are not reported as bare counts.
   */
  boolean isWarToll(List<CountClaim> claims) {
    long killed = claims.stream().filter(c -> c.category() == CasualtyMention.Category.KILLED)
        .mapToLong(CountClaim::n).max().orElse(0);
    return killed >= WAR_TOLL || killed >= WAR_TOLL_WITH_CUES && context.any(tokens, ContextWords.Kind.TOLL);
  }

  /** The actor a casualty figure counts ("Islamic State fighters", "their losses"), or null. */
  private Actor victimSide(CasualtyMention c) {
    if (c.victim() == null) {
      return null;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!c.victim().overlaps(tokens.get(i).span())) {
        continue;
      }
      if (actorAt(i) != null) {
        return actorAt(i);
      }
      if (tree.isPronoun(i)) {
        return resolvePronoun(i);
      }
    }
    return null;
  }

  private boolean civilianVictim(CasualtyMention c) {
    if (c.victim() == null) {
      return false;
    }
    for (Token t : tokens) {
      if (c.victim().overlaps(t.span()) && context.is(t, ContextWords.Kind.CIVILIAN)) {
        return true;
      }
    }
    return false;
  }

  boolean hasVictimKind(List<CasualtyMention> casualties, ContextWords.Kind kind) {
    if (casualties == null) {
      return false;
    }
    for (CasualtyMention c : casualties) {
      if (c.victim() == null) {
        continue;
      }
      for (Token t : tokens) {
        if (c.victim().overlaps(t.span()) && context.is(t, kind)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first side named as harmed (not merely affected), for an event that names no target. */
  Actor victimActor(List<CasualtyMention> casualties) {
    if (casualties == null) {
      return null;
    }
    for (CasualtyMention c : casualties) {
      if (c.category() != CasualtyMention.Category.AFFECTED) {
        Actor a = victimSide(c);
        if (a != null) {
          return a;
        }
      }
    }
    for (CasualtyMention c : casualties) {
      if (c.category() != CasualtyMention.Category.AFFECTED && civilianVictim(c)) {
        // "19 pupils", "three shepherds": civilians by the context lexicon though no actor alias
        return new Actor(CIVILIANS, ActorKind.CIVILIANS.wire(), null);
      }
    }
    return null;
  }


  /** The most precise resolved place of the clause, else of the clauses governing it, else below it. */
  PlaceMention placeFor(int clause, int trigger) {
    List<PlaceMention> tier1 = new ArrayList<>();
    List<PlaceMention> tier2 = new ArrayList<>();
    List<PlaceMention> tier3 = new ArrayList<>();
    List<Integer> chain = tree.clauseChain(trigger);
    for (PlaceMention p : in.places()) {
      if (!locatesEvent(p)) {
        continue;
      }
      int tok = tokenAt(p.span().start());
      int c = tree.clauseOf(tok);
      if (c == clause || c == tree.clauseOf(trigger)) {
        tier1.add(p);
      } else if (chain.contains(c)) {
        tier2.add(p);
      } else if (tree.dominates(clause, tok)) {
        tier3.add(p);
      }
    }
    PlaceMention found = null;
    for (List<PlaceMention> tier : List.of(tier1, tier2, tier3)) {
      if (tier.isEmpty()) {
        continue;
      }
      PlaceMention best = mostPrecise(tier);
      if (found == null) {
        found = best;
      } else if (refines(best, found)) {
        found = best;
      }
    }
    return found;
  }

  /**
   * "in eastern Syria near the city of Deir ez-Zor": a country or region named by the trigger's
   * own clause is narrowed by a town or district of it named elsewhere in the sentence.
   */
  private static boolean refines(PlaceMention precise, PlaceMention broad) {
    String level = broad.place().precision();
    if (!"country".equals(level) && !"region".equals(level)
        || precise.place().precisionRank() <= broad.place().precisionRank()
        || broad.place().country() == null || !broad.place().country().equals(precise.place().country())) {
      return false;
    }
    return "country".equals(level) || broad.place().admin1() != null && broad.place().admin1().equals(precise.place().admin1());
  }

  /**
   * Whether a resolved place can say where an event happened. Not a demonym ("Russian jets",
   * "Israeli strike": whose, not where) and not an organisation's seat or patron ("the
   * Britain-based Observatory", "Damascus-backed militias", "the US-led coalition"): those name
   * who acts or who tells, not the scene; nor a country used as a noun modifier ("a US
   * airstrike").
   * (A place in the speaker's title, "the head of UN operations in Syria said", often is the
   * scene, so it stays.)
   */
  boolean locatesEvent(PlaceMention p) {
    if (p.place() == null || p.isDemonym()) {
      return false;
    }
    int end = p.span().end();
    if (end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == ' ')) {
      int from = end + 1;
      int to = from;
      while (to < text.length() && Character.isLetter(text.charAt(to))) {
        to++;
      }
      String word = text.substring(from, to).toLowerCase(Locale.ROOT);
      if (text.charAt(end) == '-' ? PATRON_PARTICIPLES.contains(word) : word.equals("based")) {
        return false; // "a London based group"; but "Damascus led the talks" keeps its place
      }
    }
    int token = tokenAt(p.span().start());
    if (token >= 0 && "country".equals(p.place().precision()) && tokenAt(p.span().end() - 1) >= 0
        && "compound".equals(tree.relation(tokenAt(p.span().end() - 1)))) {
      return false; // "a US airstrike", "the Syria conflict": whose or which, not where
    }
    if (token >= 0 && "country".equals(p.place().precision()) && actsAsSubject(tokenAt(p.span().end() - 1))) {
      return false; // "warplanes either Russia or Syrian carried out six strikes": who, not where
    }
    if (token >= 0 && PlaceRoles.get().isDestination(tree, tokenAt(p.span().end() - 1))) {
      return false; // "killed as they were entering Turkey": where they were going
    }
    if ("country".equals(p.place().precision()) && PlaceRoles.inTheatre(text, p, in.places())) {
      return false; // "the coalition fighting ISIS in Iraq and Syria": a theatre, not a scene
    }
    return token >= 0;
  }

  /**
   * Whether a token is the active subject of its verb, alone or in a coordination ("Russia and
   * Iran struck"), or the agent of a passive ("launched by Russia"); a passive subject ("Iraq was
   * hit") is what was acted upon.
   */
  private boolean actsAsSubject(int token) {
    int t = token;
    while (t >= 0 && "conj".equals(tree.relation(t))) {
      t = tree.head(t);
    }
    if (t >= 0 && tree.head(t) >= 0 && tree.relation(t).startsWith("obl") && tree.caseMarker(t).equals("by")
        && tree.isVerb(tree.head(t))) {
      return true; // "60 drones launched by Russia": who launched them, not where
    }
    if (t < 0 || !"nsubj".equals(tree.relation(t)) || tree.head(t) < 0) {
      return false;
    }
    // "Syria has seen 20 killed", "Iraq suffered attacks": the scene, subject of a verb of experience
    return !RoleLabeler.isObserverVerb(tokens.get(tree.head(t)).base());
  }

  private static PlaceMention mostPrecise(List<PlaceMention> places) {
    PlaceMention best = null;
    for (PlaceMention p : places) {
      if (best == null || p.place().precisionRank() > best.place().precisionRank()) {
        best = p;
      }
    }
    return best;
  }

  /** The clause's own time: "since X" wins, then the time of the clause, then of governing clauses. */
  DateRange dateFor(int clause, int trigger) {
    List<TimeMention> tier1 = new ArrayList<>();
    List<TimeMention> tier2 = new ArrayList<>();
    List<TimeMention> elsewhere = new ArrayList<>();
    List<TimeMention> above = new ArrayList<>();
    List<Integer> chain = tree.clauseChain(trigger);
    for (TimeMention t : in.times()) {
      if (t.start() == null && t.end() == null) {
        continue;
      }
      if (t.relation() == TimeMention.Relation.DURATION && ctx.published() != null
          && ctx.published().equals(t.start()) && ctx.published().equals(t.end())) {
        continue; // "for 12 hours" says how long, not when
      }
      int tok = tokenAt(t.span().start());
      if (tok < 0) {
        continue;
      }
      int c = tree.clauseOf(tok);
      if (c == clause || c == tree.clauseOf(trigger) || tree.dominates(clause, tok) && !tree.isVerb(c)) {
        tier1.add(t);
      } else if (chain.contains(c) && c != clause && tree.dominates(c, clause)) {
        above.add(t); // "..., the United Nations said on Friday": the report's date, a last resort
      } else if (chain.contains(c) || tree.relation(c).equals("acl") && tree.dominates(clause, c)
          || t.relation() == TimeMention.Relation.SINCE && tree.dominates(clause, c) && opensWithSince(c)) {
        // "killed five members of a family travelling to a wedding … on Friday": the parser
        // hangs the act's date on a participle of its object as often as on the act; "since the
        // offensive began on April 4" dates the clause it qualifies.
        tier2.add(t);
      } else if (tree.relation(c).equals("conj") && chain.contains(tree.head(c))) {
        elsewhere.add(t);
      }
    }
    if (tier1.isEmpty() && tier2.isEmpty() && !elsewhere.isEmpty() // before the report's date
        && elsewhere.stream().allMatch(t -> t.relation() == TimeMention.Relation.AT
            && Objects.equals(t.start(), elsewhere.get(0).start())
            && Objects.equals(t.end(), elsewhere.get(0).end()))) {
      // "Protesters set fire to tyres and blocked roads on Tuesday; police fired tear gas": the
      // date of a clause coordinated with the trigger's dates the scene when nothing nearer does.
      TimeMention t = elsewhere.get(0);
      return new DateRange(t.start(), t.end(), t.precision());
    }
    List<TimeMention> all = new ArrayList<>(tier1);
    all.addAll(tier2);
    all.addAll(above);
    for (TimeMention t : all) {
      if (t.relation() == TimeMention.Relation.SINCE && t.start() != null) {
        LocalDate end = ctx.published();
        for (TimeMention o : all) {
          if (o != t && o.relation() == TimeMention.Relation.AT && o.start() != null
              && !o.start().isBefore(t.start())) {
            end = o.end() != null ? o.end() : o.start();
          }
        }
        return new DateRange(t.start(), end, "range");
      }
    }
    for (List<TimeMention> tier : List.of(tier1, tier2, above)) {
      if (!tier.isEmpty()) {
        TimeMention t = tier.get(0);
        int best = Integer.MAX_VALUE;
        for (TimeMention c : tier) {
          int d = Math.abs(tokenAt(c.span().start()) - trigger);
          if (d < best) {
            best = d;
            t = c;
          }
        }
        return new DateRange(t.start(), t.end(), t.precision());
      }
    }
    return null;
  }

  private boolean opensWithSince(int clauseHead) {
    return tree.children(clauseHead, "mark").stream()
        .anyMatch(m -> tokens.get(m).text().equalsIgnoreCase("since"));
  }

  PlaceMention contextPlace(Actor actor1) {
    PlaceMention p = ctx.placeOf(actor1);
    return p != null ? p : ctx.lastPlace();
  }

  /** The item's last date; an ongoing act ("has continued its shelling") runs from it to publication. */
  DateRange contextDate(int clause) {
    DateRange last = ctx.lastDate();
    if (last == null) {
      return null;
    }
    for (int t : tree.subtree(clause, true)) {
      if (context.is(tokens.get(t), ContextWords.Kind.ONGOING) && ctx.published() != null) {
        return new DateRange(last.start(), ctx.published(), "range");
      }
    }
    return last;
  }

  /** The class of a doubt cue inside a report's content ("deny", "doubt", "unverified"), or null. */
  String doubtClass(CueLexicon doubts, ReportClause report) {
    if (report == null) {
      return null;
    }
    for (PhraseLexicon.Match<String> m : doubts.find(tokens, 0, tokens.size())) {
      int tok = m.tokens().start();
      boolean inSpeaker = report.speakerToken() >= 0 && tree.dominates(report.speakerToken(), tok);
      if (!inSpeaker && (report.wholeSentence() || tree.dominates(report.verbToken(), tok))) {
        return m.value();
      }
    }
    return null;
  }

  /** The first token of the doubt cue inside a report's content, or -1. */
  int cueToken(CueLexicon doubts, ReportClause report) {
    for (PhraseLexicon.Match<String> m : doubts.find(tokens, 0, tokens.size())) {
      int tok = m.tokens().start();
      if (tree.dominates(report.verbToken(), tok)) {
        return tok;
      }
    }
    return -1;
  }

  /**
   * Whether the trigger itself is negated: "no arrests have been made", "rebels did not attack
   * the town", "there was never a ceasefire". Negation elsewhere ("not far from") is not the act's.
   */
  /**
   * Whether a talks or agreement trigger is only the backdrop of something else: "on the first
   * day of the summit", "as the summit got under way", "during talks in Geneva", "despite a
   * de-escalation zone", "in violation of a ceasefire". The meeting or deal frames the act; it is
   * not what the sentence reports.
   */
  boolean framesTime(int trigger) {
    String marker = tree.caseMarker(trigger);
    if (TIME_FRAME_MARKERS.contains(marker)) {
      return true;
    }
    int h = tree.head(trigger);
    if (h >= 0 && context.is(tokens.get(h), ContextWords.Kind.TIME_FRAME)) {
      return true;
    }
    int clause = tree.clauseOf(trigger);
    if (clause != trigger && tree.relation(clause).equals("advcl")) {
      for (int m : tree.children(clause, "mark")) {
        if (TIME_FRAME_MARKERS.contains(tokens.get(m).text().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the trigger names a wish, fear or goal ("demands for an end to bombing"). */
  boolean underIrrealis(int trigger) {
    int t = trigger;
    for (int hops = 0; hops < 4; hops++) {
      int h = tree.head(t);
      if (h < 0 || tree.isClauseHead(t) && hops > 0) {
        return false;
      }
      if (context.is(tokens.get(h), ContextWords.Kind.IRREALIS) && tree.isNoun(h)) {
        return true;
      }
      t = h;
    }
    return false;
  }

  /** Doubt stated outside any report: "Moscow has provided no evidence", "Analysts were sceptical". */
  List<Claim> unattributedDoubts(CueLexicon doubts, ReportClause covering) {
    List<Claim> out = new ArrayList<>();
    for (PhraseLexicon.Match<String> m : doubts.find(tokens, 0, tokens.size())) {
      int tok = m.tokens().start();
      boolean reported = false;
      for (ReportClause rc : reports) {
        if (!rc.wholeSentence() && tree.dominates(rc.verbToken(), tok)) {
          reported = true;
        }
      }
      if (reported) {
        continue;
      }
      String cue = joined(m.tokens().start(), m.tokens().end());
      String source = ctx.outletVoice();
      if (!m.value().equals("unverified")) {
        int subj = subjectOfClause(tree.clauseOf(tok));
        if (subj >= 0) {
          Actor a = actorFor(subj, reports);
          source = a != null ? a.name() : joined(subj, subj + 1);
        }
      }
      String stance = m.value().equals("deny") ? "denied" : "disputed";
      out.add(new Claim(new Attribution(source, cue, stance), false));
      break;
    }
    return out;
  }

  private int subjectOfClause(int clause) {
    List<Integer> s = tree.children(clause, "nsubj");
    if (!s.isEmpty()) {
      return s.get(0);
    }
    int h = tree.head(clause);
    return h >= 0 && !tree.children(h, "nsubj").isEmpty() ? tree.children(h, "nsubj").get(0) : -1;
  }

  /** Whether a cue stands in the trigger's clause or the clauses governing it, after the report verb. */
  boolean inChain(CueLexicon cues, int trigger, ReportClause report) {
    return cueInChain(cues.find(tokens, 0, tokens.size()), trigger, report) != null;
  }

  String modality(PhraseLexicon<String> cues, int trigger, ReportClause report) {
    List<PhraseLexicon.Match<String>> found = new ArrayList<>(cues.find(tokens, 0, tokens.size()));
    found.removeIf(this::toWithoutInfinitive);
    String m = cueInChain(found, trigger, report);
    return m == null ? "actual" : m;
  }

  /** "due to meet" plans; "due to heavy shelling" gives a cause: a cue ending in "to" needs a verb. */
  private boolean toWithoutInfinitive(PhraseLexicon.Match<String> m) {
    int last = m.tokens().end() - 1;
    if (!tokens.get(last).text().equalsIgnoreCase("to")) {
      return false;
    }
    int next = m.tokens().end();
    String pos = next < tokens.size() ? tokens.get(next).pos() : null;
    return pos == null || !pos.startsWith("VB");
  }

  private <V> V cueInChain(List<PhraseLexicon.Match<V>> matches, int trigger, ReportClause report) {
    List<Integer> chain = tree.clauseChain(trigger);
    int from = report != null && report.verbToken() < trigger ? report.verbToken() : 0;
    for (PhraseLexicon.Match<V> m : matches) {
      int tok = m.tokens().start();
      if (tok < from || tok > trigger) {
        continue;
      }
      if (chain.contains(tree.clauseOf(tok)) || tree.dominates(trigger, tok)) {
        return m.value();
      }
    }
    return null;
  }

  String sourceName(ReportClause rc) {
    if (rc.speaker() != null) {
      return rc.speaker().name();
    }
    return rc.speakerText() != null ? rc.speakerText() : ctx.outletVoice();
  }

  boolean isDefinite(Trigger t) {
    for (int c : tree.children(t.head())) {
      String w = tokens.get(c).text().toLowerCase(Locale.ROOT);
      String rel = tree.relation(c);
      if ((rel.equals("det") && (w.equals("the") || w.equals("this") || w.equals("that")))
          || rel.equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Participants' names, to tell which earlier event a later sentence speaks of: runs of proper
   * nouns ("abu bakr al-baghdadi") and their last word ("al-baghdadi"), and numbered nouns
   * ("two:commander"), taken from the triggers' own phrases — or the whole sentence for an
   * anaphoric mention ("the attack") or a bare claim. Words of an actor's canonical name and
   * time expressions are left out: they are shared by too many events.
   */
  Set<String> names(List<Trigger> group, boolean wholeSentence) {
    boolean[] in = new boolean[tokens.size()];
    if (group.isEmpty()) {
      java.util.Arrays.fill(in, true);
    } else {
      for (Trigger t : group) {
        for (int i : tree.subtree(t.head(), true)) {
          in[i] = true;
        }
      }
    }
    Set<String> out = collectNames(in);
    if (out.isEmpty() && wholeSentence) {
      java.util.Arrays.fill(in, true);
      out = collectNames(in);
    }
    return out;
  }

  private Set<String> collectNames(boolean[] in) {
    Set<String> out = new LinkedHashSet<>();
    StringBuilder run = new StringBuilder();
    String last = null;
    for (int i = 0; i <= tokens.size(); i++) {
      boolean proper = i < tokens.size() && in[i] && isNameWord(i);
      if (proper) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
        run.append(run.length() == 0 ? "" : " ").append(w);
        last = w;
      } else if (run.length() > 0) {
        out.add(run.toString());
        out.add(last);
        run.setLength(0);
      }
      if (i < tokens.size() && in[i] && tokens.get(i).pos() != null && tokens.get(i).pos().startsWith("NN")) {
        for (int c : tree.children(i, "nummod")) {
          out.add(tokens.get(c).text().toLowerCase(Locale.ROOT) + ":" + tokens.get(i).base());
        }
      }
    }
    return out;
  }

  private boolean isNameWord(int i) {
    Token t = tokens.get(i);
    if (t.pos() == null || !t.pos().startsWith("NNP") || inTime[i] || t.text().length() < 2) {
      return false;
    }
    if (actorOf[i] != null) {
      // Acronyms and the words of a canonical name ("ISIS", "State") name a whole side, not a
      // participant; a person's name inside an actor mention ("al-Baghdadi") does.
      String w = t.text().toLowerCase(Locale.ROOT);
      for (String part : actorOf[i].actor().name().toLowerCase(Locale.ROOT).split("\\s+")) {
        if (part.equals(w)) {
          return false;
        }
      }
      return !t.text().equals(t.text().toUpperCase(Locale.ROOT));
    }
    return true;
  }

  /** After the sentence: remember its place, date and subject for the sentences that follow. */
  void updateContext(List<EventMention> mentions) {
    PlaceMention lastPlace = null;
    for (PlaceMention p : in.places()) {
      if (locatesEvent(p) && (lastPlace == null || p.place().precisionRank() >= lastPlace.place().precisionRank())) {
        lastPlace = p;
      }
    }
    ctx.notePlace(lastPlace);
    for (TimeMention t : in.times()) {
      if (t.relation() == TimeMention.Relation.AT && t.start() != null) {
        ctx.noteDate(new DateRange(t.start(), t.end(), t.precision()));
      }
    }
    for (EventMention m : mentions) {
      if (m.date() != null && m.date().start() != null) {
        ctx.noteDate(m.date());
      }
      ctx.noteEventPlace(m.actor1(), m.place() != null ? m.place() : null);
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tree.relation(i).startsWith("nsubj") && actorAt(i) != null) {
        ctx.noteSubject(actorAt(i));
        return;
      }
    }
    if (!in.actors().isEmpty()) {
      ctx.noteSubject(in.actors().get(0).actor());
    }
  }

  private int tokenAt(int offset) {
    return tree.sentence().tokenAt(offset);
  }

  private String joined(int from, int to) {
    return text.substring(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }
}
