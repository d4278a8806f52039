package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DigestWritersTest {
  private final DailyDigest digest = new DigestBuilder()
      .build(ReferenceCorpus.load(), DigestRequest.of(LocalDate.of(2025, 3, 8), "YE"));

  @Test
  void htmlEscapesMarkupQuotedInReports() throws IOException {
    String html = new HtmlDigestWriter().write(digest);
    Files.writeString(Path.of("target", "digest-2025-03-08-YE.html"), html);
    assertThat(html).contains("council site shows &lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).doesNotContain("<script").doesNotContain("style=").doesNotContain("<img");
    assertThat(html).contains("<h2>Claims and disputes</h2>");
  }

  @Test
  void markdownEscapesMarkupQuotedInReports() throws IOException {
    String md = new MarkdownDigestWriter().write(digest);
    Files.writeString(Path.of("target", "digest-2025-03-08-YE.md"), md);
    assertThat(md).contains("\\<script\\>alert(1)\\</script\\>").doesNotContain("<script>");
    assertThat(md).startsWith("# Daily sitrep \u2014 2025-03-08 \u2014 YE\n");
  }
}
