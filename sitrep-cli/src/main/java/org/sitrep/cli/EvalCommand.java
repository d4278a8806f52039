package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.sitrep.eval.EvaluationReport;
import org.sitrep.eval.EventEvaluator;
import org.sitrep.eval.Field;
import org.sitrep.eval.FieldAccuracy;
import org.sitrep.eval.GoldEvent;
import org.sitrep.eval.GoldEventJsonl;
import org.sitrep.eval.MatchedPair;
import org.sitrep.io.EventJsonl;
import org.sitrep.io.InputProblem;
import org.sitrep.io.JsonLines;
import org.sitrep.io.SitrepJson;
import org.sitrep.model.EventRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval GOLD PRED}: event precision/recall/F1 and field accuracies (SCHEMA.md). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score predicted events (JSONL) against gold events by SCHEMA.md's matching rules.",
    footer = {"",
        "Exit status: 0 scored; 1 a line of GOLD or PRED was unreadable (named on stderr; scores",
        "are printed over the rest) or GOLD is unreadable; 2 bad usage."})
public final class EvalCommand implements Callable<Integer> {
  /** How the scores are printed. */
  public enum Format { TEXT, JSON }

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD", description = "Gold events JSONL (gold/*.events.jsonl).")
  private Path goldFile;

  @Parameters(index = "1", paramLabel = "PRED", description = "Predicted events JSONL (sitrep extract).")
  private Path predictedFile;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json.")
  private Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonLines.Result<GoldEvent> gold = GoldEventJsonl.read(goldFile);
    JsonLines.Result<EventRecord> predicted = EventJsonl.read(predictedFile);
    List<InputProblem> problems = new ArrayList<>(gold.problems());
    problems.addAll(predicted.problems());
    problems.forEach(p -> err.println("sitrep eval: " + p.describe()));
    err.flush();
    if (gold.items().isEmpty()) {
      err.println("sitrep eval: no gold events to score against");
      return 1;
    }
    warnOnRepeatedIds(predicted.values(), err);
    EvaluationReport report = new EventEvaluator().evaluate(gold.values(), predicted.values());
    if (format == Format.JSON) {
      printJson(report, out);
    } else {
      printText(report, out);
    }
    out.flush();
    return problems.isEmpty() ? 0 : 1;
  }

  /** Pairs are by event, not by id; repeated ids make the listing ambiguous, so say so. */
  private static void warnOnRepeatedIds(List<EventRecord> predicted, PrintWriter err) {
    Map<String, Long> counts = predicted.stream().filter(p -> p.id() != null)
        .collect(Collectors.groupingBy(EventRecord::id, TreeMap::new, Collectors.counting()));
    counts.forEach((id, n) -> {
      if (n > 1) {
        err.println("sitrep eval: warning: " + n + " predictions share the id " + id);
      }
    });
  }

  static void printText(EvaluationReport r, PrintWriter out) {
    out.printf(Locale.ROOT, "events: gold %d (+%d optional), predicted %d, matched %d (+%d optional),"
        + " missed %d, spurious %d%n", r.requiredGold(), r.optionalGold(), r.predictions(),
        r.matchedRequired(), r.matchedOptional(), r.missed().size(), r.spurious().size());
    out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
    out.printf(Locale.ROOT, "field accuracy on %d matched pairs:%n", r.matches().size());
    for (Map.Entry<Field, FieldAccuracy> e : r.fieldAccuracy().entrySet()) {
      out.printf(Locale.ROOT, "  %-11s %.3f  (%d/%d)%n", e.getKey().wire(), e.getValue().value(),
          e.getValue().correct(), e.getValue().total());
    }
    out.printf(Locale.ROOT, "matched pairs (%d):%n", r.matches().size());
    for (MatchedPair m : r.matches()) {
      List<String> wrong = wrongFields(m);
      out.println("  " + m.gold().label() + " = " + m.predicted().id()
          + (wrong.isEmpty() ? "" : "  wrong: " + String.join(", ", wrong)));
    }
    out.printf(Locale.ROOT, "missed gold events (%d):%n", r.missed().size());
    r.missed().forEach(g -> out.println("  " + EventLines.describe(g.label(), g.event())));
    out.printf(Locale.ROOT, "spurious predictions (%d):%n", r.spurious().size());
    r.spurious().forEach(p -> out.println("  " + EventLines.describe(String.valueOf(p.id()), p)));
  }

  private static List<String> wrongFields(MatchedPair m) {
    List<String> wrong = new ArrayList<>();
    for (Field f : Field.values()) {
      if (!m.correctFields().contains(f)) {
        wrong.add(f.wire());
      }
    }
    return wrong;
  }

  static void printJson(EvaluationReport r, PrintWriter out) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("gold", r.requiredGold());
    json.put("gold_optional", r.optionalGold());
    json.put("predicted", r.predictions());
    json.put("matched", r.matchedRequired());
    json.put("matched_optional", r.matchedOptional());
    json.put("precision", r.precision());
    json.put("recall", r.recall());
    json.put("f1", r.f1());
    Map<String, Object> fields = new LinkedHashMap<>();
    r.fieldAccuracy().forEach((f, a) -> {
      Map<String, Object> accuracy = new LinkedHashMap<>();
      accuracy.put("accuracy", a.value());
      accuracy.put("correct", a.correct());
      accuracy.put("total", a.total());
      fields.put(f.wire(), accuracy);
    });
    json.put("field_accuracy", fields);
    json.put("matches", r.matches().stream().map(m -> {
      Map<String, Object> pair = new LinkedHashMap<>();
      pair.put("gold_id", m.gold().label());
      pair.put("predicted_id", m.predicted().id());
      pair.put("wrong_fields", wrongFields(m));
      return pair;
    }).toList());
    json.put("missed", r.missed().stream().map(g -> summary(g.label(), g.event())).toList());
    json.put("spurious", r.spurious().stream().map(p -> summary(p.id(), p)).toList());
    try {
      out.println(SitrepJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> summary(String id, EventRecord e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", e.type());
    m.put("subtype", e.subtype());
    m.put("place", e.location() == null ? null : e.location().name());
    m.put("date", e.date());
    m.put("evidence", EventLines.snippet(e.evidence()));
    return m;
  }
}
