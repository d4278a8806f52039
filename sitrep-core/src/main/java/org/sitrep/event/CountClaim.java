package org.sitrep.event;

import org.sitrep.quantity.CasualtyMention;

/**
 * A casualty figure as one report gives it: the category, the side it counts (an actor's
 * canonical name, "Civilians" for unnamed civilians, or null when the text does not say) and who gives the figure
 * ({@code source} null when the sentence only restates or questions it); {@code namedSide} is true
 * when the side is a named party rather than "people", "soldiers" or unknown; {@code combatant}
 * when the side is an armed party, named or not ("soldiers", "militants").
 */
public record CountClaim(
    CasualtyMention.Category category, String victim, long n, String source, boolean namedSide,
    boolean combatant) {}
