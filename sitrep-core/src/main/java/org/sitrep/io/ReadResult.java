package org.sitrep.io;

import java.util.List;
import org.sitrep.text.Document;

/** What reading one input file gave: the documents read and the items that had to be skipped. */
public record ReadResult(List<Document> documents, List<InputProblem> problems) {
  public ReadResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  public static ReadResult failed(InputProblem problem) {
    return new ReadResult(List.of(), List.of(problem));
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
