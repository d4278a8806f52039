package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void foldsCaseDiacriticsAndPunctuation() {
    assertThat(NameKeys.key("Deir ez-Zor")).isEqualTo("deir ez zor");
    assertThat(NameKeys.key("Ḩamāh")).isEqualTo("hamah");
    assertThat(NameKeys.key("Ma\u2018arrat al-Nu\u2019man")).isEqualTo("maarrat al numan");
    assertThat(NameKeys.key("St. Louis")).isEqualTo("st louis");
    assertThat(NameKeys.key("Genève")).isEqualTo("geneve");
    assertThat(NameKeys.key("Łódź")).isEqualTo("lodz");
  }

  @Test
  void skeletonsJoinTransliterations() {
    String k = NameKeys.skeleton(NameKeys.key("Deir ez-Zor"));
    assertThat(NameKeys.skeleton(NameKeys.key("Dayr az Zawr"))).isEqualTo(k);
    assertThat(NameKeys.skeleton(NameKeys.key("Deir al-Zour"))).isEqualTo(k);
    assertThat(NameKeys.skeleton("rome")).isEmpty(); // too short to be distinctive
  }

  @Test
  void looseSkeletonsJoinShortArabicNamesAndKeepDoubledConsonantsApart() {
    assertThat(NameKeys.looseSkeleton(NameKeys.key("Hodeidah")))
        .isEqualTo(NameKeys.looseSkeleton(NameKeys.key("Al Ḩudaydah")))
        .isEqualTo(NameKeys.looseSkeleton(NameKeys.key("Hudaydah")))
        .isEqualTo("hdd");
    assertThat(NameKeys.looseSkeleton("raqqa")).isEqualTo(NameKeys.looseSkeleton("raqa"));
    assertThat(NameKeys.looseSkeleton("aya")).isEmpty();
  }

  @Test
  void looseMatchesMustBeCloseInSpelling() {
    Place hudaydah = new Place("Al Ḩudaydah", 14.8, 42.95, 79415L, "YE", "Al Hudaydah", "PPLA", "town", 617871);
    Place mayotte = new Place("Mayotte", -12.8, 45.15, null, "YT", null, "PCLI", "country", 1_000_000);
    assertThat(SpellingGuess.closeSpelling("hodeidah", hudaydah)).isTrue();
    assertThat(SpellingGuess.closeSpelling("matthew", mayotte)).isFalse();
    assertThat(SpellingGuess.editDistance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void latinScriptTest() {
    assertThat(NameKeys.isLatin("Dayr az Zawr")).isTrue();
    assertThat(NameKeys.isLatin("دير الزور")).isFalse();
  }

  @Test
  void divisionKeysMeetAcrossLocalSpellingsButNeedThreeConsonants() {
    assertThat(NameKeys.divisionKey("gezira")).isEqualTo(NameKeys.divisionKey("al jazirah"));
    assertThat(NameKeys.divisionKey("uruzgan")).isEqualTo(NameKeys.divisionKey("urozgan"));
    assertThat(NameKeys.divisionKey("ghouta")).isEmpty(); // too short to tell from "Geita"
  }

  @Property
  void keysAreStableAndClean(@ForAll String s) {
    String k = NameKeys.key(s);
    assertThat(NameKeys.key(k)).isEqualTo(k);
    assertThat(k).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    NameKeys.skeleton(k);
  }
}
