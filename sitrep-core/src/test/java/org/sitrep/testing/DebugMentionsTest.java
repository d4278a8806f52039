package org.sitrep.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.LexiconActorRecognizer;
import org.sitrep.geo.DefaultGeoparser;
import org.sitrep.nlp.Sentence;
import org.sitrep.quantity.RuleCasualtyCounter;
import org.sitrep.segment.RoundupSegmenter;
import org.sitrep.text.CharSpan;
import org.sitrep.text.Document;
import org.sitrep.time.RuleTimeRecognizer;

/** Developer aid: prints what each stage finds; runs only when -Ddbg.file is given. */
class DebugMentionsTest {
  @Test
  void print() throws Exception {
    String file = System.getProperty("dbg.file");
    if (file == null) return;
    String text = Files.readString(Path.of(file).toAbsolutePath());
    LocalDate pub = LocalDate.parse(System.getProperty("dbg.published", "2017-06-18"));
    Document doc = Document.of("d", pub, text);
    List<Sentence> all = new ArrayList<>();
    for (var seg : RoundupSegmenter.createDefault().segment(doc))
      for (CharSpan p : seg.paragraphs()) all.addAll(Parsed.annotator().split(text, p));
    var actors = new LexiconActorRecognizer().recognize(text, all);
    var places = DefaultGeoparser.createDefault().geoparse(text, all);
    var times = RuleTimeRecognizer.load();
    var cas = RuleCasualtyCounter.load();
    for (Sentence s : all) {
      System.out.println("## " + s.text(text));
      actors.stream().filter(a -> s.span().contains(a.span())).forEach(a -> System.out.println("  A " + a.text() + " -> " + a.actor() + " " + a.source()));
      places.stream().filter(a -> s.span().contains(a.span())).forEach(a -> System.out.println("  P " + a.text() + " -> " + (a.place() == null ? null : a.place().name() + "/" + a.place().country() + "/" + a.place().precision())));
      times.recognize(text, s, pub).forEach(t -> System.out.println("  T " + t.text() + " " + t.start() + ".." + t.end() + " " + t.precision() + " " + t.relation()));
      cas.count(text, s).forEach(c -> System.out.println("  C " + c.category() + " " + c.n() + " victim=" + (c.victim() == null ? null : c.victim().of(text))));
    }
  }
}
