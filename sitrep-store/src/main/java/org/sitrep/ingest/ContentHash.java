package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document's identity: SHA-256 of its text with line endings normalised, so the same report
 * saved on Windows and on Linux is one document.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** A stable id for a document that came without one. */
  public static String documentId(String text) {
    return "d-" + of(text).substring(0, 16);
  }
}
