package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceListsTest {
  @Test
  void commasAndConjunctionsJoinAList() {
    assertThat(PlaceLists.joins(" and ")).isTrue();
    assertThat(PlaceLists.joins(", ")).isTrue();
    assertThat(PlaceLists.joins(", and ")).isTrue();
    assertThat(PlaceLists.joins(" as well as ")).isTrue();
    assertThat(PlaceLists.joins(" or ")).isTrue();
  }

  @Test
  void wordsBetweenPlacesAreNoList() {
    assertThat(PlaceLists.joins(" near ")).isFalse();
    assertThat(PlaceLists.joins(" and in ")).isFalse();
    assertThat(PlaceLists.joins(" province and ")).isFalse();
  }
}
