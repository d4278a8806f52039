package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionDirectionsTest {
  @Test
  void localDirectionWordsGetTheirEnglishForms() {
    assertThat(DivisionDirections.englishKeys("nord kivu")).containsExactly("north kivu");
    assertThat(DivisionDirections.englishKeys("extreme nord")).containsExactly("far north");
    assertThat(DivisionDirections.englishKeys("sud ouest")).containsExactly("south west");
    assertThat(DivisionDirections.englishKeys("haut katanga")).containsExactly("upper katanga");
  }

  @Test
  void onlyWholeWordsAreDirections() {
    assertThat(DivisionDirections.englishKeys("sudeste")).isEmpty();
    assertThat(DivisionDirections.englishKeys("estonia")).isEmpty();
    assertThat(DivisionDirections.englishKeys("idlib")).isEmpty();
    assertThat(DivisionDirections.englishKeys("nord")).isEmpty(); // no bare "north" for Haiti's Nord
  }
}
