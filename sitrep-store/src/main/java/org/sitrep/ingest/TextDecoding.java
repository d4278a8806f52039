package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding and the checks that tell text from binary or mis-encoded input. */
final class TextDecoding {
  private TextDecoding() {}

  /** Why these bytes are not readable UTF-8 text, or empty when they are. */
  static Optional<String> problem(byte[] bytes) {
    int head = Math.min(bytes.length, 8192);
    for (int i = 0; i < head; i++) {
      if (bytes[i] == 0) {
        return Optional.of("binary content (NUL byte at offset " + i + "), not text");
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return Optional.empty();
    } catch (CharacterCodingException e) {
      return Optional.of("not valid UTF-8 (wrong encoding? convert it to UTF-8 first)");
    }
  }

  /** Decodes bytes that {@link #problem} accepted, dropping a byte-order mark. */
  static String decode(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Whether decoded text is mostly replacement characters, the mark of a wrong charset. */
  static boolean looksMisdecoded(String text) {
    long bad = text.chars().filter(ch -> ch == '\uFFFD').count();
    return bad > 0 && bad * 100 > text.length();
  }
}
