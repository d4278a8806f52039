package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexiconResourceTest {
  @Test
  void shortRowFailsNamingFileAndLine() {
    assertThatThrownBy(() -> LexiconResource.rows("short-row.tsv", 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("short-row.tsv:3: expected 3 tab-separated columns");
  }

  @Test
  void missingResourceIsNamed() {
    assertThatThrownBy(() -> LexiconResource.rows("no-such.tsv", 1)).hasMessageContaining("no-such.tsv");
  }

  @Test
  void listsSplitOnBars() {
    assertThat(LexiconResource.list("a| b ||c")).containsExactly("a", "b", "c");
  }
}
