package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.io.EventJsonl;
import org.sitrep.io.JsonLines;
import org.sitrep.model.EventRecord;

/** Hand-made gold and prediction files, written as JSONL the way the CLI reads them. */
class EventEvaluatorTest {
  // Reference points: Aleppo city, Tal Rifaat (~35 km north of it), Idlib (~55 km west of Aleppo).
  private static final String ALEPPO = "{\"name\": \"Aleppo\", \"lat\": 36.20124, \"lon\": 37.16117";
  private static final String TAL_RIFAAT = "{\"name\": \"Tal Rifaat\", \"lat\": 36.46974, \"lon\": 37.09754";
  private static final String IDLIB = "{\"name\": \"Idlib\", \"lat\": 35.93062, \"lon\": 36.63393";

  @TempDir Path dir;

  private static String event(String id, String type, String actor1, String place, String start,
      String end, String precision, Integer fatalities, String status, String extra) {
    // Gold extras go at the top level, except radius_km, which belongs inside location.
    boolean radius = extra != null && extra.startsWith("\"radius_km\"");
    String location = place == null ? "null" : place + ", \"country\": \"SY\", \"precision\": \"town\""
        + (radius ? ", " + extra : "") + "}";
    String date = "{\"start\": " + quoted(start) + ", \"end\": " + quoted(end) + ", \"precision\": \"" + precision + "\"}";
    return "{" + id + ", \"doc\": {\"id\": \"d1\", \"published\": \"2021-03-04\"}, \"type\": \"" + type
        + "\", \"subtype\": null, \"modality\": \"actual\", \"actor1\": " + actor1
        + ", \"actor2\": null, \"location\": " + location + ", \"date\": " + date
        + ", \"fatalities\": " + fatalities + ", \"attribution\": [], \"status\": \"" + status
        + "\", \"evidence\": [{\"doc\": \"d1\", \"start\": 0, \"end\": 4, \"text\": \"text\"}]"
        + (extra == null || radius ? "" : ", " + extra) + "}";
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private static String actor(String name, String... aliases) {
    StringBuilder a = new StringBuilder("{\"name\": \"" + name + "\", \"kind\": \"state_forces\", \"country\": \"SY\"");
    if (aliases.length > 0) {
      a.append(", \"aliases\": [");
      for (int i = 0; i < aliases.length; i++) {
        a.append(i == 0 ? "" : ", ").append('"').append(aliases[i]).append('"');
      }
      a.append(']');
    }
    return a.append('}').toString();
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private EvaluationReport evaluate(List<String> gold, List<String> predicted) throws IOException {
    JsonLines.Result<GoldEvent> g = GoldEventJsonl.read(write("gold.jsonl", gold.toArray(String[]::new)));
    JsonLines.Result<EventRecord> p = EventJsonl.read(write("pred.jsonl", predicted.toArray(String[]::new)));
    assertThat(g.problems()).isEmpty();
    assertThat(p.problems()).isEmpty();
    return new EventEvaluator().evaluate(g.values(), p.values());
  }

  private static String gold(String id, String type, String place, String start, String end, String precision, String extra) {
    return event("\"gold_id\": \"" + id + "\"", type, "null", place, start, end, precision, null, "reported", extra);
  }

  private static String pred(String id, String type, String place, String start, String end) {
    return event("\"id\": \"" + id + "\"", type, "null", place, start, end, "day", null, "reported", null);
  }

  @Test
  void typeAltIsAccepted() throws IOException {
    EvaluationReport r = evaluate(
        List.of(gold("G1", "Violence against civilians", ALEPPO, "2021-03-01", "2021-03-01", "day",
            "\"type_alt\": [\"Explosions/Remote violence\"]")),
        List.of(pred("p1", "Explosions/Remote violence", ALEPPO, "2021-03-01", "2021-03-01")));
    assertThat(r.matchedRequired()).isEqualTo(1);
    EvaluationReport wrongType = evaluate(
        List.of(gold("G1", "Violence against civilians", ALEPPO, "2021-03-01", "2021-03-01", "day", null)),
        List.of(pred("p1", "Battles", ALEPPO, "2021-03-01", "2021-03-01")));
    assertThat(wrongType.matches()).isEmpty();
    assertThat(wrongType.missed()).hasSize(1);
    assertThat(wrongType.spurious()).hasSize(1);
  }

  @Test
  void radiusDecidesWhetherAPlaceIsTheSame() throws IOException {
    // Tal Rifaat is ~30 km from Aleppo: inside the default 50 km, outside a 25 km radius.
    String near = pred("p1", "Battles", TAL_RIFAAT, "2021-03-01", "2021-03-01");
    assertThat(evaluate(List.of(gold("G1", "Battles", ALEPPO, "2021-03-01", "2021-03-01", "day", null)),
        List.of(near)).matchedRequired()).isEqualTo(1);
    assertThat(evaluate(List.of(gold("G1", "Battles", ALEPPO, "2021-03-01", "2021-03-01", "day",
        "\"radius_km\": 25")), List.of(near)).matchedRequired()).isZero();
    assertThat(evaluate(List.of(gold("G1", "Battles", ALEPPO, "2021-03-01", "2021-03-01", "day", null)),
        List.of(pred("p1", "Battles", IDLIB, "2021-03-01", "2021-03-01"))).matchedRequired()).isZero();
  }

  @Test
  void datesOverlapWithOneDaySlack() throws IOException {
    String g = gold("G1", "Battles", ALEPPO, "2021-03-01", "2021-03-03", "range", null);
    assertThat(evaluate(List.of(g), List.of(pred("p", "Battles", ALEPPO, "2021-03-04", "2021-03-04")))
        .matchedRequired()).isEqualTo(1);
    assertThat(evaluate(List.of(g), List.of(pred("p", "Battles", ALEPPO, "2021-02-28", "2021-02-28")))
        .matchedRequired()).isEqualTo(1);
    assertThat(evaluate(List.of(g), List.of(pred("p", "Battles", ALEPPO, "2021-03-05", "2021-03-06")))
        .matchedRequired()).isZero();
    assertThat(evaluate(List.of(g), List.of(pred("p", "Battles", ALEPPO, null, null))).matchedRequired()).isZero();
  }

  @Test
  void goldOfUnknownDateMatchesAnyDate() throws IOException {
    String g = gold("G1", "Battles", ALEPPO, null, null, "unknown", null);
    assertThat(evaluate(List.of(g), List.of(pred("p", "Battles", ALEPPO, "1999-01-01", "1999-01-01")))
        .matchedRequired()).isEqualTo(1);
  }

  @Test
  void optionalGoldIsNeverMissedAndItsMatchIsNotAFalsePositive() throws IOException {
    EvaluationReport r = evaluate(
        List.of(gold("G1", "Battles", ALEPPO, "2021-03-01", "2021-03-01", "day", null),
            gold("G2", "Protests", IDLIB, "2021-03-02", "2021-03-02", "day", "\"optional\": true"),
            gold("G3", "Riots", IDLIB, "2021-03-02", "2021-03-02", "day", "\"optional\": true")),
        List.of(pred("p1", "Protests", IDLIB, "2021-03-02", "2021-03-02"),
            pred("p2", "Diplomacy", IDLIB, "2021-03-02", "2021-03-02")));
    assertThat(r.requiredGold()).isEqualTo(1);
    assertThat(r.optionalGold()).isEqualTo(2);
    assertThat(r.matchedOptional()).isEqualTo(1);
    assertThat(r.missed()).extracting(GoldEvent::label).containsExactly("G1");
    assertThat(r.spurious()).extracting(EventRecord::id).containsExactly("p2");
    assertThat(r.precision()).isZero();
    assertThat(r.recall()).isZero();
  }

  @Test
  void oneToOneAssignmentPrefersRequiredGoldThenOptional() throws IOException {
    // p1 fits G1 (required) and G2 (optional); p2 fits only G1. Greedy in file order would pair
    // p1-G1 and leave p2 spurious; the exact assignment pairs p2-G1 and p1-G2.
    String shared = "\"type_alt\": [\"Riots\"]";
    EvaluationReport r = evaluate(
        List.of(gold("G1", "Battles", ALEPPO, "2021-03-01", "2021-03-01", "day", shared),
            gold("G2", "Battles", ALEPPO, "2021-03-01", "2021-03-01", "day", "\"optional\": true")),
        List.of(pred("p1", "Battles", ALEPPO, "2021-03-01", "2021-03-01"),
            pred("p2", "Riots", ALEPPO, "2021-03-01", "2021-03-01")));
    assertThat(r.matches()).extracting(m -> m.gold().label() + "=" + m.predicted().id())
        .containsExactlyInAnyOrder("G1=p2", "G2=p1");
    assertThat(r.spurious()).isEmpty();
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.recall()).isEqualTo(1.0);
    // Two predictions, one required gold: only one can match it, the other is spurious.
    EvaluationReport twice = evaluate(
        List.of(gold("G1", "Battles", ALEPPO, "2021-03-01", "2021-03-01", "day", null)),
        List.of(pred("p1", "Battles", ALEPPO, "2021-03-01", "2021-03-01"),
            pred("p2", "Battles", ALEPPO, "2021-03-01", "2021-03-01")));
    assertThat(twice.matches()).hasSize(1);
    assertThat(twice.spurious()).hasSize(1);
    assertThat(twice.precision()).isEqualTo(0.5);
    assertThat(twice.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
  }

  @Test
  void fieldAccuracyAcceptsAliasesCaseInsensitivelyAndNullForNull() throws IOException {
    String g = event("\"gold_id\": \"G1\"", "Battles",
        actor("Military Forces of Syria", "Syrian army", "regime forces"), ALEPPO,
        "2021-03-01", "2021-03-01", "day", 4, "claimed", null);
    String byAlias = event("\"id\": \"p1\"", "Battles", actor("SYRIAN ARMY"), TAL_RIFAAT,
        "2021-03-02", "2021-03-02", "day", 5, "claimed", null);
    EvaluationReport r = evaluate(List.of(g), List.of(byAlias));
    assertThat(r.matches()).hasSize(1);
    assertThat(r.matches().get(0).correctFields())
        .containsExactlyInAnyOrder(Field.ACTOR1, Field.ACTOR2, Field.STATUS);
    assertThat(r.fieldAccuracy().get(Field.FATALITIES)).isEqualTo(new FieldAccuracy(0, 1));
    assertThat(r.fieldAccuracy().get(Field.ACTOR1)).isEqualTo(new FieldAccuracy(1, 1));
    String exact = event("\"id\": \"p1\"", "Battles", "null", ALEPPO, "2021-03-01", "2021-03-01",
        "day", 4, "reported", null);
    assertThat(evaluate(List.of(g), List.of(exact)).matches().get(0).correctFields())
        .containsExactlyInAnyOrder(Field.ACTOR2, Field.FATALITIES, Field.DATE_START, Field.LOCATION);
  }

  @Test
  void eventsOfOtherDocumentsDoNotMatch() throws IOException {
    String g = gold("G1", "Battles", ALEPPO, "2021-03-01", "2021-03-01", "day", null);
    String other = pred("p1", "Battles", ALEPPO, "2021-03-01", "2021-03-01").replace("\"id\": \"d1\"", "\"id\": \"d2\"");
    assertThat(evaluate(List.of(g), List.of(other)).matches()).isEmpty();
  }
}
