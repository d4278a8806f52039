package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Token;

/**
 * Per-call state of the time recognizer: one sentence's tokens, lower-cased once, and the
 * publication date (null when unknown). Not shared between threads.
 */
final class TimeContext {
  private static final int FUTURE_WINDOW = 8;

  final List<Token> tokens;
  final String[] lower;
  final LocalDate published;
  private final CalendarLexicon lexicon;

  TimeContext(List<Token> tokens, LocalDate published, CalendarLexicon lexicon) {
    this.tokens = tokens;
    this.published = published;
    this.lexicon = lexicon;
    lower = new String[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
  }

  int size() {
    return lower.length;
  }

  /** Lower-cased token text, or "" outside the sentence. */
  String lower(int i) {
    return i >= 0 && i < lower.length ? lower[i] : "";
  }

  boolean capitalized(int i) {
    return i >= 0 && i < lower.length && tokens.get(i).isCapitalized();
  }

  /**
   * True when a future cue ("will", "is due to") stands shortly before token {@code i} in the
   * same clause: "talks will resume on Monday" looks ahead, "Saturday's attack" does not.
   */
  boolean futureBefore(int i) {
    return cueBefore(i, true);
  }

  /** True when a past-tense word ("fell", "seized") stands shortly before token {@code i}. */
  boolean pastBefore(int i) {
    return cueBefore(i, false);
  }

  private boolean cueBefore(int i, boolean future) {
    for (int k = i - 1; k >= 0 && k >= i - FUTURE_WINDOW; k--) {
      String t = lower[k];
      if (t.equals(",") || t.equals(";") || t.equals(".") || t.equals(":")) {
        return false;
      }
      if (future ? lexicon.isFutureCue(t) : lexicon.isPastCue(t)) {
        return true;
      }
    }
    return false;
  }
}
