package org.sitrep.event;

import java.util.List;
import java.util.Locale;
import org.sitrep.lexicon.Resources;

/**
 * Whether a sentence opens by turning to another incident ("Elsewhere, …", "In a separate
 * incident, …"; data: {@code topic-shift-cues.txt}). Stateless; thread-safe.
 */
final class TopicShift {
  private static final List<String> CUES = Resources.lines(TopicShift.class, "topic-shift-cues.txt").stream()
      .map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).toList();

  private TopicShift() {}

  static boolean opens(String sentence) {
    String words = " " + String.join(" ", sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip() + " ";
    for (String cue : CUES) {
      if (words.startsWith(" " + cue + " ")) {
        return true;
      }
    }
    return false;
  }
}
