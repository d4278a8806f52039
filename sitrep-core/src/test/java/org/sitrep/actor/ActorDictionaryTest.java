package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Actor;

class ActorDictionaryTest {
  private static final ActorDictionary DICT = ActorDictionary.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "ISIS;Islamic State", "ISIL;Islamic State", "Daesh;Islamic State", "IS;Islamic State",
      "Syrian army;Syrian government forces", "regime forces;Syrian government forces",
      "pro-Assad forces;Syrian government forces", "Assad regime;Syrian government",
      "Bashar al-Assad;Syrian government", "SDF;Syrian Democratic Forces", "YPG;People's Protection Units",
      "HTS;Hayat Tahrir al-Sham", "Jabhat Fateh al-Sham;Jabhat al-Nusra", "Army of Islam;Jaish al-Islam",
      "Ahrar al Sham;Ahrar al-Sham", "SARC;Syrian Arab Red Crescent", "ICRC;International Committee of the Red Cross",
      "SOHR;Syrian Observatory for Human Rights", "White Helmets;White Helmets", "Syria Civil Defence;White Helmets",
      "U.N.;United Nations", "UN envoy;United Nations", "Russian Defence Ministry;Russian military",
      "Russian Air Force;Russian military", "Putin;Russia", "Kremlin spokesman;Russia",
      "Popular Mobilization Forces;Popular Mobilization Forces", "Hashd al-Shaabi;Popular Mobilization Forces",
      "Iraqi security forces;Iraqi military", "Ansar Allah;Houthis", "Houthi rebels;Houthis",
      "Saudi-led coalition;Saudi-led coalition", "AQAP;al-Qaeda in the Arabian Peninsula",
      "LNA;Libyan National Army", "Haftar;Libyan National Army", "GNA;Libya", "Government of National Unity;Libya",
      "Taliban;Taliban", "ANDSF;Afghan military", "ISKP;Islamic State Khorasan Province", "IS-K;Islamic State Khorasan Province",
      "al-Shabab;al-Shabaab", "Al Shabaab;al-Shabaab", "AMISOM;African Union missions in Somalia",
      "Boko Haram;Boko Haram", "JAS;Boko Haram", "ISWAP;Islamic State West Africa Province",
      "JNIM;Jama'at Nusrat al-Islam wal-Muslimin", "FAMa;Malian military", "Wagner;Wagner Group",
      "Africa Corps;Wagner Group", "RSF;Rapid Support Forces", "Hemedti;Rapid Support Forces",
      "SAF;Sudanese military", "Tatmadaw;Myanmar military", "People's Defence Force;People's Defence Force",
      "Arakan Army;Arakan Army", "Zelensky;Ukraine", "Armed Forces of Ukraine;Ukrainian military",
      "gunmen;Unidentified armed group", "civilians;Civilians", "protesters;Protesters", "rioters;Rioters",
      "aid workers;Aid workers", "Erdoğan;Turkey", "Erdogan’s;Turkey"})
  void looksUpAliasesAcrossConflicts(String alias, String canonical) {
    assertThat(DICT.lookup(alias.replace("’s", ""))).map(Actor::name).contains(canonical);
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    assertThat(DICT.lookup("IS")).map(Actor::name).contains("Islamic State");
    assertThat(DICT.lookup("is")).isEmpty();
    assertThat(DICT.lookup("us")).isEmpty();
    assertThat(DICT.lookup("islamic state")).map(Actor::name).contains("Islamic State");
  }

  @Test
  void hyphenatedAliasesAlsoMatchWithSpaces() {
    assertThat(DICT.lookup("al Nusra Front")).map(Actor::name).contains("Jabhat al-Nusra");
    assertThat(DICT.lookup("Hayat Tahrir al Sham")).map(Actor::name).contains("Hayat Tahrir al-Sham");
  }

  @Test
  void lookupKnowsSeatsAndDemonymInstitutions() {
    assertThat(DICT.lookup("Moscow")).map(Actor::name).contains("Russia");
    assertThat(DICT.lookup("Pentagon")).map(Actor::name).contains("US military");
    assertThat(DICT.lookup("Turkish troops")).contains(new Actor("Turkish military", "state_forces", "TR"));
    assertThat(DICT.lookup("Russia's foreign ministry")).map(Actor::name).contains("Russia");
    assertThat(DICT.lookup("Syrian civilians")).contains(new Actor("Civilians", "civilians", "SY"));
    assertThat(DICT.lookup("Turkish delight")).isEmpty();
  }

  @Test
  void possessivesAlsoMatchWithoutTheApostrophe() {
    assertThat(DICT.lookup("Kurdish Peoples Protection Units")).map(Actor::name).contains("People's Protection Units");
  }

  @Test
  void stateMediaAreMedia() {
    assertThat(DICT.lookup("Sputnik")).contains(new Actor("Russian state media", "media", "RU"));
    assertThat(DICT.lookup("SANA")).map(Actor::kind).contains("media");
  }

  @Test
  void countryNamesAreNotAliases() {
    assertThat(DICT.lookup("Russia")).isEmpty();
    assertThat(DICT.lookup("Syria")).isEmpty();
    assertThat(DICT.byName("Russia")).contains(new Actor("Russia", "government", "RU"));
  }

  @Test
  void forcesAndGovernmentsOfCountries() {
    assertThat(DICT.forcesOf("SY")).contains(new Actor("Syrian government forces", "state_forces", "SY"));
    assertThat(DICT.governmentOf("SY")).contains(new Actor("Syrian government", "government", "SY"));
    assertThat(DICT.forcesOf("RU")).map(Actor::name).contains("Russian military");
    assertThat(DICT.governmentOf("TR")).map(Actor::name).contains("Turkey");
    assertThat(DICT.governmentOf("XX")).isEmpty();
  }

  @Test
  void demonyms() {
    assertThat(DICT.countryOfDemonym("Russian")).contains("RU");
    assertThat(DICT.countryOfDemonym("Iranians")).contains("IR");
    assertThat(DICT.countryOfDemonym("US")).contains("US");
    assertThat(DICT.countryOfDemonym("American")).contains("US");
    assertThat(DICT.countryOfDemonym("Iraqi")).contains("IQ");
    assertThat(DICT.countryOfDemonym("Martian")).isEmpty();
    assertThat(DICT.countriesOfDemonyms("Russian-Turkish-Iranian")).containsExactly("RU", "TR", "IR");
    assertThat(DICT.countriesOfDemonyms("Kurdish-led")).isEmpty();
    assertThat(DICT.countryOfName("Burma")).contains("MM");
  }

  @Test
  void genericAgentsAreMarked() {
    assertThat(DICT.isGeneric(DICT.byName("Civilians").orElseThrow())).isTrue();
    assertThat(DICT.isGeneric(new Actor("Civilians", "civilians", "SY"))).isTrue();
    assertThat(DICT.isGeneric(DICT.byName("Islamic State").orElseThrow())).isFalse();
  }

  @Test
  void dictionaryIsLarge() {
    assertThat(DICT.actors()).hasSizeGreaterThan(300);
    assertThat(DICT.aliasCount()).isGreaterThan(2500);
  }
}
