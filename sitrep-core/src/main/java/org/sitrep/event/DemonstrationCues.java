package org.sitrep.event;

import java.util.List;
import org.sitrep.model.EventType;
import org.sitrep.nlp.ClauseStructure;
import org.sitrep.nlp.Token;

/**
 * What a parsed sentence says about the course of a demonstration, for ACLED's protest and riot
 * sub-types: the crowd's own violence (stones, vandalism, blocked roads), force used against it,
 * and who attacked it. Words that only name a security unit ("riot police") say nothing about
 * the crowd. Thread-safe.
 */
final class DemonstrationCues {
  /** The crowd's violence, the force used on it, and whether that force was deadly. */
  record Cues(boolean crowdViolence, boolean forceUsed, boolean lethalForce) {}

  private final ContextWords context;
  private final RoleLabeler roles = new RoleLabeler();

  DemonstrationCues(ContextWords context) {
    this.context = context;
  }

  Cues read(ClauseStructure tree) {
    List<Token> words = tree.sentence().tokens();
    boolean crowd = false;
    boolean force = false;
    boolean lethal = false;
    for (int i = 0; i < words.size(); i++) {
      if (namesSecurityUnit(context, tree, i) || Backdrop.contains(context, tree, i)) {
        continue; // "riot police"; "a rally held following the arrest of ...": not the crowd's story
      }
      Token t = words.get(i);
      crowd |= context.is(t, ContextWords.Kind.CROWD) || blocksRoute(tree, i);
      force |= context.is(t, ContextWords.Kind.FORCEFUL);
      lethal |= context.is(t, ContextWords.Kind.LETHAL);
    }
    return new Cues(crowd, force, lethal);
  }

  /**
   * A noun modifying a word for security forces ("riot police", "riot officers") names the
   * unit, not an act: neither a trigger nor a cue.
   */
  static boolean namesSecurityUnit(ContextWords context, ClauseStructure tree, int i) {
    int governor = tree.head(i);
    return governor > i && tree.relation(i).equals("compound")
        && context.is(tree.sentence().tokens().get(governor), ContextWords.Kind.SECURITY);
  }

  /** "Farmers blocked roads and railways": a route as the object of a blocking verb. */
  private boolean blocksRoute(ClauseStructure tree, int i) {
    if (!tree.isVerb(i) || !context.is(tree.sentence().tokens().get(i), ContextWords.Kind.BLOCKING)) {
      return false;
    }
    for (int c : tree.children(i)) {
      String rel = tree.relation(c);
      if (rel.equals("obj") || rel.startsWith("nsubj:pass")) {
        for (int t : tree.subtree(c, true)) {
          if (context.is(tree.sentence().tokens().get(t), ContextWords.Kind.ROUTE)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A demonstration that a group's generic attack ("attacked a peaceful rally", "attacked the
   * marchers") has as its object: by security forces it is intervention (ACLED's protest with
   * intervention, or excessive force when deadly); by anyone else it is mob violence. Only an
   * attack with a named attacker counts, and not one only tried ("tried to attack"). Null when no
   * fight in {@code group} targets the demonstration.
   */
  EventType attackedDemonstration(ClauseStructure tree, List<Trigger> group, boolean lethal) {
    for (Trigger fight : group) {
      if (fight.weight() > 2 || fight.type() != EventType.ARMED_CLASH || isInfinitive(tree, fight.head())
          || !targetsDemonstration(tree, group, fight.head())) {
        continue;
      }
      int agent = roles.label(tree, fight.head(), i -> true).agent();
      if (agent < 0) {
        continue;
      }
      if (securityForces(tree, agent)) {
        return lethal ? EventType.EXCESSIVE_FORCE : EventType.PROTEST_WITH_INTERVENTION;
      }
      return EventType.MOB_VIOLENCE;
    }
    return null;
  }

  /** "to attack": a goal or an attempt, not an act. */
  static boolean isInfinitive(ClauseStructure tree, int verb) {
    for (int c : tree.children(verb, "mark")) {
      if (tree.sentence().tokens().get(c).base().equals("to")) {
        return true;
      }
    }
    return false;
  }

  /** The fight's object (or its "on"/"against" phrase) holds the crowd: a protest or its protesters. */
  private boolean targetsDemonstration(ClauseStructure tree, List<Trigger> group, int fight) {
    for (int c : tree.children(fight)) {
      String rel = tree.relation(c);
      boolean target = rel.equals("obj") || rel.startsWith("nsubj:pass")
          || rel.startsWith("obl") && List.of("on", "against").contains(tree.caseMarker(c));
      if (!target) {
        continue;
      }
      for (Trigger t : group) {
        boolean crowd = t.type().isCrowdAct();
        if (crowd && tree.subtree(c, true).contains(t.head())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The agent's head or one of its modifiers is a word for security forces ("police", "riot officers"). */
  private boolean securityForces(ClauseStructure tree, int agent) {
    for (int t : tree.subtree(agent, true)) {
      if (context.is(tree.sentence().tokens().get(t), ContextWords.Kind.SECURITY)) {
        return true;
      }
    }
    return false;
  }
}
