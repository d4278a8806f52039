package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MaxWeightAssignmentTest {
  @Test
  void findsTheBestPairingWhereGreedyFails() {
    long[][] w = {{10, 9}, {8, 0}};
    assertThat(MaxWeightAssignment.solve(w, 2)).containsExactly(1, 0);
  }

  @Test
  void leavesRowsWithoutPositiveWeightUnpaired() {
    long[][] w = {{0, 0, 0}, {0, 3, 0}};
    assertThat(MaxWeightAssignment.solve(w, 3)).containsExactly(-1, 1);
    assertThat(MaxWeightAssignment.solve(new long[3][0], 0)).containsExactly(-1, -1, -1);
  }

  @Test
  void agreesWithBruteForceOnRandomSmallMatrices() {
    Random random = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      int rows = 1 + random.nextInt(5);
      int cols = 1 + random.nextInt(5);
      long[][] w = new long[rows][cols];
      for (long[] row : w) {
        for (int j = 0; j < cols; j++) {
          row[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(20);
        }
      }
      int[] got = MaxWeightAssignment.solve(w, cols);
      long total = 0;
      boolean[] usedCol = new boolean[cols];
      for (int i = 0; i < rows; i++) {
        if (got[i] >= 0) {
          assertThat(usedCol[got[i]]).isFalse();
          usedCol[got[i]] = true;
          total += w[i][got[i]];
        }
      }
      assertThat(total).isEqualTo(best(w, 0, new boolean[cols]));
    }
  }

  private static long best(long[][] w, int row, boolean[] used) {
    if (row == w.length) {
      return 0;
    }
    long best = best(w, row + 1, used);
    for (int j = 0; j < used.length; j++) {
      if (!used[j] && w[row][j] > 0) {
        used[j] = true;
        best = Math.max(best, w[row][j] + best(w, row + 1, used));
        used[j] = false;
      }
    }
    return best;
  }
}
