package org.sitrep.nlp.corenlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.lexicon.Resources;

/**
 * Where a participle phrase after a subject noun ("Gunmen armed with automatic rifles killed 17
 * people") needs the commas wire copy leaves out. Without them CoreNLP's English dependency model
 * makes the participle the sentence's verb and the real verb a modifier of the last noun ("rifles
 * killed"), so the killing loses its subject and object. The phrase runs from a participle of
 * {@code subject-participles.txt} right after a noun to the next finite verb; the parser is then
 * given "Gunmen , armed with automatic rifles , killed ...". Immutable and thread-safe.
 */
final class SubjectParticiples {
  private static final Set<String> NOUNS = Set.of("NN", "NNS", "NNP", "NNPS");
  private static final Set<String> PARTICIPLE_TAGS = Set.of("VBN", "VBG", "VBD", "JJ");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  /** What follows a participle read as a past tense when it opens a modifier: "armed with", "loyal to". */
  private static final Set<String> PREPOSITIONS = Set.of("IN", "TO");
  private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "(", ")", "--", "-", "\"", "''", "``", "that", "which", "who");
  private final Set<String> participles;

  private SubjectParticiples(Set<String> participles) {
    this.participles = participles;
  }

  static SubjectParticiples load() {
    Set<String> words = new HashSet<>();
    for (String[] row : Resources.rows(SubjectParticiples.class, "subject-participles.txt", 1)) {
      words.add(row[0]);
    }
    return new SubjectParticiples(Set.copyOf(words));
  }

  /**
   * Indices before which a comma belongs, in increasing order, as pairs (phrase start, verb): empty
   * when the sentence has no unbracketed subject participle phrase.
   */
  int[] commasBefore(List<String> words, String[] tags) {
    for (int i = 1; i + 2 < words.size(); i++) {
      if (!participles.contains(words.get(i).toLowerCase(Locale.ROOT)) || !PARTICIPLE_TAGS.contains(tags[i])
          || !NOUNS.contains(tags[i - 1])) {
        continue;
      }
      if ((tags[i].equals("VBD") || tags[i].equals("JJ")) && !PREPOSITIONS.contains(tags[i + 1])) {
        continue; // "Police suspected the gunmen killed ...": a verb with its own object, no modifier
      }
      boolean noun = false;
      for (int j = i + 1; j < words.size(); j++) {
        String w = words.get(j).toLowerCase(Locale.ROOT);
        if (STOPS.contains(w) || tags[j].startsWith("W")) {
          break;
        }
        boolean verb = FINITE.contains(tags[j])
            || (tags[j].equals("VBN") && !(j + 1 < words.size() && words.get(j + 1).equals("by")));
        if (noun && verb && !participles.contains(w)) {
          return new int[] {i, j};
        }
        noun |= NOUNS.contains(tags[j]) || tags[j].equals("PRP");
      }
    }
    return new int[0];
  }
}
