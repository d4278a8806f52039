package org.sitrep.actor;

import java.util.List;
import org.sitrep.model.Actor;

/**
 * A possible actor mention over tokens [start, end) of one sentence, before document-level
 * resolution: {@code options} holds the actors an ambiguous alias may name (first = default);
 * an anaphor has no options but a {@link Anaphor} to resolve, and may fall back to a dictionary
 * reading of part of it ("the rebels" → generic "Rebels" when no specific group came before).
 */
record Candidate(int start, int end, ActorMention.Source source, List<Actor> options, Anaphor anaphor, Candidate fallback) {
  /**
   * What an anaphor looks for: an earlier mention whose name or text has the {@code head} word
   * (bare descriptions only), else one of the {@code kinds}; or, for "the Russians", a mention of
   * a country ({@code iso2}). {@code countryScope}: may stand for the forces or government of the
   * country named last ("the army").
   */
  record Anaphor(String head, boolean bare, List<String> kinds, String iso2, boolean countryScope) {}

  static Candidate of(int start, int end, ActorMention.Source source, List<Actor> options) {
    return new Candidate(start, end, source, List.copyOf(options), null, null);
  }

  int length() {
    return end - start;
  }
}
