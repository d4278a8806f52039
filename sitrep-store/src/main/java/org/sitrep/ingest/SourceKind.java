package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of input Sitrep ingests, told by file name, else by the first bytes. */
public enum SourceKind {
  TEXT, DOCUMENT_JSONL, HTML, FEED, WARC;

  public static SourceKind of(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return DOCUMENT_JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml") || name.endsWith(".feed")) {
      return FEED;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WARC;
    }
    return sniff(head);
  }

  /** Content sniffing for files whose name says nothing (or says .txt). */
  static SourceKind sniff(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("\u00ef\u00bb\u00bf")) {
      start = start.substring(3);
    }
    if (start.startsWith("warc/")) {
      return WARC;
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return HTML;
    }
    if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")) {
      return start.contains("<html") ? HTML : FEED;
    }
    return TEXT;
  }
}
