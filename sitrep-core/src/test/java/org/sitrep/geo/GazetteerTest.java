package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lookups in the bundled gazetteer, spelling variants included. */
class GazetteerTest {
  private static final InMemoryGazetteer GAZETTEER = InMemoryGazetteer.bundled();

  @Test
  void transliterationVariantsOfDeirEzZorMeet() {
    for (String spelling : new String[] {"Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour", "Deir Ezzor", "DEIR EZ-ZOR"}) {
      assertThat(GAZETTEER.lookupVariants(spelling))
          .as(spelling)
          .anySatisfy(p -> assertThat(p.geonamesId()).isEqualTo(170794L));
    }
  }

  @Test
  void countriesByCodeAndName() {
    assertThat(GAZETTEER.country("SY")).get().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Syria");
      assertThat(p.precision()).isEqualTo("country");
    });
    assertThat(GAZETTEER.country("United States of America")).get().extracting(Place::country).isEqualTo("US");
    assertThat(GAZETTEER.country("U.S.")).get().extracting(Place::country).isEqualTo("US");
    assertThat(GAZETTEER.country("Atlantis")).isEmpty();
  }

  @Test
  void firstLevelDivisionsByNameWithinACountry() {
    assertThat(GAZETTEER.admin1("SY", "Idlib")).get().satisfies(p -> {
      assertThat(p.precision()).isEqualTo("region");
      assertThat(p.admin1()).isEqualTo("Idlib");
    });
    assertThat(GAZETTEER.admin1("SY", "Idlib Governorate")).isPresent();
    assertThat(GAZETTEER.admin1("SY", "Deir al-Zour")).isPresent();
    assertThat(GAZETTEER.admin1("US", "Louisiana")).get().extracting(Place::admin1).isEqualTo("Louisiana");
    assertThat(GAZETTEER.admin1("FR", "Idlib")).isEmpty();
  }

  @Test
  void townsCarryTheEnglishNameOfTheirDivision() {
    assertThat(GAZETTEER.lookup("Homs"))
        .anySatisfy(p -> {
          assertThat(p.geonamesId()).isEqualTo(169577L);
          assertThat(p.admin1()).isEqualTo("Homs");
        });
    assertThat(GAZETTEER.lookup("Baton Rouge"))
        .anySatisfy(p -> assertThat(p.admin1()).isEqualTo("Louisiana"));
  }

  @Test
  void usCountiesAreDistricts() {
    assertThat(GAZETTEER.lookup("Rapides Parish"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.precision()).isEqualTo("district");
          assertThat(p.admin1()).isEqualTo("Louisiana");
        });
  }
}
