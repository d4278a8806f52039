package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTableTest {
  @TempDir Path dir;

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
    Path file = Files.writeString(dir.resolve("t.csv"),
        "id,text,n\r\n1,\"Shelling, then \"\"calm\"\"\r\nnext day\",3\r\n\r\n2,plain,4\n3,short\n");
    DelimitedTable t = DelimitedTable.read(file, ',', 1_000_000);
    assertThat(t.header()).containsExactly("id", "text", "n");
    assertThat(t.rows()).extracting(DelimitedTable.Row::fields).containsExactly(
        List.of("1", "Shelling, then \"calm\"\r\nnext day", "3"), List.of("2", "plain", "4"));
    assertThat(t.rows()).extracting(DelimitedTable.Row::line).containsExactly(2, 5);
    assertThat(t.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).isEqualTo("record has 2 fields, the header has 3");
    });
  }

  @Test
  void tabsWorkTheSameWay() throws Exception {
    Path file = Files.writeString(dir.resolve("t.tsv"), "id\tEventSnippet\n7\t\"a\tb\"\n");
    assertThat(DelimitedTable.read(file, '\t', 1000).rows().get(0).fields()).containsExactly("7", "a\tb");
  }

  @Test
  void unclosedQuoteAndMissingColumnAreWholeFileProblems() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,\"open\n2,3\n");
    assertThatThrownBy(() -> DelimitedTable.read(file, ',', 1000))
        .isInstanceOf(DelimitedTable.UnreadableException.class)
        .hasMessage(file + ":2: quoted field opened here is never closed");
    Path ok = Files.writeString(dir.resolve("ok.csv"), "a,b\n1,2\n");
    assertThatThrownBy(() -> DelimitedTable.read(ok, ',', 1000).column("c"))
        .hasMessageContaining("missing column 'c'");
  }
}
