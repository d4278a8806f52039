package org.sitrep.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at LF (a trailing CR is dropped) without decoding, so that one
 * line's bad bytes cannot spoil the next. A line longer than {@code maxLineBytes} is consumed but
 * returned as {@link Line#tooLong()} with its length only. Not thread-safe.
 */
final class LineReader {
  record Line(int number, byte[] bytes, int length, long fullLength) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int lineNumber;

  LineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    buffer.reset();
    long length = 0;
    int b = in.read();
    if (b < 0) {
      return null;
    }
    while (b >= 0 && b != '\n') {
      length++;
      if (length <= maxLineBytes + 1) {
        buffer.write(b);
      }
      b = in.read();
    }
    lineNumber++;
    byte[] bytes = buffer.toByteArray();
    int kept = bytes.length;
    if (length <= maxLineBytes + 1 && kept > 0 && bytes[kept - 1] == '\r') {
      kept--;
      length--;
    }
    if (length > maxLineBytes) {
      return new Line(lineNumber, null, 0, length);
    }
    return new Line(lineNumber, bytes, kept, length);
  }
}
