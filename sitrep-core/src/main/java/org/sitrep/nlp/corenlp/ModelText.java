package org.sitrep.nlp.corenlp;

import java.nio.charset.StandardCharsets;

/**
 * A forward-only reader over the text of a CoreNLP "nndep" model (ASCII words and decimal numbers
 * separated by spaces and newlines). Numbers are parsed without allocating: the model holds about
 * six million of them. Errors name the resource and byte offset. Not thread-safe; used once.
 */
final class ModelText {
  private final String resource;
  private final byte[] b;
  private int i;

  ModelText(String resource, byte[] bytes) {
    this.resource = resource;
    this.b = bytes;
  }

  int header(String key) {
    String line = word();
    int eq = line.indexOf('=');
    if (eq < 0 || !line.substring(0, eq).equals(key)) {
      throw problem("expected header " + key + "=N, found " + line);
    }
    return Integer.parseInt(line.substring(eq + 1));
  }

  String word() {
    skipSpace();
    int start = i;
    while (i < b.length && b[i] != ' ' && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    if (start == i) {
      throw problem("unexpected end of model");
    }
    return new String(b, start, i - start, StandardCharsets.UTF_8);
  }

  void floats(float[] out, int offset, int count) {
    for (int k = 0; k < count; k++) {
      out[offset + k] = number();
    }
  }

  int integer() {
    skipSpace();
    int v = 0;
    int start = i;
    while (i < b.length && b[i] >= '0' && b[i] <= '9') {
      v = v * 10 + (b[i++] - '0');
    }
    if (start == i) {
      throw problem("expected an integer");
    }
    return v;
  }

  /** Decimal numbers as the model writes them ("-0.0291", "1.5E-4"). */
  private float number() {
    skipSpace();
    int start = i;
    boolean negative = false;
    if (i < b.length && (b[i] == '-' || b[i] == '+')) {
      negative = b[i++] == '-';
    }
    long mantissa = 0;
    int scale = 0;
    boolean digits = false;
    while (i < b.length && b[i] >= '0' && b[i] <= '9') {
      mantissa = mantissa * 10 + (b[i++] - '0');
      digits = true;
    }
    if (i < b.length && b[i] == '.') {
      i++;
      while (i < b.length && b[i] >= '0' && b[i] <= '9') {
        if (mantissa < 100_000_000_000_000L) {
          mantissa = mantissa * 10 + (b[i] - '0');
          scale--;
        }
        i++;
        digits = true;
      }
    }
    if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
      // Rare; let the JDK handle exponents exactly.
      while (i < b.length && b[i] != ' ' && b[i] != '\n' && b[i] != '\r') {
        i++;
      }
      return Float.parseFloat(new String(b, start, i - start, StandardCharsets.US_ASCII));
    }
    if (!digits) {
      throw problem("expected a number");
    }
    double v = mantissa * POWERS[-scale];
    return (float) (negative ? -v : v);
  }

  private void skipSpace() {
    while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
  }

  private IllegalStateException problem(String what) {
    return new IllegalStateException(resource + ": byte " + i + ": " + what);
  }

  private static final double[] POWERS = new double[19];

  static {
    for (int k = 0; k < POWERS.length; k++) {
      POWERS[k] = Math.pow(10, -k);
    }
  }
}
