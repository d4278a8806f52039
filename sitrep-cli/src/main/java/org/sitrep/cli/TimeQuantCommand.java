package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.quantity.CasualtyMention;
import org.sitrep.quantity.RuleCasualtyCounter;
import org.sitrep.text.CharSpan;
import org.sitrep.time.RuleTimeRecognizer;
import org.sitrep.time.TimeMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep timequant FILE --published DATE}: time expressions and casualty counts as JSONL. */
@Command(name = "timequant", mixinStandardHelpOptions = true,
    description = "Print the time expressions and casualty counts found in a text file, one JSON object per line.")
public final class TimeQuantCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 text file")
  Path file;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "publication date that relative dates resolve against; omitted: left unresolved")
  String published;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LocalDate date;
    try {
      date = published == null ? null : LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      spec.commandLine().getErr().println("sitrep timequant: --published: not an ISO date: " + published);
      return 2;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("sitrep timequant: " + file + ": no such file");
      return 2;
    }
    RuleTimeRecognizer times = RuleTimeRecognizer.load();
    RuleCasualtyCounter counts = RuleCasualtyCounter.load();
    ObjectMapper json = new ObjectMapper();
    PrintWriter out = spec.commandLine().getOut();
    for (Sentence s : new CoreNlpAnnotator().split(text, new CharSpan(0, text.length()))) {
      for (TimeMention m : times.recognize(text, s, date)) {
        ObjectNode o = json.createObjectNode().put("kind", "time").put("start", m.span().start())
            .put("end", m.span().end()).put("text", m.text())
            .put("from", m.start() == null ? null : m.start().toString())
            .put("to", m.end() == null ? null : m.end().toString())
            .put("precision", m.precision()).put("relation", m.relation().name());
        out.println(json.writeValueAsString(o));
      }
      for (CasualtyMention m : counts.count(text, s)) {
        ObjectNode o = json.createObjectNode().put("kind", "casualty").put("start", m.span().start())
            .put("end", m.span().end()).put("text", m.span().of(text))
            .put("category", m.category().name()).put("n", m.n())
            .put("victim", m.victim() == null ? null : m.victim().of(text)).put("approximate", m.approximate());
        out.println(json.writeValueAsString(o));
      }
    }
    out.flush();
    return 0;
  }
}
