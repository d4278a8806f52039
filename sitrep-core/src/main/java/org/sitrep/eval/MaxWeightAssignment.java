package org.sitrep.eval;

import java.util.Arrays;

/**
 * Exact maximum-weight bipartite matching by the Hungarian algorithm (O(n³) for n = max(rows,
 * cols)). Weights are non-negative; a weight of 0 means "may not be paired", so the result pairs
 * only cells with positive weight. Stateless.
 */
public final class MaxWeightAssignment {
  private MaxWeightAssignment() {}

  /** For each row, the column it is paired with, or -1. */
  public static int[] solve(long[][] weight, int cols) {
    int rows = weight.length;
    int n = Math.max(rows, cols);
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    if (n == 0) {
      return result;
    }
    long max = 0;
    for (long[] row : weight) {
      for (long w : row) {
        if (w < 0) {
          throw new IllegalArgumentException("weights must be non-negative");
        }
        max = Math.max(max, w);
      }
    }
    // Minimise cost = max - weight on an n×n matrix padded with weight 0.
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      long[] minv = new long[n + 1];
      Arrays.fill(minv, Long.MAX_VALUE);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = Long.MAX_VALUE;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            long cur = cost(weight, cols, max, i0 - 1, j - 1) - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    for (int j = 1; j <= n; j++) {
      int row = p[j] - 1;
      int col = j - 1;
      if (row < rows && col < cols && weight[row][col] > 0) {
        result[row] = col;
      }
    }
    return result;
  }

  private static long cost(long[][] weight, int cols, long max, int row, int col) {
    long w = row < weight.length && col < cols ? weight[row][col] : 0;
    return max - w;
  }
}
