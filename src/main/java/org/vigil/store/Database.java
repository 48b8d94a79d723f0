package org.vigil.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the knowledge base lives: a JDBC URL with optional credentials. {@link #toString()}
 * never shows the password.
 */
public record Database(String jdbcUrl, @Nullable String user, @Nullable String password, Dialect dialect) {

  /** File name of the SQLite database inside a data directory. */
  public static final String SQLITE_FILE = "vigil.db";

  public Database {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(dialect, "dialect");
  }

  /** The embedded SQLite database of a data directory (the file is created on first use). */
  public static Database sqlite(Path dataDir) {
    return new Database("jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE), null, null, Dialect.SQLITE);
  }

  /**
   * Parses {@code postgresql://user:pass@host:port/db}, {@code jdbc:postgresql://...} or
   * {@code jdbc:sqlite:FILE}.
   *
   * @throws IllegalArgumentException naming the value and the accepted forms
   */
  public static Database parse(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return new Database(url, null, null, Dialect.POSTGRESQL);
    }
    if (url.startsWith("jdbc:sqlite:")) {
      return new Database(url, null, null, Dialect.SQLITE);
    }
    if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
      try {
        URI u = new URI(url);
        if (u.getHost() == null) {
          throw new IllegalArgumentException("database URL has no host: " + redact(url));
        }
        String user = null;
        String pass = null;
        if (u.getRawUserInfo() != null) {
          String[] parts = u.getRawUserInfo().split(":", 2);
          user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
          pass = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        String jdbc = "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "")
            + (u.getRawPath() == null ? "/" : u.getRawPath())
            + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        return new Database(jdbc, user, pass, Dialect.POSTGRESQL);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("database URL is not a valid URL: " + redact(url));
      }
    }
    throw new IllegalArgumentException("database URL '" + redact(url) + "' is not one of "
        + "postgresql://user:pass@host:port/db, jdbc:postgresql://... or jdbc:sqlite:FILE");
  }

  private static String redact(String url) {
    return url.replaceAll("://([^:/@]*):[^@/]*@", "://$1:***@");
  }

  @Override
  public String toString() {
    return redact(jdbcUrl) + (user == null ? "" : " as " + user);
  }
}
