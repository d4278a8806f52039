package org.sitrep.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why one input item could not be read: the file, the 1-based line for line-oriented input (null
 * for a whole file) and the problem in words. {@link #describe()} is the one-line error users see.
 */
public record InputProblem(Path file, Integer line, String message) {
  public InputProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line != null && line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + line);
    }
  }

  public static InputProblem ofFile(Path file, String message) {
    return new InputProblem(file, null, message);
  }

  public static InputProblem ofLine(Path file, int line, String message) {
    return new InputProblem(file, line, message);
  }

  /** {@code FILE: message} or {@code FILE:LINE: message}, on one line. */
  public String describe() {
    String where = line == null ? file.toString() : file + ":" + line;
    return where + ": " + message.replaceAll("[\\r\\n]+", " ");
  }
}
