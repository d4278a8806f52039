package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
  @Test
  void aPathIsAnSqliteFile() {
    DatabaseLocation l = DatabaseLocation.parse("data/sitrep.db");
    assertThat(l.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(l.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data/sitrep.db").toAbsolutePath());
  }

  @Test
  void libpqUrlsBecomeJdbcUrlsWithCredentials() {
    DatabaseLocation l = DatabaseLocation.parse("postgresql://ana:p%40ss@db.local:5433/sitrep?sslmode=disable");
    assertThat(l.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/sitrep?sslmode=disable&user=ana&password=p%40ss");
    assertThat(l.display()).doesNotContain("p%40ss");
    assertThat(DatabaseLocation.parse("postgres://h/db").jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
  }

  @Test
  void jdbcUrlsPassThrough() {
    assertThat(DatabaseLocation.parse("jdbc:postgresql://h:5432/x?user=u").dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(DatabaseLocation.parse("jdbc:sqlite:/tmp/x.db").dialect()).isEqualTo(Dialect.SQLITE);
  }

  @Test
  void otherSchemesAndBlanksAreRejected() {
    assertThatThrownBy(() -> DatabaseLocation.parse("mysql://h/db")).hasMessageContaining("unsupported scheme");
    assertThatThrownBy(() -> DatabaseLocation.parse("  ")).hasMessageContaining("empty");
  }
}
