package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.event.EventMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lexicon.Resources;
import org.sitrep.nlp.Sentence;

/**
 * An installation is often told first by its kind alone ("Islamic State killed 270 when they
 * captured a Syrian gas field") and placed in another sentence of the same story ("the attack
 * against the Shaar gas field east of Homs"). An event whose own sentence names such an
 * installation but no place, and that its context places nowhere, takes the place named right
 * by the same kind of installation elsewhere in its story, the nearest sentence first. Kinds:
 * {@code facility-nouns.txt}, loaded once. Immutable and thread-safe.
 */
final class FacilityPlaces {
  /** How far after an installation's name its place may come ("gas field east of Homs"). */
  private static final int AFTER_CHARS = 60;
  /** How far before it ("the Homs gas field", "the Tabqa military airport"). */
  private static final int BEFORE_CHARS = 25;
  private final List<Pattern> kinds;

  private FacilityPlaces(List<Pattern> kinds) {
    this.kinds = kinds;
  }

  static FacilityPlaces load() {
    List<Pattern> kinds = new ArrayList<>();
    for (String line : Resources.lines(FacilityPlaces.class, "facility-nouns.txt")) {
      String words = line.strip().toLowerCase(Locale.ROOT);
      kinds.add(Pattern.compile("\\b" + Pattern.quote(words).replace(" ", "\\E\\s+\\Q") + "s?\\b",
          Pattern.CASE_INSENSITIVE));
    }
    return new FacilityPlaces(List.copyOf(kinds));
  }

  /**
   * @param placesIn each sentence's event places, by sentence index
   * @param storyOf the story (segment) of each sentence index
   * @return {@code mentions} in order, those placed by an installation with that context place
   */
  List<EventMention> placed(String text, List<Sentence> sentences, List<List<PlaceMention>> placesIn,
      Map<Integer, Integer> storyOf, List<EventMention> mentions) {
    List<EventMention> out = new ArrayList<>(mentions.size());
    for (EventMention m : mentions) {
      PlaceMention found = null;
      if (!m.isDisputeOnly() && m.place() == null && m.contextPlace() == null) {
        found = placeOfInstallation(text, sentences, placesIn, storyOf, m.sentence());
      }
      out.add(found == null ? m : m.withContextPlace(found));
    }
    return out;
  }

  private PlaceMention placeOfInstallation(String text, List<Sentence> sentences, List<List<PlaceMention>> placesIn,
      Map<Integer, Integer> storyOf, int sentence) {
    String own = sentences.get(sentence).span().of(text);
    for (Pattern kind : kinds) {
      if (!kind.matcher(own).find()) {
        continue;
      }
      // The nearest other sentence of the story, the one after before the one before at equal
      // distance (a story names a place once it has told the act).
      int story = storyOf.get(sentence);
      for (int d = 1; d < sentences.size(); d++) {
        for (int other : new int[] {sentence + d, sentence - d}) {
          if (other < 0 || other >= sentences.size() || storyOf.get(other) != story) {
            continue;
          }
          PlaceMention p = placeBy(text, sentences.get(other), placesIn.get(other), kind);
          if (p != null) {
            return p;
          }
        }
      }
    }
    return null;
  }

  /** A place below country level right by an installation of this kind in the sentence, or null. */
  private static PlaceMention placeBy(String text, Sentence s, List<PlaceMention> places, Pattern kind) {
    Matcher k = kind.matcher(text).region(s.span().start(), s.span().end());
    while (k.find()) {
      for (PlaceMention p : places) {
        if (p.place() == null || p.isDemonym() || p.place().precisionRank() <= 1) {
          continue;
        }
        int start = p.span().start();
        if (start >= k.end() && start - k.end() <= AFTER_CHARS
            || p.span().end() <= k.start() && k.start() - p.span().end() <= BEFORE_CHARS) {
          return p;
        }
      }
    }
    return null;
  }
}
