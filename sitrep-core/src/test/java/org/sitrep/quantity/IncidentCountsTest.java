package org.sitrep.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;

/** Team-written wire-style reports: period and war tolls are no incident's figures. */
class IncidentCountsTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  private static final PeriodTolls TOLLS = PeriodTolls.load();
  private static final RuleCasualtyCounter COUNTER = RuleCasualtyCounter.load();
  private static final IncidentCounts INCIDENTS = new IncidentCounts(TOLLS);

  /** The killed, wounded … per sentence left after the rule, as "CATEGORY n" lists in sentence order. */
  private static List<List<String>> counts(String text) {
    List<Sentence> sentences = ANNOTATOR.split(text, new CharSpan(0, text.length()));
    Map<Integer, List<CasualtyMention>> counted = new HashMap<>();
    sentences.forEach(s -> counted.put(s.index(), COUNTER.count(text, s)));
    Map<Integer, List<CasualtyMention>> kept = INCIDENTS.incidentsOnly(sentences, counted);
    return sentences.stream()
        .map(s -> kept.get(s.index()).stream().map(m -> m.category() + " " + m.n()).toList())
        .toList();
  }

  private static boolean periodToll(String sentence) {
    return TOLLS.isPeriodToll(ANNOTATOR.split(sentence, new CharSpan(0, sentence.length())).get(0));
  }

  @Test
  void aPeriodTollBesideTheDaysIncidentIsNotItsFigure() {
    assertThat(counts("Shelling killed nine people in the market of Kafr Nabl on Tuesday, medics said. "
        + "Since Saturday bombardment of the province has killed 38 civilians and wounded 120."))
        .containsExactly(List.of("KILLED 9"), List.of());
  }

  @Test
  void aReportWhoseOnlyFigureIsAPeriodTollKeepsIt() {
    assertThat(counts("Air strikes on the province over the past four days have killed 64 civilians, "
        + "activists said. Schools and clinics were closed."))
        .containsExactly(List.of("KILLED 64"), List.of());
  }

  @Test
  void cuesOfAPeriodOrAWholeWar() {
    assertThat(periodToll("Fighting in the last three weeks has killed more than 200 fighters.")).isTrue();
    assertThat(periodToll("In this month alone 300 patients were wounded and 25 have died.")).isTrue();
    assertThat(periodToll("The seven-year conflict has killed more than 350,000 people.")).isTrue();
    assertThat(periodToll("The war that began in 2011 has killed hundreds of thousands.")).isTrue();
    assertThat(periodToll("More than 10,000 people have died since the outbreak of the uprising.")).isTrue();
  }

  @Test
  void anIncidentSentenceIsNoPeriodToll() {
    assertThat(periodToll("A car bomb killed 14 people at a checkpoint on Sunday, a war monitor said.")).isFalse();
    assertThat(periodToll("Helicopter fire killed 12 people in a camp for families fleeing the civil war.")).isFalse();
  }

  @Test
  void theFiguresOfAnEarlierIncidentTheStoryRecallsAreNotItsOwn() {
    assertThat(counts("The blast, which killed six soldiers, came two days after a car bomb killed 30 "
        + "people in the same district."))
        .containsExactly(List.of("KILLED 6"));
  }

  @Test
  void aStoryThatComesInAWeekOfOtherAttacksDoesNotOwnTheirFigures() {
    assertThat(counts("A car bomb killed 11 people at a bus station in Tolbec on Friday, police said. "
        + "The bombing comes in a particularly bloody week which also saw 40 civilians killed in the "
        + "port city on Wednesday."))
        .containsExactly(List.of("KILLED 11"), List.of());
  }

  @Test
  void aTollInThePerfectAfterACampaignsDaysIsTheCampaigns() {
    assertThat(counts("Shelling killed six people in a market in Tolbec on Monday, medics said. "
        + "The monitor said heavy bombardment of Marsa continued for the twentieth consecutive day. "
        + "At least 310 civilians have been killed and 900 wounded in the bombing, it said."))
        .containsExactly(List.of("KILLED 6"), List.of(), List.of());
  }

  @Test
  void theFigureAfterADayOfACampaignThatToldItsDeathsIsThatDays() {
    assertThat(counts("Government forces kept up their bombardment of Marsa, killing more civilians on the "
        + "fourth consecutive day. Air strikes on the town's market have killed nine civilians and "
        + "wounded 30. Separately a roadside bomb killed two soldiers near Tolbec."))
        .containsExactly(List.of(), List.of("KILLED 9", "WOUNDED 30"), List.of("KILLED 2"));
  }

  @Test
  void aTollSinceACampaignBeganIsAPeriods() {
    assertThat(periodToll("Monitors have counted some 900 people killed since the strikes began.")).isTrue();
    assertThat(periodToll("At least 60 fighters have died since the offensive started.")).isTrue();
  }

  @Test
  void aCountWhoseVerbIsPutInThePastIsAnEarlierIncidents() {
    assertThat(counts("A roadside bomb killed four soldiers near Tolbec on Sunday. The province is held by "
        + "troops who recently killed 90 militants there."))
        .containsExactly(List.of("KILLED 4"), List.of());
  }

  @Test
  void daysOfStrikesAndAnIncidentDaysBeforeAreNotTheDaysFigure() {
    assertThat(periodToll("Five days of shelling had left more than 60 civilians dead, the monitor said.")).isTrue();
    assertThat(counts("Three guards were killed at a clinic near Tolbec on Monday, just days after a "
        + "strike killed 20 aid workers in the same district."))
        .containsExactly(List.of("KILLED 3"));
  }

  @Test
  void aGroupsRecordIsNoIncidentsFigure() {
    assertThat(periodToll("The group has killed hundreds of tribesmen who opposed it.")).isTrue();
  }
}
