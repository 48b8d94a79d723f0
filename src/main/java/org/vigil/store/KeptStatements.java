package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The statements of one connection, each prepared once and kept while the connection lives (the
 * {@link #LIMIT} used last): SQLite compiles a statement on every prepare, which took about a
 * third of the database's time at ingest. Lives as long as its connection, not as the store
 * object over it, so a pooled read connection keeps its statements from one read to the next.
 * Used by one thread at a time, as its connection is.
 */
final class KeptStatements {

  /** Statements kept per connection: the store's queries are a few dozen shapes. */
  static final int LIMIT = 128;

  /** A JDBC step on a statement. */
  interface Use<T> {
    T run(PreparedStatement ps) throws SQLException;
  }

  private final Connection c;
  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      if (size() <= LIMIT) {
        return false;
      }
      closeQuietly(eldest.getValue());
      return true;
    }
  };
  private final Set<PreparedStatement> running = Collections.newSetFromMap(new IdentityHashMap<>());
  private long prepared;

  /** @param c the connection the statements are prepared on (for a pooled one, its physical connection) */
  KeptStatements(Connection c) {
    this.c = c;
  }

  /**
   * Runs {@code use} on the statement of {@code sql} with {@code args} bound. A statement still
   * running (a row reader that queries again) is not shared: the nested call prepares its own.
   */
  <T> T with(String sql, @Nullable Object[] args, Use<T> use) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps != null && (running.contains(ps) || ps.isClosed())) {
      try (PreparedStatement own = c.prepareStatement(sql)) {
        prepared++;
        Sql.bindAll(own, args);
        return use.run(own);
      }
    }
    if (ps == null) {
      ps = c.prepareStatement(sql);
      prepared++;
      statements.put(sql, ps);
    } else {
      ps.clearParameters();
    }
    Sql.bindAll(ps, args);
    running.add(ps);
    try {
      return use.run(ps);
    } finally {
      running.remove(ps);
    }
  }

  /** How many statements were prepared on the connection so far (kept or not). */
  long prepared() {
    return prepared;
  }

  /** Whether the connection is closed (a pool retired it), so these statements are of no more use. */
  boolean closed() {
    try {
      return c.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private static void closeQuietly(PreparedStatement ps) {
    try {
      ps.close();
    } catch (SQLException e) {
      // closing a statement the cache dropped: nothing is lost, the connection reclaims it
    }
  }
}
