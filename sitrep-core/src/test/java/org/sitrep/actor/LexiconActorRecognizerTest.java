package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.ActorMention.Source;
import org.sitrep.model.Actor;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;

class LexiconActorRecognizerTest {
  private static final CoreNlpAnnotator SPLITTER = new CoreNlpAnnotator();
  private static final LexiconActorRecognizer RECOGNIZER = new LexiconActorRecognizer();

  static List<ActorMention> recognize(String text) {
    List<ActorMention> mentions = RECOGNIZER.recognize(text, SPLITTER.split(text, new CharSpan(0, text.length())));
    ActorRecognizerContract.check(text, mentions);
    return mentions;
  }

  private static List<String> names(String text) {
    return recognize(text).stream().map(m -> m.actor().name()).toList();
  }

  private static ActorMention mention(String text, String surface) {
    return recognize(text).stream().filter(m -> m.text().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + recognize(text)));
  }

  @Test
  void longestAliasWins() {
    List<ActorMention> m = recognize("Syrian Democratic Forces fighters entered Raqqa.");
    assertThat(m).extracting(ActorMention::text, x -> x.actor().name())
        .containsExactly(tuple("Syrian Democratic Forces fighters", "Syrian Democratic Forces"));
  }

  @Test
  void findsActorsOfManyConflicts() {
    String text = "Houthi rebels fired a missile, the Saudi-led coalition said. The RSF attacked SAF positions in "
        + "Khartoum. Al-Shabaab militants stormed a hotel. ISWAP fighters and Boko Haram clashed in Borno. JNIM "
        + "claimed an attack on Malian troops. The Tatmadaw bombed a PDF camp. Ukraine's military said Russian "
        + "forces shelled Kharkiv. Taliban fighters seized an ANDSF checkpoint. The LNA said Haftar's forces "
        + "advanced. Kataib Hezbollah denied the strike.";
    assertThat(names(text)).containsExactly("Houthis", "Saudi-led coalition", "Rapid Support Forces",
        "Sudanese military", "al-Shabaab", "Islamic State West Africa Province", "Boko Haram",
        "Jama'at Nusrat al-Islam wal-Muslimin", "Malian military", "Myanmar military", "People's Defence Force",
        "Ukrainian military", "Russian military", "Taliban", "Afghan military", "Libyan National Army",
        "Libyan National Army", "Kataib Hezbollah");
  }

  @Test
  void demonymInstitutions() {
    String text = "Turkish troops and Iraqi army units shelled the area as Russian warplanes flew over. "
        + "Syrian civilians fled. Russia's foreign ministry protested.";
    List<ActorMention> m = recognize(text);
    assertThat(m).extracting(ActorMention::text).containsExactly("Turkish troops", "Iraqi army units", "Russian warplanes",
        "Syrian civilians", "Russia's foreign ministry");
    assertThat(m).extracting(ActorMention::actor).containsExactly(
        new Actor("Turkish military", "state_forces", "TR"), new Actor("Iraqi military", "state_forces", "IQ"),
        new Actor("Russian military", "state_forces", "RU"), new Actor("Civilians", "civilians", "SY"),
        new Actor("Russia", "government", "RU"));
  }

  @Test
  void seatIsAnActorOnlyWhenItActs() {
    assertThat(mention("Moscow said the talks failed.", "Moscow").actor()).isEqualTo(new Actor("Russia", "government", "RU"));
    assertThat(mention("Moscow said the talks failed.", "Moscow").source()).isEqualTo(Source.METONYM);
    assertThat(mention("Ankara has rejected the plan.", "Ankara").actor().name()).isEqualTo("Turkey");
    assertThat(mention("The Kremlin's position is clear.", "Kremlin").actor().name()).isEqualTo("Russia");
    assertThat(mention("Washington reportedly wants a deal.", "Washington").actor().name()).isEqualTo("United States");
    assertThat(names("Moscow and Ankara agreed on a ceasefire.")).containsExactly("Russia", "Turkey");
    assertThat(recognize("Shells fell near Damascus on Sunday.")).isEmpty();
    assertThat(recognize("In Moscow, the talks went on.")).isEmpty();
    assertThat(recognize("Damascus has been shelled daily.")).isEmpty();
    assertThat(recognize("Damascus's eastern suburbs were hit.")).isEmpty();
    assertThat(recognize("Talks in Kyiv said little.")).isEmpty();
    assertThat(recognize("The coalition struck targets in both Syria and Iraq reported Monday.")
        .stream().filter(m -> m.source() == Source.METONYM)).isEmpty();
    assertThat(recognize("Shelling hit Aleppo, Syria May 26.")).isEmpty();
  }

  @Test
  void seatPossessiveNeedsANounOfAgency() {
    assertThat(names("Moscow's latest offer was rejected.")).containsExactly("Russia");
    assertThat(recognize("London's firefighters fought the blaze.")).isEmpty();
  }

  @Test
  void genericInAppositionYieldsToTheName() {
    assertThat(names("The Forces, led by the Kurdish militia YPG, held the line.")).containsExactly("People's Protection Units");
    assertThat(names("The rebel faction Jaish al-Islam denied it.")).containsExactly("Jaish al-Islam");
    assertThat(recognize("Shells hit rebel positions.")).isEmpty();
  }

  @Test
  void kindAnaphorPrefersTheSubjectOfTheLatestSentence() {
    String text = "Hayat Tahrir al-Sham clashed with the Nour al-Din al-Zenki Movement. The jihadist group said it won.";
    assertThat(mention(text, "The jihadist group").actor().name()).isEqualTo("Hayat Tahrir al-Sham");
  }

  @Test
  void theArmyIsTheArmyOfTheCountryInFocus() {
    String text = "ISWAP fighters ambushed Nigerian troops on Monday. Mali's junta said the army had killed 20 militants.";
    assertThat(mention(text, "the army").actor().name()).isEqualTo("Malian military");
    assertThat(names("The Sudanese army said RSF fighters fled.")).containsExactly("Sudanese military", "Rapid Support Forces");
  }

  @Test
  void provisionalNamesKeepTheirOfTail() {
    assertThat(mention("Officials of the Democratic Party of Kurdistan met.", "Democratic Party of Kurdistan").source())
        .isEqualTo(Source.PROVISIONAL);
  }

  @Test
  void commonWordsMatchOnlyAsWritten() {
    assertThat(recognize("The decree offered an amnesty to deserters.")).isEmpty();
    assertThat(names("Amnesty said the strike was unlawful.")).containsExactly("Amnesty International");
  }

  @Test
  void titleAndNameOfOneActorAreOneMention() {
    assertThat(recognize("US President Joe Biden said Washington would help.")).extracting(ActorMention::text)
        .containsExactly("US President Joe Biden", "Washington");
    assertThat(recognize("Kremlin spokesman Dmitry Peskov said talks continued.")).extracting(ActorMention::text)
        .containsExactly("Kremlin spokesman Dmitry Peskov");
  }

  @Test
  void theFrenchAsAPeopleNeedsAnEarlierFrenchActor() {
    assertThat(mention("French troops left Mali. The French had stayed nine years.", "The French").actor().name())
        .isEqualTo("French military");
    assertThat(names("It said the French had left.")).isEmpty();
  }

  @Test
  void aCountrysPoliceIsAnActorApartFromItsMilitary() {
    assertThat(names("Ethiopian federal police and Ethiopian troops entered Mekelle."))
        .containsExactly("Ethiopian police", "Ethiopian military");
    assertThat(names("Nigerian police said the Nigeria Police Force arrested six men."))
        .containsExactly("Nigerian police", "Nigerian police");
    assertThat(names("Kenya's police fired tear gas; Kenyan riot police blocked the road."))
        .containsExactly("Kenyan police", "Kenyan police");
    assertThat(recognize("Peruvian police detained 12 miners.")).singleElement()
        .satisfies(m -> assertThat(m.actor()).extracting(a -> a.name(), a -> a.kind(), a -> a.country())
            .containsExactly("Peruvian police", "state_forces", "PE"));
  }

  @Test
  void genericWordsAsModifiersAreNoActors() {
    assertThat(recognize("A rocket hit the military base near the police station.")).isEmpty();
    assertThat(names("The military said police arrested two men.")).containsExactly("Military forces", "Police forces");
  }

  @Test
  void provisionalNamesStopAtKnownActorsAndStopWords() {
    assertThat(recognize("The Chief of Staff of the Turkish Armed Forces visited.")).extracting(ActorMention::text)
        .containsExactly("Turkish Armed Forces");
    assertThat(recognize("The Tarhuna Brigade of General Khalifa Haftar withdrew."))
        .extracting(ActorMention::text, ActorMention::source)
        .containsExactly(tuple("Tarhuna Brigade", Source.PROVISIONAL), tuple("Khalifa Haftar", Source.DICTIONARY));
  }

  @Test
  void theDemonymArmyIsThatCountrysForcesNotAnAnaphor() {
    assertThat(recognize("Israeli troops advanced. The Mongolian army said it sent aid."))
        .extracting(m -> m.actor().name(), ActorMention::source)
        .containsExactly(tuple("Israeli military", Source.DICTIONARY), tuple("Mongolian military", Source.DICTIONARY));
  }

  @Test
  void theConvoyIsTheAidOrganisations() {
    String text = "A convoy of the World Food Programme set off. Government forces stopped the convoy at a checkpoint.";
    assertThat(mention(text, "the convoy").actor().name()).isEqualTo("World Food Programme");
    assertThat(mention("Shelling killed 12 people.", "people").actor().name()).isEqualTo("Civilians");
  }

  @Test
  void governmentFollowedByForcesIsTheForces() {
    assertThat(recognize("Iraqi government forces retook the town.")).extracting(ActorMention::text, m -> m.actor().name())
        .containsExactly(tuple("Iraqi government forces", "Iraqi military"));
    assertThat(names("Iraqi government officials denied it.")).containsExactly("Iraq");
  }

  @Test
  void kurdishForcesDependOnTheTheatre() {
    assertThat(mention("Kurdish forces entered Raqqa as Syrian army units held the south.", "Kurdish forces").actor().name())
        .isEqualTo("Syrian Democratic Forces");
    assertThat(mention("Kurdish forces and Iraqi troops retook Kirkuk.", "Kurdish forces").actor().name())
        .isEqualTo("Peshmerga");
  }

  @Test
  void sampleRoundup() throws Exception {
    String text;
    try (var in = getClass().getResourceAsStream("sample-roundup.txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    List<ActorMention> m = recognize(text);
    assertThat(m).extracting(ActorMention::text, x -> x.actor().name(), ActorMention::source).contains(
        tuple("Syrian government forces", "Syrian government forces", Source.DICTIONARY),
        tuple("The Observatory", "Syrian Observatory for Human Rights", Source.ANAPHOR),
        tuple("Moscow", "Russia", Source.METONYM),
        tuple("the Ministry", "Russian military", Source.ANAPHOR),
        tuple("Washington", "United States", Source.METONYM),
        tuple("Suqour al-Ghab Brigade", "Suqour al-Ghab Brigade", Source.PROVISIONAL),
        tuple("The Forces", "Syrian Democratic Forces", Source.ANAPHOR),
        tuple("Pentagon", "US military", Source.DICTIONARY),
        tuple("Ukraine's General Staff", "Ukrainian military", Source.DICTIONARY),
        tuple("ISKP", "Islamic State Khorasan Province", Source.DICTIONARY));
    assertThat(m).extracting(ActorMention::text).doesNotContain("Riyadh", "Aden", "Mogadishu", "Deir ez-Zor");
    assertThat(m).filteredOn(x -> x.source() == Source.PROVISIONAL).hasSize(1);
  }

  @Test
  void countryNameActsLikeASeat() {
    assertThat(mention("Turkey accused the YPG of the attack.", "Turkey").actor().name()).isEqualTo("Turkey");
    assertThat(names("Aid reached Syria on Monday.")).isEmpty();
  }

  @Test
  void anaphoraResolveToTheLatestFittingActor() {
    String text = "The Russian Defence Ministry said 40 militants were killed. The Ministry added that the "
        + "strikes hit depots. The Kurdish-led Syrian Democratic Forces captured a village from Islamic State. "
        + "The Forces said 12 fighters died. The Britain-based Syrian Observatory for Human Rights put the toll "
        + "at 15. The Observatory said civilians were among the dead.";
    assertThat(mention(text, "The Ministry").actor().name()).isEqualTo("Russian military");
    assertThat(mention(text, "The Ministry").source()).isEqualTo(Source.ANAPHOR);
    assertThat(mention(text, "The Forces").actor().name()).isEqualTo("Syrian Democratic Forces");
    assertThat(mention(text, "The Observatory").actor().name()).isEqualTo("Syrian Observatory for Human Rights");
  }

  @Test
  void kindAnaphorAndModifiers() {
    String text = "Hayat Tahrir al-Sham attacked the town. The jihadist group said it lost three men.";
    assertThat(mention(text, "The jihadist group").actor().name()).isEqualTo("Hayat Tahrir al-Sham");
    String monitor = "The Syrian Observatory for Human Rights reported shelling. The rights group said 5 died.";
    assertThat(mention(monitor, "The rights group").actor().name()).isEqualTo("Syrian Observatory for Human Rights");
    assertThat(mention(monitor, "Syrian Observatory for Human Rights").source()).isEqualTo(Source.DICTIONARY);
  }

  @Test
  void theRebelsFallBackToTheGenericActorWithoutASpecificGroup() {
    assertThat(mention("Gunmen attacked. The rebels withdrew.", "rebels").actor().name()).isEqualTo("Rebels");
    assertThat(mention("The Free Syrian Army advanced. The rebels withdrew.", "The rebels").actor().name())
        .isEqualTo("Free Syrian Army");
    assertThat(names("The group said nothing.")).isEmpty();
  }

  @Test
  void theRussiansResolveToARussianActor() {
    String text = "Russian forces shelled the town. The Russians said they hit militants.";
    assertThat(mention(text, "The Russians").actor().name()).isEqualTo("Russian military");
  }

  @Test
  void unknownOrganisationsAreProvisional() {
    String text = "Fighters from the Fajer al-Ommah faction clashed with the Liwa Suqour al-Jabal and the "
        + "Revolutionary Commando Brigade near the town.";
    List<ActorMention> provisional = recognize(text).stream().filter(m -> m.source() == Source.PROVISIONAL).toList();
    assertThat(provisional).extracting(m -> m.actor().name())
        .containsExactly("Fajer al-Ommah", "Liwa Suqour al-Jabal", "Revolutionary Commando Brigade");
    assertThat(provisional).extracting(m -> m.actor().kind()).containsOnly("rebel_group");
    assertThat(provisional).extracting(m -> m.actor().country()).containsOnlyNulls();
  }

  @Test
  void noProvisionalActorsFromHeadlinesOrSentenceStarts() {
    assertThat(recognize("Rebel Commanders Say Government Army Retreats From Hama Front Lines")
        .stream().filter(m -> m.source() == Source.PROVISIONAL)).isEmpty();
    assertThat(recognize("On Monday Army units moved.").stream().filter(m -> m.source() == Source.PROVISIONAL)).isEmpty();
  }

  @Test
  void ambiguousAliasFollowsTheDocumentsCountry() {
    assertThat(mention("The Iraqi army said the Red Crescent evacuated families.", "Red Crescent").actor().name())
        .isEqualTo("Iraqi Red Crescent");
    assertThat(mention("Syrian army units let the Red Crescent in.", "Red Crescent").actor().name())
        .isEqualTo("Syrian Arab Red Crescent");
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Intro line.\n\n“The SDF,” said Mazloum Abdi’s aide, “holds Raqqa.” UN envoy spoke.";
    List<ActorMention> m = recognize(text);
    assertThat(m).extracting(ActorMention::text).containsExactly("SDF", "Mazloum Abdi", "UN envoy");
    for (ActorMention x : m) {
      assertThat(text.substring(x.span().start(), x.span().end())).isEqualTo(x.text());
    }
  }

  @Test
  void deterministicAndEmptySafe() {
    String text = "Russian warplanes struck rebel positions, the Russian Defence Ministry said. The Ministry added more.";
    assertThat(recognize(text)).isEqualTo(recognize(text));
    assertThat(recognize("")).isEmpty();
    assertThat(RECOGNIZER.recognize("anything", List.of())).isEmpty();
  }
}
