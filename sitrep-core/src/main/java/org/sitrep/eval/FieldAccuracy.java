package org.sitrep.eval;

/** {@code correct} of {@code total} matched pairs got a field right. */
public record FieldAccuracy(int correct, int total) {
  public FieldAccuracy {
    if (correct < 0 || total < correct) {
      throw new IllegalArgumentException("bad accuracy " + correct + "/" + total);
    }
  }

  /** correct / total, or 0 when there is nothing to measure. */
  public double value() {
    return total == 0 ? 0 : (double) correct / total;
  }
}
