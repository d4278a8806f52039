package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.nlp.ClauseStructure;
import org.sitrep.nlp.Sentence;
import org.sitrep.testing.Parsed;

class TriggerAndRoleTest {
  private static final TriggerFinder FINDER = new TriggerFinder(TriggerLexicon.load(), ContextWords.load());
  private static final RoleLabeler ROLES = new RoleLabeler();

  private static List<Trigger> triggers(ClauseStructure tree) {
    return FINDER.find(tree, i -> false, i -> false);
  }

  @Test
  void findsVerbalAndNominalTriggersByLemma() {
    ClauseStructure tree = Parsed.tree("Warplanes carried out airstrikes on the market, killing nine people.");
    assertThat(triggers(tree)).extracting(Trigger::type)
        .contains(EventType.AIR_STRIKE, EventType.ATTACK);
  }

  @Test
  void multiWordTriggersWinOverTheirParts() {
    ClauseStructure tree = Parsed.tree("A roadside bomb hit a patrol on the highway.");
    assertThat(triggers(tree)).extracting(Trigger::type).containsExactly(EventType.REMOTE_EXPLOSIVE);
  }

  @Test
  void aidTriggersNeedAnAidContext() {
    assertThat(triggers(Parsed.tree("Militiamen prevented the convoy from entering the town.")))
        .extracting(Trigger::type).containsExactly(EventType.AID_BLOCKED);
    assertThat(triggers(Parsed.tree("Heavy rain prevented the match from starting."))).isEmpty();
  }

  @Test
  void takingGroundNeedsGroundAsObject() {
    assertThat(triggers(Parsed.tree("The rebels have taken three villages east of the city.")))
        .extracting(Trigger::type).containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
    assertThat(triggers(Parsed.tree("The minister has taken no steps to end the dispute."))).isEmpty();
  }

  @Test
  void activeVerbAgentIsTheSubjectNotTheFirstNoun() {
    Sentence s = Parsed.sentence("On Monday near the border, militants ambushed a police convoy.");
    ClauseStructure tree = new ClauseStructure(s);
    Trigger t = triggers(tree).get(0);
    RoleLabeler.Roles r = ROLES.label(tree, t.head(), i -> true);
    assertThat(s.tokens().get(r.agent()).text()).isEqualTo("militants");
    assertThat(s.tokens().get(r.patient()).text()).isEqualTo("convoy");
  }

  @Test
  void passiveVerbAgentIsTheByPhrase() {
    Sentence s = Parsed.sentence("Two farmers were killed by soldiers in the village.");
    ClauseStructure tree = new ClauseStructure(s);
    RoleLabeler.Roles r = ROLES.label(tree, Parsed.token(s, "killed"), i -> true);
    assertThat(s.tokens().get(r.agent()).text()).isEqualTo("soldiers");
    assertThat(s.tokens().get(r.patient()).text()).isEqualTo("farmers");
  }

  @Test
  void nominalTriggerTakesTheSubjectOfItsLightVerb() {
    Sentence s = Parsed.sentence("The army has continued its shelling of the northern districts.");
    ClauseStructure tree = new ClauseStructure(s);
    RoleLabeler.Roles r = ROLES.label(tree, Parsed.token(s, "shelling"), i -> true);
    assertThat(s.tokens().get(r.agent()).text()).isEqualTo("army");
  }

  @Test
  void nominalTriggerTargetIsTheOnPhrase() {
    Sentence s = Parsed.sentence("The attack on the aid convoy was condemned.");
    ClauseStructure tree = new ClauseStructure(s);
    RoleLabeler.Roles r = ROLES.label(tree, Parsed.token(s, "attack"), i -> true);
    assertThat(s.tokens().get(r.patient()).text()).isEqualTo("convoy");
    assertThat(r.agent()).isEqualTo(-1);
  }

  @Test
  void capitalsFromPositionDoNotHideTriggers() {
    // The tagger reads a capitalised first word or a headline's words as names.
    assertThat(triggers(Parsed.tree("Demonstrators gathered outside the ministry on Thursday.")))
        .extracting(Trigger::type).containsExactly(EventType.PEACEFUL_PROTEST);
    assertThat(triggers(Parsed.tree("Russian Airstrikes Kill Nine Fighters Near Border Town")))
        .extracting(Trigger::type).contains(EventType.AIR_STRIKE);
    // Mid-sentence, a capitalised word is still a name: "March" is a month, not a march.
    assertThat(triggers(Parsed.tree("The talks will resume in March, the envoy said."))).extracting(Trigger::type)
        .doesNotContain(EventType.PEACEFUL_PROTEST);
  }

  @Test
  void titleCaseNeedsMostLongWordsCapitalised() {
    assertThat(TriggerFinder.isTitleCase(Parsed.sentence("Gunmen Storm Police Station In Northern Town").tokens())).isTrue();
    assertThat(TriggerFinder.isTitleCase(Parsed.sentence("Gunmen stormed a police station in the north.").tokens())).isFalse();
  }

  @Test
  void newLexiconEntriesNameTheirActs() {
    assertThat(triggers(Parsed.tree("Rebels fired shells filled with poisonous gas at the village.")))
        .extracting(Trigger::type).contains(EventType.CHEMICAL_WEAPON);
    assertThat(triggers(Parsed.tree("Police found a large cache of rifles in the farmhouse.")))
        .extracting(Trigger::type).contains(EventType.DISRUPTED_WEAPONS_USE);
    assertThat(triggers(Parsed.tree("Hundreds of teachers marched to the ministry to demand higher pay.")))
        .extracting(Trigger::type).containsExactly(EventType.PEACEFUL_PROTEST);
    assertThat(triggers(Parsed.tree("The aerial bombardment of the town lasted all night.")))
        .extracting(Trigger::type).containsExactly(EventType.AIR_STRIKE);
  }

  @Test
  void aMonthNameDoesNotSendASentenceToTheParser() {
    TriggerLexicon lexicon = TriggerLexicon.load();
    TriggerLexicon.SentenceCues none = new TriggerLexicon.SentenceCues(false, false, false, false);
    assertThat(lexicon.mayOccurIn(Parsed.sentence("The envoy will arrive in March."), none)).isFalse();
    assertThat(lexicon.mayOccurIn(Parsed.sentence("Hundreds of teachers marched to the ministry."), none)).isTrue();
    assertThat(lexicon.mayOccurIn(Parsed.sentence("Police found an IED near the bridge."), none)).isTrue();
    assertThat(lexicon.mayOccurIn(Parsed.sentence("Teachers March On Ministry Over Unpaid Wages"), none)).isTrue();
  }

  @Test
  void aHyphenatedNounIsReadByItsLastPart() {
    assertThat(triggers(Parsed.tree("Rebels launched a counter-attack on army positions at dawn.")))
        .extracting(Trigger::type).containsExactly(EventType.ARMED_CLASH);
    assertThat(triggers(Parsed.tree("Students staged a protest-march to the ministry.")))
        .extracting(Trigger::type).containsExactly(EventType.PEACEFUL_PROTEST);
  }

  @Test
  void aPhrasalVerbMayHaveItsParticleAfterTheObject() {
    assertThat(triggers(Parsed.tree("Militiamen drove the rebels out of the town on Friday.")))
        .extracting(Trigger::type).containsExactly(EventType.NON_STATE_OVERTAKES_TERRITORY);
    assertThat(triggers(Parsed.tree("The gunmen took five farmers from the village.")))
        .extracting(Trigger::type).doesNotContain(EventType.NON_STATE_OVERTAKES_TERRITORY);
  }

  @Test
  void riotPoliceAreNotARiot() {
    assertThat(triggers(Parsed.tree("Riot police guarded the parliament building on Monday."))).isEmpty();
  }
}
