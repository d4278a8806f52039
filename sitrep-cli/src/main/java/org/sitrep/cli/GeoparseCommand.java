package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.geo.DefaultGeoparser;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.io.DocumentReader;
import org.sitrep.io.InputFormat;
import org.sitrep.io.InputProblem;
import org.sitrep.io.ReadResult;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;
import org.sitrep.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep geoparse}: place mentions and their GeoNames places, SCHEMA.md's geoparser output. */
@Command(
    name = "geoparse",
    mixinStandardHelpOptions = true,
    description = "Find place mentions in reports and resolve them to GeoNames places (one JSON object per mention).",
    footer = {"",
        "Exit status: 0 all input read; 1 some file, line or document was skipped (each is named on",
        "stderr, the rest is still geoparsed); 2 bad usage."})
public final class GeoparseCommand implements Callable<Integer> {
  /** Output formats; only JSON lines for now. */
  enum Format { jsonl }

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files or document JSONL files.")
  private List<Path> files;

  @Option(names = "--input-format", paramLabel = "text|jsonl",
      description = "How to read FILEs. Default: jsonl for *.jsonl, text otherwise.")
  private InputFormat inputFormat;

  @Option(names = "--format", paramLabel = "jsonl", defaultValue = "jsonl",
      description = "Output: one place mention per line (default and only choice).")
  private Format format;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "A gazetteer built by 'sitrep gazetteer import' instead of the bundled one.")
  private Path gazetteer;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentReader reader = new DocumentReader();
    DefaultGeoparser geoparser = null;
    CoreNlpAnnotator splitter = null;
    int skipped = 0;
    for (Path file : files) {
      InputFormat f = inputFormat != null ? inputFormat : InputFormat.byExtension(file);
      ReadResult read = reader.read(file, f, null);
      for (InputProblem problem : read.problems()) {
        err.println("sitrep geoparse: " + problem.describe());
        skipped++;
      }
      for (Document doc : read.documents()) {
        if (geoparser == null) {
          geoparser = gazetteer == null ? DefaultGeoparser.createDefault() : DefaultGeoparser.withGazetteer(gazetteer);
          splitter = new CoreNlpAnnotator();
        }
        try {
          List<Sentence> sentences = splitter.split(doc.text(), new CharSpan(0, doc.text().length()));
          for (PlaceMention m : geoparser.geoparse(doc.text(), sentences)) {
            out.println(json.writeValueAsString(line(doc.id(), m)));
          }
        } catch (RuntimeException e) {
          err.println("sitrep geoparse: " + file + ": document '" + doc.id() + "': geoparsing failed: " + e);
          skipped++;
        }
      }
      out.flush();
    }
    return skipped == 0 ? 0 : 1;
  }

  private ObjectNode line(String doc, PlaceMention m) {
    ObjectNode o = json.createObjectNode();
    o.put("doc", doc);
    o.put("start", m.span().start());
    o.put("end", m.span().end());
    o.put("text", m.text());
    Place p = m.place();
    o.put("name", p == null ? null : p.name());
    if (p == null) {
      o.putNull("lat");
      o.putNull("lon");
      o.putNull("geonames_id");
    } else {
      o.put("lat", p.lat());
      o.put("lon", p.lon());
      o.put("geonames_id", p.geonamesId());
    }
    o.put("country", p == null ? null : p.country());
    o.put("admin1", p == null ? null : p.admin1());
    o.put("feature", p == null ? null : p.feature());
    o.put("precision", p == null ? null : p.precision());
    o.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
    return o;
  }
}
