package org.sitrep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.io.DelimitedTable;
import org.sitrep.io.InputProblem;

/** Reads the CASE-2021 task-2 TSV (id, EventSnippet, SubType; RFC 4180 quoting with tabs). */
public final class CaseTsv {
  private static final long MAX_BYTES = 200L * 1024 * 1024;

  public record Result(List<CaseSnippet> snippets, List<InputProblem> problems) {
    public Result {
      snippets = List.copyOf(snippets);
      problems = List.copyOf(problems);
    }
  }

  private CaseTsv() {}

  public static Result read(Path file) throws DelimitedTable.UnreadableException {
    DelimitedTable table = DelimitedTable.read(file, '\t', MAX_BYTES);
    int id = table.column("id");
    int text = table.column("EventSnippet");
    int label = table.column("SubType");
    List<CaseSnippet> snippets = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>(table.problems());
    for (DelimitedTable.Row row : table.rows()) {
      List<String> f = row.fields();
      if (f.get(text).isBlank() || f.get(label).isBlank()) {
        problems.add(InputProblem.ofLine(file, row.line(), "empty snippet or label"));
        continue;
      }
      snippets.add(new CaseSnippet(f.get(id).strip(), f.get(text), f.get(label).strip()));
    }
    return new Result(snippets, problems);
  }
}
