package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DocRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

/** FA-KES and CASE-2021 scorers on tiny synthetic rows written by the test. */
class DevSetScorersTest {
  @TempDir Path dir;

  static EventRecord event(String id, EventType type, Location place, Integer fatalities, int offset) {
    return new EventRecord(id, new DocRef("d", null, null, null, null), type.type(), type.subtype(),
        "actual", null, null, place, EventDate.unknown(), fatalities, null, List.of(), "reported",
        List.of(new Evidence("d", offset, offset + 1, "x")));
  }

  private static Location place(String name, double lat, double lon, String admin1) {
    return new Location(name, lat, lon, null, "SY", admin1, "town");
  }

  @Test
  void fakesTakesTheDeadliestEventAndScoresGovernorateFatalitiesAndType() throws Exception {
    Path csv = Files.writeString(dir.resolve("fakes.csv"),
        "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,nb_children,nb_civilians,nb_noncivilians,nb_women\n"
        + "11,Market shelled,\"Shells hit the market in Douma, killing 7.\nMore later.\",Wire,3/5/17,damascus,rebels,shelling,1,5,2,1\n"
        + "12,Blast,\"A car bomb exploded.\",Wire,12/1/16,idlib,isis,explosion,0,3,0,0\n"
        + "12,Blast again,\"A car bomb exploded, said \"\"monitors\"\".\",Wire,12/1/16,idlib,isis,shooting,0,3,0,0\n"
        + "13,Bad row,text,Wire,31/31/17,homs,x,shelling,0,1,0,0\n");
    FakesCsv.Result read = FakesCsv.read(csv);
    assertThat(read.articles()).extracting(FakesArticle::key).containsExactly("11@2", "12@4", "12@5");
    assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(6));
    FakesArticle first = read.articles().get(0);
    assertThat(first.date()).isEqualTo(LocalDate.of(2017, 3, 5));
    assertThat(first.content()).contains("\nMore later.");
    assertThat(first.killed()).isEqualTo(7);

    Location douma = place("Douma", 33.57175, 36.4027, "Rif-dimashq");
    Location aleppo = place("Aleppo", 36.20124, 37.16117, null);
    Map<String, List<EventRecord>> events = Map.of(
        "11@2", List.of(event("a", EventType.ARMED_CLASH, aleppo, 2, 0), event("b", EventType.SHELLING, douma, 7, 50)),
        "12@4", List.of(event("c", EventType.ATTACK, aleppo, 3, 0)));
    FakesReport r = new FakesEvaluator(SyrianGovernorates.get()).evaluate(read.articles(), events);
    assertThat(r.outcomes().get(0).event().id()).isEqualTo("b");
    assertThat(r.withEvent()).isEqualTo(2);
    assertThat(r.governorate()).isEqualTo(new FieldAccuracy(1, 3));
    assertThat(r.fatalities()).isEqualTo(new FieldAccuracy(2, 3));
    // Row 5's cause (shooting) is not scored; row 4 predicted Violence against civilians for an explosion.
    assertThat(r.type()).isEqualTo(new FieldAccuracy(1, 2));
    assertThat(r.governorateConfusions()).containsEntry("idlib → aleppo", 1L).containsEntry("idlib → none", 1L);
  }

  @Test
  void caseScoresTheFirstEventByOffsetWithWeightedF1() throws Exception {
    Path tsv = Files.writeString(dir.resolve("case.tsv"),
        "id\tEventSnippet\tSubType\r\n"
        + "1\tJets bombed the town.\tAIR_STRIKE\r\n"
        + "2\t\"Police said \"\"calm\"\" returned.\"\tAIR_STRIKE\r\n"
        + "3\tProtesters marched.\tPEACE_PROTEST\r\n"
        + "4\tLeaders met.\tDIPLO\r\n"
        + "5\tNo event here.\tPEACE_PROTEST\r\n");
    CaseTsv.Result read = CaseTsv.read(tsv);
    assertThat(read.problems()).isEmpty();
    assertThat(read.snippets()).hasSize(5);
    assertThat(read.snippets().get(1).text()).isEqualTo("Police said \"calm\" returned.");
    Map<String, List<EventRecord>> events = Map.of(
        "1", List.of(event("late", EventType.ARMED_CLASH, null, null, 10), event("early", EventType.AIR_STRIKE, null, null, 0)),
        "2", List.of(event("x", EventType.PEACEFUL_PROTEST, null, null, 0)),
        "3", List.of(event("y", EventType.PEACEFUL_PROTEST, null, null, 0)),
        "4", List.of(event("z", EventType.TALKS, null, null, 0)));
    CaseReport r = new CaseEvaluator().evaluate(read.snippets(), events);
    assertThat(r.scored()).hasSize(4);
    assertThat(r.unscored()).isEqualTo(1);
    assertThat(r.unscoredWithEvent()).isEqualTo(1);
    assertThat(r.scored()).extracting(CaseEvaluator.Outcome::predicted)
        .containsExactly("AIR_STRIKE", "PEACE_PROTEST", "PEACE_PROTEST", CaseEvaluator.NO_EVENT);
    // AIR_STRIKE: P 1, R 1/2, F1 2/3; PEACE_PROTEST: P 1/2, R 1/2, F1 1/2; weighted (2·2/3 + 2·1/2) / 4.
    assertThat(r.weightedF1()).isCloseTo((2 * (2.0 / 3) + 2 * 0.5) / 4, within(1e-9));
    assertThat(r.accuracy()).isEqualTo(0.5);
    assertThat(r.confusions()).containsEntry("AIR_STRIKE → PEACE_PROTEST", 1L)
        .containsEntry("PEACE_PROTEST → NO_EVENT", 1L);
  }
}
