package org.sitrep.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict byte-to-text decoding for input files: UTF-8 only, malformed or unmappable bytes are an
 * error (never replaced), NUL bytes mark binary data. A leading byte-order mark is dropped, so
 * offsets count from the first character after it.
 */
public final class StrictText {
  private StrictText() {}

  /** Thrown with a message fit for a one-line error (without the file name). */
  public static final class BadTextException extends Exception {
    private static final long serialVersionUID = 1L;

    BadTextException(String message) {
      super(message);
    }
  }

  /** Byte offset of the first NUL byte within {@code [0, length)}, or -1. */
  static int firstNul(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** All of {@code bytes} as text; see {@link #decodeUtf8(byte[], int)}. */
  public static String decodeUtf8(byte[] bytes) throws BadTextException {
    return decodeUtf8(bytes, bytes.length);
  }

  static String decodeUtf8(byte[] bytes, int length) throws BadTextException {
    int nul = firstNul(bytes, length);
    if (nul >= 0) {
      throw new BadTextException("looks binary (NUL byte at byte offset " + nul + "), expected UTF-8 text");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new BadTextException(String.format(Locale.ROOT,
          "is not valid UTF-8 (bad byte 0x%02X at byte offset %d)", bytes[in.position()] & 0xFF, in.position()));
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** A size in words: "52.4 MB", "812 bytes". */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
