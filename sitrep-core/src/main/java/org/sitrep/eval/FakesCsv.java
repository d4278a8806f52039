package org.sitrep.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.io.DelimitedTable;
import org.sitrep.io.InputProblem;

/** Reads the FA-KES CSV (columns of the dev set's README); a bad row is a problem, not a failure. */
public final class FakesCsv {
  /** FA-KES dates are m/d/yy, all in 2000–2099. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yy", Locale.ROOT);
  private static final long MAX_BYTES = 200L * 1024 * 1024;

  public record Result(List<FakesArticle> articles, List<InputProblem> problems) {
    public Result {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }
  }

  private FakesCsv() {}

  public static Result read(Path file) throws DelimitedTable.UnreadableException {
    DelimitedTable table = DelimitedTable.read(file, ',', MAX_BYTES);
    int id = table.column("unit_id");
    int title = table.column("article_title");
    int content = table.column("article_content");
    int date = table.column("date");
    int location = table.column("location");
    int cause = table.column("cause_of_death");
    int civilians = table.column("nb_civilians");
    int nonCivilians = table.column("nb_noncivilians");
    List<FakesArticle> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>(table.problems());
    for (DelimitedTable.Row row : table.rows()) {
      List<String> f = row.fields();
      try {
        if (f.get(content).isBlank()) {
          throw new IllegalArgumentException("empty article_content");
        }
        articles.add(new FakesArticle(row.line(), f.get(id).strip(), f.get(title).strip(), f.get(content),
            LocalDate.parse(f.get(date).strip(), DATE), f.get(location).strip().toLowerCase(Locale.ROOT),
            f.get(cause).strip(), count(f.get(civilians), "nb_civilians"),
            count(f.get(nonCivilians), "nb_noncivilians")));
      } catch (DateTimeParseException e) {
        problems.add(InputProblem.ofLine(file, row.line(), "date '" + f.get(date) + "' is not m/d/yy"));
      } catch (IllegalArgumentException e) {
        problems.add(InputProblem.ofLine(file, row.line(), e.getMessage()));
      }
    }
    return new Result(articles, problems);
  }

  private static int count(String value, String column) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " '" + value + "' is not a whole number", e);
    }
  }
}
