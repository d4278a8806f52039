package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.geo.Toponym;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.quantity.CasualtyMention;
import org.sitrep.quantity.RuleCasualtyCounter;
import org.sitrep.text.CharSpan;

/**
 * Team-written wire-style roundups; places are marked by hand ("Name=Division") so that only the
 * rule is under test.
 */
class SummedTollsTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  private static final RuleCasualtyCounter COUNTER = RuleCasualtyCounter.load();

  /** The killed, wounded … per sentence left after the rule, as "CATEGORY n" lists in sentence order. */
  private static List<List<String>> counts(String text, String... places) {
    List<Sentence> sentences = ANNOTATOR.split(text, new CharSpan(0, text.length()));
    Map<Integer, List<CasualtyMention>> counted = new HashMap<>();
    List<List<PlaceMention>> placesIn = new ArrayList<>();
    for (Sentence s : sentences) {
      counted.put(s.index(), COUNTER.count(text, s));
      placesIn.add(new ArrayList<>());
    }
    for (String marked : places) {
      String name = marked.substring(0, marked.indexOf('='));
      String division = marked.substring(marked.indexOf('=') + 1);
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        CharSpan span = new CharSpan(at, at + name.length());
        Place place = new Place(name, 0.0, 0.0, null, "XX", division, "PPL", "town", 0);
        sentences.stream().filter(s -> s.span().contains(span)).findFirst()
            .ifPresent(s -> placesIn.get(s.index()).add(new PlaceMention(span, name, place, Toponym.Kind.NAME)));
      }
    }
    Map<Integer, List<CasualtyMention>> kept = SummedTolls.incidentsOnly(text, sentences, counted, placesIn);
    return sentences.stream()
        .map(s -> kept.get(s.index()).stream().map(m -> m.category() + " " + m.n()).toList())
        .toList();
  }

  @Test
  void deathsTheReportPlacesInOneListedProvinceAreThatIncidentsOnly() {
    assertThat(counts("Rocket attacks kill a man, injure seven in Marsa and Tolbec. "
        + "A man was killed when a rocket hit a bakery in Tolbec on Monday. "
        + "Seven people were wounded by shells that fell on a market in Marsa.",
        "Marsa=North", "Tolbec=South"))
        .containsExactly(List.of(), List.of("KILLED 1"), List.of("WOUNDED 7"));
  }

  @Test
  void aTrueSumAcrossProvincesStays() {
    assertThat(counts("Five killed in attacks in Marsa, Tolbec and Arvane. "
        + "Two people were killed by a rocket in Marsa. Three were killed by a roadside bomb near Tolbec.",
        "Marsa=North", "Tolbec=South", "Arvane=East"))
        .containsExactly(List.of("KILLED 5"), List.of("KILLED 2"), List.of("KILLED 3"));
  }

  @Test
  void aFigureSplitAcrossPlacesIsNoList() {
    assertThat(counts("Air strikes killed 40 people in Marsa and 12 in neighbouring Tolbec. "
        + "Twelve were killed in Tolbec, medics said.",
        "Marsa=North", "Tolbec=South"))
        .containsExactly(List.of("KILLED 40"), List.of("KILLED 12"));
  }

  @Test
  void placesOfOneProvinceMakeNoList() {
    assertThat(counts("Shelling killed three people in Marsa and Kelbit. "
        + "Three people were killed in Kelbit on Monday.",
        "Marsa=North", "Kelbit=North"))
        .containsExactly(List.of("KILLED 3"), List.of("KILLED 3"));
  }
}
