package org.sitrep.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.quantity.CasualtyMention.Category;
import org.sitrep.text.CharSpan;

/** Team-written wire-style sentences. */
class RuleCasualtyCounterTest {
  static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  static final RuleCasualtyCounter COUNTER = RuleCasualtyCounter.load();

  /** A mention as "CATEGORY n victim~" (victim "-" when none, "~" when approximate). */
  static List<String> count(String text) {
    Sentence s = ANNOTATOR.split(text, new CharSpan(0, text.length())).get(0);
    return COUNTER.count(text, s).stream().map(m -> {
      assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
      return m.category() + " " + m.n() + " " + (m.victim() == null ? "-" : m.victim().of(text))
          + (m.approximate() ? " ~" : "");
    }).toList();
  }

  static void expect(String text, String... mentions) {
    assertThat(count(text)).as(text).containsExactly(mentions);
  }

  @Test
  void activeVerbWithCoordinatedBareCount() {
    expect("The SDF said it has killed 312 Islamic State fighters and captured seven.",
        "KILLED 312 Islamic State fighters", "CAPTURED 7 Islamic State fighters");
  }

  @Test
  void aCountBeforeTheGroupItsVictimsBelongTo() {
    expect("In Tolbec 14 commanders of the Free Marsa Brigade were killed in a blast at their base.",
        "KILLED 14 commanders");
    expect("Two of the guards were wounded by sniper fire.", "WOUNDED 2 -");
    expect("Some 40 civilians in the province have been killed in the raids, the report said.",
        "KILLED 40 civilians ~");
  }

  @Test
  void anAsideOnWhoTheVictimsWereDoesNotHideTheirCount() {
    expect("At least 16 civilians, mostly women and children, were killed in the raid.",
        "KILLED 16 civilians ~");
    expect("Nine people, among them two medics, were wounded when the shell hit.", "WOUNDED 9 people");
    expect("Eleven villagers mostly farmers were killed by the mine.", "KILLED 11 villagers");
  }

  @Test
  void aReportedSubjectOfAPassiveIsNoObject() {
    expect("State media claimed 30 gunmen were killed in the fighting.", "KILLED 30 gunmen");
    expect("State media claimed 30 gunmen were killed and wounded in the fighting.");
  }

  @Test
  void beheadingsOfACountAreKillings() {
    expect("The video showed the beheadings of at least 12 soldiers.", "KILLED 12 soldiers ~");
  }

  @Test
  void lossesOfAParty() {
    expect("The SDF put their losses at 15 killed and 21 wounded.", "KILLED 15 their", "WOUNDED 21 their");
  }

  @Test
  void passiveSubjectCount() {
    expect("Local officials said 30 people were killed and at least 28 are missing.", "KILLED 30 people");
    expect("Medics said 12 civilians were killed in the strike.", "KILLED 12 civilians");
    expect("At least 28 people were wounded.", "WOUNDED 28 people ~");
  }

  @Test
  void singularSubject() {
    expect("A Syrian Arab Red Crescent worker has been seriously wounded in Deir ez-Zor.",
        "WOUNDED 1 A Syrian Arab Red Crescent worker");
  }

  @Test
  void deathsOfAList() {
    expect("The coalition claimed the deaths of two more Islamic State field commanders.",
        "KILLED 2 Islamic State field commanders");
    expect("It confirmed the deaths of the two commanders and 180 other fighters.", "KILLED 182 commanders");
  }

  @Test
  void killingAndWounding() {
    expect("A car bomb exploded at a checkpoint, killing at least 12 civilians.", "KILLED 12 civilians ~");
    expect("Shelling hit the market, wounding 30.", "WOUNDED 30 -");
    expect("Mortar fire hit the school, injuring 30 children.", "WOUNDED 30 children");
    expect("Two rockets struck the camp, killing a nurse.", "KILLED 1 a nurse");
  }

  @Test
  void deadAndDied() {
    expect("The blast left five dead.", "KILLED 5 -");
    expect("Five people died when the bridge collapsed under shelling.", "KILLED 5 people");
    expect("Eleven people have died since the siege began.", "KILLED 11 people");
  }

  @Test
  void tollsAndBodies() {
    expect("The death toll rose to 112 on Friday.", "KILLED 112 -");
    expect("The death toll from the June 5 attack has risen to 40.", "KILLED 40 -");
    expect("Rescuers recovered the bodies of 20 people from the rubble.", "KILLED 20 people");
    expect("Rescuers found 20 bodies in the rubble.", "KILLED 20 -");
  }

  @Test
  void vagueCounts() {
    expect("Dozens were injured in the blast.", "WOUNDED 12 - ~");
    expect("Hundreds of civilians were killed in the offensive.", "KILLED 100 civilians ~");
    expect("Several fighters were captured.", "CAPTURED 3 fighters ~");
    expect("The raid killed more than 20 militants.", "KILLED 20 militants ~");
    expect("Between 10 and 15 people were killed.", "KILLED 10 people ~");
    expect("The strike killed two or three fighters.", "KILLED 2 fighters ~");
  }

  @Test
  void captured() {
    expect("Gunmen abducted 14 students from a boarding school.", "CAPTURED 14 students");
    expect("Militants kidnapped 14 students on the road.", "CAPTURED 14 students");
    expect("Police arrested 15 protesters outside the ministry.", "CAPTURED 15 protesters");
    expect("Six aid workers were kidnapped near the border.", "CAPTURED 6 aid workers");
  }

  @Test
  void affected() {
    expect("The convoy carried food for 11,000 people in the town.", "AFFECTED 11000 people");
    expect("The UN said 600,000 affected civilians need help.", "AFFECTED 600000 civilians");
    expect("The fighting displaced 5,000 families.", "AFFECTED 5000 families");
    expect("About 2,000 residents were displaced.", "AFFECTED 2000 residents ~");
  }

  @Test
  void coordinatedPassiveSubjects() {
    expect("Three soldiers and two civilians were killed.", "KILLED 3 soldiers", "KILLED 2 civilians");
    expect("Twelve civilians were killed, 30 wounded.", "KILLED 12 civilians", "WOUNDED 30 civilians");
  }

  @Test
  void nonCasualtyNumbersAreIgnored() {
    expect("A 37-truck convoy reached the town.");
    expect("The group captured four districts and 24 villages.");
    expect("No one was killed in the past 24 hours.");
    expect("The talks follow six previous rounds that were held in Geneva.");
    expect("The rebels captured four areas in 2016.");
    expect("Five soldiers were killed 2 km from the town.", "KILLED 5 soldiers");
    expect("No civilians were killed.");
    expect("Two people were not hurt.");
    expect("Since 2011, more than 400,000 people have been killed in the war.", "KILLED 400000 people ~");
    expect("Neither side said how many were killed.");
    expect("The government said it had captured 60 square kilometres of territory.");
    expect("The militia captured 1,200 km of road and 3 towns.");
  }

  @Test
  void moreWireForms() {
    expect("Militants shot dead three civilians at a checkpoint.", "KILLED 3 civilians");
    expect("Two Turkish soldiers were among those killed in the attack.", "KILLED 2 Turkish soldiers");
    expect("In 2014, the militants executed 700 members of the tribe.", "KILLED 700 members of the tribe");
    expect("The death toll from Tuesday's twin bombings in the capital climbed to 54.", "KILLED 54 -");
    expect("Officials said the clashes left 18 dead and 40 injured.", "KILLED 18 -", "WOUNDED 40 -");
    expect("The plane crash killed all 150 passengers.", "KILLED 150 passengers");
    expect("The bombing killed 23 people and injured more than 100 others.", "KILLED 23 people",
        "WOUNDED 100 others ~");
  }

  @Test
  void onePersonNamedBySingularNoun() {
    expect("The coalition said it may have killed ISIS leader Abu Bakr al-Baghdadi in a May 28 airstrike.",
        "KILLED 1 ISIS leader Abu Bakr al-Baghdadi");
    expect("The brigade commander was killed in the ambush.", "KILLED 1 brigade commander");
    expect("The explosion killed the driver and two passengers.", "KILLED 1 the driver", "KILLED 2 passengers");
    expect("It confirmed the death of the commander.", "KILLED 1 commander");
    expect("The army said it had killed the commander of the brigade.", "KILLED 1 the commander of the brigade");
    expect("The army killed civilian hopes of a truce.");
    expect("Commanders were killed.");
  }

  @Test
  void phrasesAndTolls() {
    expect("Nine soldiers lost their lives in the ambush.", "KILLED 9 soldiers");
    expect("Fighters overran 3 military positions and took 11 soldiers captive.", "CAPTURED 11 soldiers");
    expect("The gunmen are holding 20 hostages.", "CAPTURED 20 hostages");
    expect("Twenty soldiers were taken prisoner.", "CAPTURED 20 soldiers");
    expect("The number of people killed in the violence has risen to 75, the Red Cross said.", "KILLED 75 -");
    expect("The militants beheaded four Christians.", "KILLED 4 Christians");
  }

  @Test
  void emptySentenceGivesNothing() {
    expect("Talks resumed.");
  }

  @Test
  void headlineFiguresWithoutPunctuation() {
    // A figure right before a passive casualty word is that word's, not the previous verb's object.
    expect("Three people killed five injured in rocket attack on market", "KILLED 3 people", "WOUNDED 5 people");
    expect("Seven dead 20 wounded in blast at bus station", "KILLED 7 -", "WOUNDED 20 -");
    // A dated headline: the count is the number next to the noun, not the day of the month.
    expect("12 March 2019 14 villagers killed in raid on Gao market", "KILLED 14 villagers");
    expect("2 May 2019 11 villagers killed 40 others injured in raid on Gao market",
        "KILLED 11 villagers", "WOUNDED 40 others");
    expect("Friday 3 May 2019 Villagers Killed in Raid on Gao Market");
    // A second verb with its own count: both verbs are active.
    expect("The blast killed 7 people wounded 12 others", "KILLED 7 people", "WOUNDED 12 others");
  }

  @Test
  void killedAndWoundedTogetherAreNoDeathToll() {
    expect("State media said 49 fighters were killed and wounded in the clashes.");
    expect("Rockets claimed 9 civilians in the old city.", "KILLED 9 civilians");
  }

  @Test
  void asWellAsJoinsCountedObjects() {
    expect("The army killed a rebel commander as well as five of his guards.",
        "KILLED 1 a rebel commander", "KILLED 5 his guards");
  }

  @Test
  void aWholeBeforeItsPartIsTheCount() {
    expect("Thirty civilians including nine children were killed in the raid.", "KILLED 30 civilians");
    expect("Over 100 militants including field commanders were killed by the army.", "KILLED 100 militants ~");
    expect("Ten civilians some of them children killed in air strike on Raqqa", "KILLED 10 civilians");
  }

  @Test
  void twoSingularVictimsWithOneArticle() {
    expect("A woman and child were killed when a mortar round hit their home.", "KILLED 2 A woman and child");
  }
}
