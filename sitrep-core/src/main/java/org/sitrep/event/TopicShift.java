package org.sitrep.event;

import java.util.List;
import java.util.Locale;
import org.sitrep.lexicon.Resources;

/**
 * Whether a sentence opens by turning to another incident ("Elsewhere, …", "In a separate
 * incident, …"; data: {@code topic-shift-cues.txt}). Stateless; thread-safe.
 */
public final class TopicShift {
  private static final List<String> CUES = Resources.lines(TopicShift.class, "topic-shift-cues.txt").stream()
      .map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).toList();

  private TopicShift() {}

  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Cues are a few words long: only the sentence's opening is read. */
  private static final int OPENING_CHARS = 60;

  public static boolean opens(String sentence) {
    String opening = sentence.substring(0, Math.min(sentence.length(), OPENING_CHARS));
    String words = " " + String.join(" ", NON_WORD.split(opening.toLowerCase(Locale.ROOT))).strip() + " ";
    for (String cue : CUES) {
      if (words.startsWith(" " + cue + " ")) {
        return true;
      }
    }
    return false;
  }
}
