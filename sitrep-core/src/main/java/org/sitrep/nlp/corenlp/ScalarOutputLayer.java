package org.sitrep.nlp.corenlp;

/**
 * The output layer in plain Java: four hidden units per pass over the scores, rows indexed alike on
 * both sides so that the JIT's superword pass vectorises the inner loop. Immutable; thread-safe.
 */
final class ScalarOutputLayer implements OutputLayer {
  private final float[][] weights;

  ScalarOutputLayer(float[][] weights) {
    this.weights = weights;
  }

  @Override
  public void scores(float[] cube, float[] scores) {
    java.util.Arrays.fill(scores, 0f);
    int hidden = weights.length;
    int h = 0;
    for (; h + 3 < hidden; h += 4) {
      float a = cube[h];
      float b = cube[h + 1];
      float c = cube[h + 2];
      float d = cube[h + 3];
      float[] wa = weights[h];
      float[] wb = weights[h + 1];
      float[] wc = weights[h + 2];
      float[] wd = weights[h + 3];
      for (int t = 0; t < wa.length; t++) {
        scores[t] += a * wa[t] + b * wb[t] + c * wc[t] + d * wd[t];
      }
    }
    for (; h < hidden; h++) {
      float a = cube[h];
      float[] wa = weights[h];
      for (int t = 0; t < wa.length; t++) {
        scores[t] += a * wa[t];
      }
    }
  }
}
