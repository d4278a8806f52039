package org.sitrep.store;

/** The SQL databases the event store runs on; each has its own Flyway migrations. */
public enum Dialect {
  SQLITE("db/migration/sqlite"),
  POSTGRESQL("db/migration/postgresql");

  private final String migrations;

  Dialect(String migrations) {
    this.migrations = migrations;
  }

  /** Classpath folder of this dialect's Flyway migrations. */
  public String migrations() {
    return migrations;
  }
}
