package org.sitrep.nlp.corenlp;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The output layer with explicit SIMD (JDK incubating Vector API): the scores stay in registers,
 * two vectors at a time, while every hidden unit adds its weighted row, so each weight is loaded
 * once and no score is stored until the end. Loaded only through {@link OutputLayer#best}, when the
 * JVM has {@code jdk.incubator.vector}. Immutable; thread-safe.
 */
final class VectorOutputLayer implements OutputLayer {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private final int hidden;
  private final int width;
  private final float[] weights; // [h * width + t]

  VectorOutputLayer(float[][] rows) {
    hidden = rows.length;
    width = rows[0].length;
    if (width % (2 * SPECIES.length()) != 0) {
      throw new IllegalArgumentException("padded width " + width + " is not a multiple of " + 2 * SPECIES.length());
    }
    weights = new float[hidden * width];
    for (int h = 0; h < hidden; h++) {
      System.arraycopy(rows[h], 0, weights, h * width, width);
    }
  }

  @Override
  public void scores(float[] cube, float[] scores) {
    int lanes = SPECIES.length();
    for (int t = 0; t < width; t += 2 * lanes) {
      FloatVector a = FloatVector.zero(SPECIES);
      FloatVector b = FloatVector.zero(SPECIES);
      for (int h = 0, w = t; h < hidden; h++, w += width) {
        FloatVector x = FloatVector.broadcast(SPECIES, cube[h]);
        a = x.fma(FloatVector.fromArray(SPECIES, weights, w), a);
        b = x.fma(FloatVector.fromArray(SPECIES, weights, w + lanes), b);
      }
      a.intoArray(scores, t);
      b.intoArray(scores, t + lanes);
    }
  }
}
