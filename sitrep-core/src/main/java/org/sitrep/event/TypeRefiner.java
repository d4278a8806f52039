package org.sitrep.event;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;

/**
 * Turns a trigger's type into the ACLED sub-type its participants make it: the same "killed" is
 * an attack on civilians when the victims are civilians and a battle when they are fighters;
 * taking ground is a government regaining territory when state forces do it. Stateless.
 */
final class TypeRefiner {
  private TypeRefiner() {}

  static EventType refine(
      Trigger primary, Actor actor1, Actor actor2, boolean civilianVictims, boolean combatantVictims,
      boolean crowdViolence, boolean forceUsed, boolean lethalForce) {
    EventType t = primary.type();
    if (t == EventType.NON_STATE_OVERTAKES_TERRITORY || t == EventType.GOV_REGAINS_TERRITORY) {
      if (actor1 == null) {
        // "the militants were pushed back from the area": ground lost by one side went to the other.
        if (!isArmed(actor2)) {
          return t;
        }
        ActorKind lost = ActorKind.fromWire(actor2.kind());
        return lost == ActorKind.STATE_FORCES
            ? EventType.NON_STATE_OVERTAKES_TERRITORY
            : EventType.GOV_REGAINS_TERRITORY;
      }
      return ActorKind.fromWire(actor1.kind()).isState()
          ? EventType.GOV_REGAINS_TERRITORY
          : EventType.NON_STATE_OVERTAKES_TERRITORY;
    }
    if (t == EventType.ARRESTS && primary.weight() <= 2 && actor1 != null
        && !ActorKind.fromWire(actor1.kind()).isState()) {
      return EventType.ABDUCTION; // "militants took five villagers": no state's arrest
    }
    if (t == EventType.VIOLENT_DEMONSTRATION && primary.weight() <= 2 && isArmed(actor1)) {
      // "soldiers torched the village": an armed group's destruction, no crowd in it (ACLED's
      // property destruction, not a riot)
      return EventType.LOOTING;
    }
    if (t.type().equals("Protests") || t.type().equals("Riots") && t != EventType.MOB_VIOLENCE) {
      return demonstration(t, crowdViolence, forceUsed, lethalForce);
    }
    if (primary.weight() > 1 || !(t == EventType.ATTACK || t == EventType.ARMED_CLASH)) {
      return t;
    }
    boolean civilianTarget = civilianVictims || isNonCombatant(actor2);
    boolean armedTarget = combatantVictims || isArmed(actor2);
    if (armedTarget) {
      return EventType.ARMED_CLASH;
    }
    if (civilianTarget) {
      return EventType.ATTACK;
    }
    return t;
  }

  /**
   * ACLED's order: demonstrators' own violence makes a riot; deadly force against peaceful
   * demonstrators is excessive force; other intervention (tear gas, arrests) leaves a protest
   * with intervention; else a peaceful protest.
   */
  private static EventType demonstration(EventType t, boolean crowd, boolean force, boolean lethal) {
    if (crowd || t == EventType.VIOLENT_DEMONSTRATION) {
      return EventType.VIOLENT_DEMONSTRATION;
    }
    if (lethal) {
      return EventType.EXCESSIVE_FORCE;
    }
    if (force || t == EventType.PROTEST_WITH_INTERVENTION) {
      return EventType.PROTEST_WITH_INTERVENTION;
    }
    return t;
  }

  static boolean isArmed(Actor a) {
    if (a == null) {
      return false;
    }
    ActorKind k = ActorKind.fromWire(a.kind());
    return k == ActorKind.STATE_FORCES || k == ActorKind.REBEL_GROUP || k == ActorKind.POLITICAL_MILITIA
        || k == ActorKind.IDENTITY_MILITIA;
  }

  static boolean isNonCombatant(Actor a) {
    if (a == null) {
      return false;
    }
    return List.of(ActorKind.CIVILIANS, ActorKind.NGO, ActorKind.IGO, ActorKind.MEDIA)
        .contains(ActorKind.fromWire(a.kind()));
  }
}
