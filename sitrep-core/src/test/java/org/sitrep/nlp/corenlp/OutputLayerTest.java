package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OutputLayerTest {
  private static float[][] weights(int hidden, int width, Random r) {
    float[][] w = new float[hidden][width];
    for (float[] row : w) {
      for (int t = 0; t < width; t++) {
        row[t] = (float) r.nextGaussian();
      }
    }
    return w;
  }

  @Test
  void theSimdLayerScoresAsThePlainOne() {
    assumeThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).as("JVM started with the vector module").isPresent();
    Random r = new Random(7);
    // 96 is the parser's padded width; 64 and 160 leave a remainder after six-vector passes
    for (int width : new int[] {96, 64, 160}) {
      float[][] w = weights(1000, width, r);
      OutputLayer best = OutputLayer.best(w);
      assertThat(best).isInstanceOf(VectorOutputLayer.class);
      ScalarOutputLayer plain = new ScalarOutputLayer(w);
      assertSameScores(best, plain, width, r);
    }
  }

  private static void assertSameScores(OutputLayer best, ScalarOutputLayer plain, int width, Random r) {
    for (int trial = 0; trial < 20; trial++) {
      float[] cube = new float[1000];
      for (int h = 0; h < cube.length; h++) {
        cube[h] = (float) r.nextGaussian();
      }
      float[] a = new float[width];
      float[] b = new float[width];
      best.scores(cube, a);
      plain.scores(cube, b);
      for (int t = 0; t < width; t++) {
        assertThat(a[t]).isCloseTo(b[t], within(1e-3f * Math.max(1f, Math.abs(b[t]))));
      }
    }
  }

  @Test
  void plainLayerIsTheSumOfWeightedRows() {
    float[][] w = {{1, 2}, {3, 4}, {5, 6}};
    float[] scores = new float[2];
    new ScalarOutputLayer(w).scores(new float[] {1, 10, 100}, scores);
    assertThat(scores).containsExactly(531f, 642f);
  }
}
