package org.sitrep.store;

/** 1-degree grid cells, the spatial key linking uses to find candidates near a report. */
final class GeoCell {
  private GeoCell() {}

  static Integer of(Double lat, Double lon) {
    if (lat == null || lon == null) {
      return null;
    }
    return cell((int) Math.floor(lat + 90), (int) Math.floor(lon + 180));
  }

  /** The cell and its eight neighbours (fewer at the poles), wrapping at the antimeridian. */
  static int[] around(double lat, double lon) {
    int row = (int) Math.floor(lat + 90);
    int col = (int) Math.floor(lon + 180);
    int[] cells = new int[9];
    int n = 0;
    for (int dr = -1; dr <= 1; dr++) {
      int r = row + dr;
      if (r < 0 || r > 180) {
        continue;
      }
      for (int dc = -1; dc <= 1; dc++) {
        cells[n++] = cell(r, Math.floorMod(col + dc, 360));
      }
    }
    return java.util.Arrays.copyOf(cells, n);
  }

  private static int cell(int row, int col) {
    return row * 360 + col;
  }
}
