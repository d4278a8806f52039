package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;

class SyrianGovernoratesTest {
  private final SyrianGovernorates g = SyrianGovernorates.get();

  @Test
  void admin1NamesInAnySpellingGiveTheFakesLabel() {
    assertThat(g.governorateOf(new Location("Mayadin", 35.0, 40.45, null, "SY", "Deir ez-Zor", "town"))).hasValue("deir ezzor");
    assertThat(g.governorateOf(new Location("Douma", null, null, null, "SY", "Rif-dimashq", "town"))).hasValue("damascus");
    assertThat(g.governorateOf(new Location("x", null, null, null, "SY", "Ar-Raqqah", "town"))).hasValue("raqqa");
    assertThat(g.governorateOf(new Location("x", null, null, null, "SY", "Al-Hasakah", "town"))).hasValue("hasakeh");
  }

  @Test
  void withoutAdmin1TheNearestCapitalDecides() {
    // Maarat al-Numan lies in Idlib governorate, nearer Idlib than Hama.
    assertThat(g.governorateOf(new Location("Maarat al-Numan", 35.6432, 36.6749, null, "SY", null, "town"))).hasValue("idlib");
    // Palmyra: Homs governorate.
    assertThat(g.governorateOf(new Location("Palmyra", 34.5560, 38.2805, null, null, null, "town"))).hasValue("homs");
  }

  @Test
  void placesAbroadOrUnknownLieInNone() {
    assertThat(g.governorateOf(new Location("Mosul", 36.335, 43.119, null, "IQ", "Nineveh", "town"))).isEmpty();
    assertThat(g.governorateOf(null)).isEmpty();
    assertThat(g.governorateOf(new Location("Syria", 35.0, 38.0, null, "SY", null, "country"))).isEmpty();
    assertThat(g.governorateOf(new Location("Somewhere", null, null, null, "SY", null, "town"))).isEmpty();
  }
}
