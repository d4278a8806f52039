package org.sitrep.event;

import java.util.List;
import org.sitrep.nlp.ClauseStructure;

/**
 * Finds the tokens heading a trigger's agent (actor1: who acts) and patient (actor2: who is
 * acted upon) from the dependency parse, not from word order: the subject of an active verb,
 * the "by" phrase of a passive, the possessor of a nominal ("Russia's strikes", "its shelling"),
 * "on"/"against" phrases ("attack on a convoy"), and, for a nominal that is the object of a
 * light verb ("launched an attack", "continued its bombing"), that verb's subject. Stateless.
 */
public final class RoleLabeler {
  /** Token indices of the agent and patient heads, -1 when absent. */
  public record Roles(int agent, int patient) {}

  private static final int MAX_HOPS = 4;
  /** Verbs whose subject only reacts to, reports or suffers the act they govern. */
  private static final org.sitrep.attribution.ReportingVerbLexicon REPORTING_VERBS =
      org.sitrep.attribution.ReportingVerbLexicon.load();
  private static final java.util.Set<String> OBSERVER_VERBS =
      java.util.Set.copyOf(org.sitrep.lexicon.Resources.lines(RoleLabeler.class, "observer-verbs.txt"));
  private static final java.util.Set<String> LIGHT_LINKS =
      java.util.Set.of("obj", "iobj", "xcomp", "acl", "conj", "amod", "dep", "compound");

  /**
   * @param namesActor whether a token names an actor; a nominal's modifiers count as its agent
   *     only then ("Russian strikes", not "de-escalation zones")
   */
  public Roles label(ClauseStructure tree, int trigger, java.util.function.IntPredicate namesActor) {
    return tree.isVerb(trigger) ? verbal(tree, trigger, namesActor) : nominal(tree, trigger, namesActor);
  }

  private Roles verbal(ClauseStructure tree, int v, java.util.function.IntPredicate namesActor) {
    int agent = -1;
    int patient = -1;
    if (tree.isPassive(v)) {
      patient = first(tree.children(v, "nsubj"));
      for (int c : tree.children(v, "obl")) {
        if (tree.caseMarker(c).equals("by")) {
          agent = c;
        }
      }
    } else {
      agent = first(tree.children(v, "nsubj"));
      patient = first(tree.children(v, "obj"));
      if (patient < 0) {
        patient = first(tree.children(v, "iobj"));
      }
      if (patient < 0 || !namesActor.test(patient)) {
        // "fired tear gas at protesters": the object is the weapon, the target follows "at"
        int target = oblTarget(tree, v);
        if (target >= 0 && (patient < 0 || namesActor.test(target))) {
          patient = target;
        }
      }
    }
    if (agent < 0 && !tree.isPassive(v)) {
      agent = inheritedSubject(tree, v);
    }
    if (agent < 0 && !tree.isPassive(v)) {
      agent = lightVerbSubject(tree, v);
    }
    return new Roles(agent, patient);
  }

  private Roles nominal(ClauseStructure tree, int n, java.util.function.IntPredicate namesActor) {
    int agent = -1;
    int patient = -1;
    for (int c : tree.children(n)) {
      String r = tree.relation(c);
      if (r.equals("nmod:poss") && agent < 0) {
        agent = c;
      } else if (r.startsWith("nmod") || r.startsWith("acl")) {
        String m = tree.caseMarker(c);
        if (m.equals("by") && agent < 0) {
          agent = c;
        } else if ((m.equals("on") || m.equals("against") || m.equals("targeting")) && patient < 0) {
          patient = c;
        }
      }
    }
    if (agent < 0) {
      for (int c : tree.children(n)) {
        String r = tree.relation(c);
        if ((r.equals("amod") || r.equals("compound")) && namesActor.test(c)) {
          agent = c;
          break;
        }
      }
    }
    if (agent < 0 && tree.relation(n).startsWith("nmod") && tree.head(n) >= 0) {
      // "a Russian-Turkish-Iranian document for … zones": the makers of the noun it qualifies.
      for (int c : tree.children(tree.head(n))) {
        String r = tree.relation(c);
        if ((r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) && namesActor.test(c)) {
          agent = c;
          break;
        }
      }
    }
    if (agent < 0) {
      agent = passiveLightVerbAgent(tree, n);
    }
    if (agent < 0 || tree.isPronoun(agent)) {
      int light = lightVerbSubject(tree, n);
      if (light >= 0) {
        agent = light;
      }
    }
    if (patient < 0) {
      patient = lightVerbTarget(tree, n);
    }
    return new Roles(agent, patient);
  }

  /** "fired tear gas at protesters", "launched rockets on the town": the target of the verb that wields the noun. */
  private static int lightVerbTarget(ClauseStructure tree, int noun) {
    if (tree.relation(noun).equals("compound") && tree.head(noun) >= 0) {
      noun = tree.head(noun); // "fired mortar bombs at troops": the trigger "mortar" qualifies the object
    }
    int h = tree.head(noun);
    if (h < 0 || !tree.relation(noun).equals("obj") || !tree.isVerb(h)) {
      return -1;
    }
    return oblTarget(tree, h);
  }

  /** The verb's first "on"/"against"/"at" phrase, or -1. */
  private static int oblTarget(ClauseStructure tree, int verb) {
    for (int c : tree.children(verb, "obl")) {
      String m = tree.caseMarker(c);
      if (m.equals("on") || m.equals("against") || m.equals("at")) {
        return c;
      }
    }
    return -1;
  }

  /** Whether the lemma is a verb whose subject reacts to, reports or suffers an act (observer-verbs.txt). */
  static boolean isObserverVerb(String lemma) {
    if (OBSERVER_VERBS.contains(lemma)) {
      return true;
    }
    var kind = REPORTING_VERBS.kindOf(lemma);
    return kind.isPresent() && kind.get() != org.sitrep.attribution.ReportingVerbLexicon.Kind.CLAIM
        && kind.get() != org.sitrep.attribution.ReportingVerbLexicon.Kind.SAY;
  }

  /**
   * "The attack was carried out by the Gran Grif gang", "the raid was launched by militants": the
   * agent of the passive verb whose subject the nominal is (not of one that only condemns or
   * reports it), or -1.
   */
  private static int passiveLightVerbAgent(ClauseStructure tree, int noun) {
    int h = tree.head(noun);
    if (h < 0 || !tree.relation(noun).startsWith("nsubj") || !tree.isVerb(h) || !tree.isPassive(h)
        || isObserverVerb(tree.sentence().tokens().get(h).base())) {
      return -1;
    }
    for (int c : tree.children(h, "obl")) {
      if (tree.caseMarker(c).equals("by")) {
        return c;
      }
    }
    return -1;
  }

  /** "X launched attacks", "X continued its shelling", "X announced intentions to renew talks". */
  private static int lightVerbSubject(ClauseStructure tree, int noun) {
    int t = noun;
    for (int hops = 0; hops < MAX_HOPS; hops++) {
      String r = tree.relation(t);
      int h = tree.head(t);
      if (h < 0) {
        return -1;
      }
      // The parser sometimes tags a nominal trigger as a verb or modifier ("its shelling"):
      // climb through object-like and modifier links, never through oblique or nominal ones.
      if (!LIGHT_LINKS.contains(r)) {
        return -1;
      }
      if (tree.isVerb(h) && isObserverVerb(tree.sentence().tokens().get(h).base())) {
        return -1; // "MSF condemns the shelling of the hospital": MSF did not shell it
      }
      if (tree.isVerb(h)) {
        int s = first(tree.children(h, "nsubj"));
        if (s >= 0 && !tree.isPassive(h)) {
          return s;
        }
      }
      t = h;
    }
    return -1;
  }

  /** Coordinated and controlled verbs share the subject of the verb they hang on. */
  private static int inheritedSubject(ClauseStructure tree, int v) {
    int t = v;
    for (int hops = 0; hops < MAX_HOPS; hops++) {
      String r = tree.relation(t);
      int h = tree.head(t);
      if (h < 0 || !(r.equals("conj") || r.equals("xcomp"))) {
        return -1;
      }
      int s = first(tree.children(h, "nsubj"));
      if (s >= 0 && !tree.isPassive(h)) {
        return s;
      }
      t = h;
    }
    return -1;
  }

  private static int first(List<Integer> l) {
    return l.isEmpty() ? -1 : l.get(0);
  }
}
