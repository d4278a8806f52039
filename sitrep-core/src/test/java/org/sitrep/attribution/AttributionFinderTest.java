package org.sitrep.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.ClauseStructure;
import org.sitrep.nlp.Sentence;
import org.sitrep.testing.Parsed;

class AttributionFinderTest {
  private static final AttributionFinder FINDER = new AttributionFinder(ReportingVerbLexicon.load());

  private static List<ReportClause> reports(ClauseStructure tree) {
    return FINDER.find(tree, i -> null);
  }

  @Test
  void theSubjectOfSaidIsTheSpeakerAndCoversTheReportedClause() {
    Sentence s = Parsed.sentence("The army said it had killed 20 militants near the dam.");
    ClauseStructure tree = new ClauseStructure(s);
    List<ReportClause> r = reports(tree);
    assertThat(r).singleElement().satisfies(rc -> {
      assertThat(rc.speakerText()).isEqualTo("army");
      assertThat(rc.kind()).isEqualTo(ReportingVerbLexicon.Kind.SAY);
    });
    assertThat(AttributionFinder.covering(tree, r, Parsed.token(s, "killed"))).isEqualTo(r.get(0));
  }

  @Test
  void aTrailingSaidCoversTheMainClause() {
    Sentence s = Parsed.sentence("Rebels shelled the airport overnight, a monitoring group said.");
    ClauseStructure tree = new ClauseStructure(s);
    List<ReportClause> r = reports(tree);
    assertThat(r).singleElement().extracting(ReportClause::speakerText).isEqualTo("monitoring group");
    assertThat(AttributionFinder.covering(tree, r, Parsed.token(s, "shelled"))).isNotNull();
  }

  @Test
  void accordingToCoversTheWholeSentence() {
    Sentence s = Parsed.sentence("Five civilians died in the raid, according to local medics.");
    ClauseStructure tree = new ClauseStructure(s);
    List<ReportClause> r = reports(tree);
    assertThat(r).singleElement().satisfies(rc -> {
      assertThat(rc.wholeSentence()).isTrue();
      assertThat(rc.speakerText()).isEqualTo("local medics");
    });
    assertThat(AttributionFinder.covering(tree, r, Parsed.token(s, "died"))).isEqualTo(r.get(0));
  }

  @Test
  void denialsAndClaimsKeepTheirKind() {
    assertThat(reports(Parsed.tree("The militia denied that it had attacked the camp.")))
        .extracting(ReportClause::kind).containsExactly(ReportingVerbLexicon.Kind.DENY);
    assertThat(reports(Parsed.tree("The ministry claimed the group was responsible.")))
        .extracting(ReportClause::kind).containsExactly(ReportingVerbLexicon.Kind.CLAIM);
  }

  @Test
  void saidInASubordinateClauseTakesTheGoverningSubject() {
    Sentence s = Parsed.sentence("The ministry named the dead commanders, saying they were hit in strikes.");
    List<ReportClause> r = reports(new ClauseStructure(s));
    assertThat(r).extracting(ReportClause::speakerText).contains("ministry");
  }

  @Test
  void aClosingSpeakerHungOnTheVictimsAsAnAppositionStillSpeaks() {
    Sentence s = Parsed.sentence("Government troops shelled a village on Friday, killing seven people, a local "
        + "rebel group said.");
    ClauseStructure tree = new ClauseStructure(s);
    List<ReportClause> r = reports(tree);
    assertThat(r).singleElement().satisfies(rc -> {
      assertThat(rc.speakerText()).isEqualTo("local rebel group");
      assertThat(rc.wholeSentence()).isTrue();
    });
    Sentence longer = Parsed.sentence("Militia fighters shelled the suburbs overnight, killing two children, the "
        + "health ministry of the interim government said.");
    assertThat(reports(new ClauseStructure(longer))).singleElement()
        .extracting(ReportClause::speakerText).asString().startsWith("health ministry");
  }

  @Test
  void aTrailingSaidMayCarryItsOwnTimeOrManner() {
    Sentence s = Parsed.sentence("Police arrested 17 journalists in the capital, a rights group said on Tuesday.");
    ClauseStructure tree = new ClauseStructure(s);
    List<ReportClause> r = reports(tree);
    assertThat(r).singleElement().satisfies(rc -> assertThat(rc.speakerText()).isEqualTo("rights group"));
    assertThat(AttributionFinder.covering(tree, r, Parsed.token(s, "arrested"))).isNotNull();
  }

  @Test
  void aSpeakerParsedAsTheVictimsAppositionSpeaks() {
    Sentence s = Parsed.sentence("Missiles struck fuel depots at the port overnight, injuring two workers, the "
        + "regional administration said.");
    assertThat(reports(new ClauseStructure(s))).singleElement()
        .extracting(ReportClause::speakerText).isEqualTo("regional administration");
  }

  @Test
  void aPassiveReportingVerbSpeaksThroughItsByPhrase() {
    List<ReportClause> r = reports(Parsed.tree("The ambush near the border was claimed by a local militia."));
    assertThat(r).singleElement().satisfies(rc -> {
      assertThat(rc.kind()).isEqualTo(ReportingVerbLexicon.Kind.CLAIM);
      assertThat(rc.speakerText()).isEqualTo("local militia");
    });
  }
}
