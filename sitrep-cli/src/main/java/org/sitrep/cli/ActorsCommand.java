package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.actor.ActorMention;
import org.sitrep.actor.ActorRecognitionBenchmark;
import org.sitrep.actor.LexiconActorRecognizer;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep actors FILE...}: the actor mentions of plain-text reports, one per line
 * (file, start, end, source, text, canonical name, kind, country), or with {@code --bench N} the
 * recognition speed. An unreadable file is reported on one line and skipped; exit 1 if any was.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "List the actors named in plain-text reports (or measure recognition speed).")
final class ActorsCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 plain-text reports")
  List<Path> files;

  @Option(names = "--bench", paramLabel = "ROUNDS", description = "time ROUNDS recognitions of each file instead")
  Integer benchRounds;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CoreNlpAnnotator splitter = new CoreNlpAnnotator();
    LexiconActorRecognizer recognizer = null; // built on first use, so --bench times the loading
    int failed = 0;
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        err.println("sitrep actors: " + file + ": cannot read: " + e.getMessage());
        failed++;
        continue;
      }
      List<Sentence> sentences = splitter.split(text, new CharSpan(0, text.length()));
      if (benchRounds != null) {
        out.println(file + ": " + ActorRecognitionBenchmark.measure(text, sentences, benchRounds));
        continue;
      }
      if (recognizer == null) {
        recognizer = new LexiconActorRecognizer();
      }
      for (ActorMention m : recognizer.recognize(text, sentences)) {
        out.println(String.join("\t", file.toString(), Integer.toString(m.span().start()),
            Integer.toString(m.span().end()), m.source().name(), oneLine(m.text()), m.actor().name(),
            m.actor().kind(), m.actor().country() == null ? "" : m.actor().country()));
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
