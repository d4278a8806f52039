package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.geo.Toponym;
import org.sitrep.text.CharSpan;

/** Invented wire text; places are marked by hand so that only the rule is under test. */
class ReportingPlacesTest {
  private static final ReportingPlaces RULE = ReportingPlaces.load();

  private static List<PlaceMention> mark(String text, String... names) {
    List<PlaceMention> out = new ArrayList<>();
    for (String n : names) {
      int at = text.indexOf(n);
      out.add(new PlaceMention(new CharSpan(at, at + n.length()), n,
          new Place(n, 0.0, 0.0, null, "XX", null, "PPL", "town", 0), Toponym.Kind.NAME));
    }
    return out;
  }

  private static List<String> kept(String text, String... names) {
    return RULE.eventPlaces(text, mark(text, names)).stream().map(PlaceMention::text).toList();
  }

  @Test
  void whereSomeoneSpokeIsNoEventsPlace() {
    String text = "The opposition leader said in Istanbul the shelling of Douma had killed 40 people.";
    assertThat(kept(text, "Istanbul", "Douma")).containsExactly("Douma");
  }

  @Test
  void aDatelineInsideTheTextIsNoEventsPlace() {
    String text = "Related stories Floods hit the coast MADRID (Agency) Gunmen killed four guards in Tessit.";
    assertThat(kept(text, "MADRID", "Tessit")).containsExactly("Tessit");
  }

  @Test
  void aPlaceAfterAnOrdinaryVerbStays() {
    String text = "Fighting in Kidal left six soldiers dead, the army said.";
    assertThat(kept(text, "Kidal")).containsExactly("Kidal");
  }

  @Test
  void aTownAbroadRightAfterTheOpeningDateIsTheBureauNotTheScene() {
    String text = "Last updated at Mar 042019 Amman Government air strikes on rebel-held towns killed 31 people.";
    assertThat(RULE.eventPlaces(text, mark(text, "Amman"), "SY")).isEmpty();
    String spaced = "Mon 4 Mar 2019 Amman Government air strikes on rebel-held towns killed 31 people.";
    assertThat(RULE.eventPlaces(spaced, mark(spaced, "Amman"), "SY")).isEmpty();
  }

  @Test
  void aTownOfTheStorysCountryAfterTheOpeningDateIsItsEvent() {
    String text = "Mon 4 Mar 2019 Kidal market blast kills nine.";
    assertThat(RULE.eventPlaces(text, mark(text, "Kidal"), "XX")).hasSize(1);
    String later = "Mon 4 Mar 2019 Air strikes on rebel-held towns killed 31 people and wounded dozens more on "
        + "Monday in 2019 Amman talks.";
    assertThat(RULE.eventPlaces(later, mark(later, "Amman"), "SY")).hasSize(1); // beyond the opening
  }
}
