package org.sitrep.store;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the event record lives, parsed from a {@code --db} value: a file path means an embedded
 * SQLite file; {@code postgresql://user:pw@host:port/db} (or {@code postgres://…}) and
 * {@code jdbc:postgresql://…} mean a PostgreSQL server. {@code jdbc:sqlite:PATH} is accepted too.
 */
public record DatabaseLocation(Dialect dialect, String jdbcUrl) {
  public DatabaseLocation {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  public static DatabaseLocation parse(String value) {
    Objects.requireNonNull(value, "value");
    String v = value.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("--db is empty: give a file path or a postgresql:// URL");
    }
    if (v.startsWith("jdbc:postgresql:")) {
      return new DatabaseLocation(Dialect.POSTGRESQL, v);
    }
    if (v.startsWith("jdbc:sqlite:")) {
      return new DatabaseLocation(Dialect.SQLITE, v);
    }
    if (v.startsWith("postgresql://") || v.startsWith("postgres://")) {
      return new DatabaseLocation(Dialect.POSTGRESQL, postgresJdbcUrl(v));
    }
    if (v.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      throw new IllegalArgumentException(
          "--db '" + value + "': unsupported scheme (use a file path or postgresql://…)");
    }
    return sqliteFile(Path.of(v));
  }

  public static DatabaseLocation sqliteFile(Path file) {
    return new DatabaseLocation(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath());
  }

  /** Rewrites a libpq-style URL (credentials in the authority) into a JDBC URL. */
  private static String postgresJdbcUrl(String v) {
    URI uri = URI.create(v);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("--db '" + v + "': no host in PostgreSQL URL");
    }
    StringBuilder url = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      url.append(':').append(uri.getPort());
    }
    url.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
    StringBuilder query = new StringBuilder(uri.getRawQuery() == null ? "" : uri.getRawQuery());
    if (uri.getRawUserInfo() != null) {
      String[] userAndPassword = uri.getRawUserInfo().split(":", 2);
      appendParam(query, "user", decode(userAndPassword[0]));
      if (userAndPassword.length == 2) {
        appendParam(query, "password", decode(userAndPassword[1]));
      }
    }
    if (query.length() > 0) {
      url.append('?').append(query);
    }
    return url.toString();
  }

  private static void appendParam(StringBuilder query, String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The location with credentials masked, for messages. */
  public String display() {
    return jdbcUrl.replaceAll("password=[^&]*", "password=***");
  }
}
