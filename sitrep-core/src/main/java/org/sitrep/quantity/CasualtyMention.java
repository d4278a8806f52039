package org.sitrep.quantity;

import org.sitrep.text.CharSpan;

/**
 * A count of people harmed: "killed 312 Islamic State fighters" gives KILLED 312 with the victim
 * phrase "Islamic State fighters"; "put their losses at 15 killed" gives KILLED 15 with victim
 * "their". {@code victim} is null when the text names none. {@code approximate} marks vague
 * quantities coded by rule ("dozens" = 12) and lower bounds ("at least 28").
 */
public record CasualtyMention(
    CharSpan span, Category category, long n, CharSpan victim, boolean approximate) {
  public enum Category { KILLED, WOUNDED, CAPTURED, AFFECTED }
}
