package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.geo.Toponym;
import org.sitrep.text.CharSpan;

/** Invented wire text; the place is marked by hand so that only the rule is under test. */
class RoadDestinationsTest {
  private static final RoadDestinations RULE = RoadDestinations.load();

  private static PlaceMention mark(String text, String name, String country) {
    int at = text.indexOf(name);
    return new PlaceMention(new CharSpan(at, at + name.length()), name,
        new Place(name, 0.0, 0.0, null, country, null, "PPL", "town", 0), Toponym.Kind.NAME);
  }

  @Test
  void aTownAbroadThatNamesARoadIsWhereTheRoadLeads() {
    String text = "Shelling near the Beirut highway killed four people in the capital's western suburbs.";
    assertThat(RULE.leadsAbroad(text, mark(text, "Beirut", "LB"), "SY")).isTrue();
  }

  @Test
  void aTownOfTheStorysCountryThatNamesARoadStays() {
    String text = "Rebels cut the Aleppo road on Tuesday.";
    assertThat(RULE.leadsAbroad(text, mark(text, "Aleppo", "SY"), "SY")).isFalse();
  }

  @Test
  void aTownAbroadNotNamingARoadStaysAndSoDoesACapitalisedStreetName() {
    String text = "Talks in Geneva resumed while shelling hit Baghdad Road in the old city.";
    assertThat(RULE.leadsAbroad(text, mark(text, "Geneva", "CH"), "SY")).isFalse();
    assertThat(RULE.leadsAbroad(text, mark(text, "Baghdad", "IQ"), "SY")).isFalse();
    assertThat(RULE.leadsAbroad(text, mark(text, "Geneva", "CH"), null)).isFalse();
  }
}
