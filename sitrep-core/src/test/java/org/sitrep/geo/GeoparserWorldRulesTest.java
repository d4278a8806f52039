package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.geo.GeoparserTest.geoparse;
import static org.sitrep.geo.GeoparserTest.place;

import org.junit.jupiter.api.Test;

/**
 * Rules for wire stories from conflicts beyond Syria: first-level divisions spelled the local way,
 * a dateline's "Town, Country", and a name read inside the division that qualifies it.
 * Hand-written sentences (invented events), bundled gazetteer.
 */
class GeoparserWorldRulesTest {
  @Test
  void aDivisionSpelledTheLocalWayIsThatDivisionNotTheFocusProvince() {
    var m = geoparse("KABUL, March 4 (Wire) - Afghan commandos raided a militant jail in Uruzgan province "
        + "overnight, freeing 31 captives, the defence ministry said.");
    Place uruzgan = place(m, "Uruzgan");
    assertThat(uruzgan.feature()).isEqualTo("ADM1");
    assertThat(uruzgan.name()).isEqualTo("Urozgan");
    assertThat(uruzgan.country()).isEqualTo("AF");
  }

  @Test
  void aStateNamedWithoutItsArticleAndWithGForJIsTheDivisionOfTheStorysCountry() {
    var m = geoparse("KHARTOUM, May 12 (Wire) - Paramilitary fighters stormed a village in Gezira state on "
        + "Sunday, killing at least 40 civilians, a local rights group said.");
    Place gezira = place(m, "Gezira");
    assertThat(gezira.country()).isEqualTo("SD");
    assertThat(gezira.name()).isEqualTo("Al Jazirah");
  }

  @Test
  void anUnknownProvinceIsNoOtherDivision() {
    var m = geoparse("KABUL, March 4 (Wire) - Police said gunmen shot two teachers in Zzyzxqor province.");
    assertThat(m).noneMatch(x -> x.text().startsWith("Zzyzxqor") && x.place() != null);
  }

  @Test
  void aDatelinesCountryIsTheOneThatHoldsItsTown() {
    var m = geoparse("GOMA, Congo, July 2 (Wire) - Rebels seized a hilltop village after clashes with "
        + "the Congolese army, local officials said.");
    assertThat(place(m, "GOMA").country()).isEqualTo("CD");
    assertThat(place(m, "Congo").country()).isEqualTo("CD");
    assertThat(place(m, "Congolese").country()).isEqualTo("CD");
  }

  @Test
  void aNameQualifiedByADivisionIsReadInsideItsCountryOrStandsForIt() {
    var m = geoparse("BAMAKO, Aug 9 (Wire) - Gunmen killed 17 villagers near the town of Boni in the Mopti "
        + "region on Thursday, the army said.");
    Place boni = place(m, "Boni");
    assertThat(boni.country()).isEqualTo("ML");
    assertThat(boni.admin1()).isEqualTo("Mopti");
  }
}
