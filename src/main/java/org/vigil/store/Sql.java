package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/** JDBC plumbing shared by the parts of the store: one connection, errors as StoreException. */
final class Sql {

  /** A JDBC step. */
  interface Call<T> {
    T run() throws SQLException;
  }

  /** Reads one row. */
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Statements kept prepared per connection: the store's queries are a few dozen shapes. */
  static final int STATEMENTS = 128;

  final Connection c;
  final Database db;
  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      if (size() <= STATEMENTS) {
        return false;
      }
      closeQuietly(eldest.getValue());
      return true;
    }
  };
  private final Set<PreparedStatement> running = Collections.newSetFromMap(new IdentityHashMap<>());

  Sql(Connection c, Database db) {
    this.c = c;
    this.db = db;
  }

  /**
   * Runs {@code use} on the statement of {@code sql} with {@code args} bound, prepared once per
   * connection and kept: SQLite compiles a statement on every prepare, which took about a third
   * of the database's time at ingest. A statement still running (a row reader that queries again)
   * is not shared: the nested call prepares its own.
   */
  private <T> T withStatement(String sql, @Nullable Object[] args, Call1<T> use) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps != null && (running.contains(ps) || ps.isClosed())) {
      try (PreparedStatement own = prepare(sql, args)) {
        return use.run(own);
      }
    }
    if (ps == null) {
      ps = c.prepareStatement(sql);
      statements.put(sql, ps);
    } else {
      ps.clearParameters();
    }
    bindAll(ps, args);
    running.add(ps);
    try {
      return use.run(ps);
    } finally {
      running.remove(ps);
    }
  }

  /** A JDBC step on a statement. */
  private interface Call1<T> {
    T run(PreparedStatement ps) throws SQLException;
  }

  private static void closeQuietly(PreparedStatement ps) {
    try {
      ps.close();
    } catch (SQLException e) {
      // closing a statement the cache dropped: nothing is lost, the connection reclaims it
    }
  }

  <T> T call(String operation, Call<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new StoreException(operation, db.toString(), e);
    }
  }

  PreparedStatement prepare(String sql, @Nullable Object... args) throws SQLException {
    return prepare(c, sql, args);
  }

  static PreparedStatement prepare(Connection c, String sql, @Nullable Object... args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      bind(ps, i + 1, args[i]);
    }
    return ps;
  }

  static void bind(PreparedStatement ps, int i, @Nullable Object v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.NULL);
    } else if (v instanceof Boolean b) {
      ps.setInt(i, b ? 1 : 0);
    } else if (v instanceof Long l) {
      ps.setLong(i, l);
    } else if (v instanceof Integer n) {
      ps.setInt(i, n);
    } else if (v instanceof Double d) {
      ps.setDouble(i, d);
    } else {
      ps.setString(i, v.toString());
    }
  }

  int update(String operation, String sql, @Nullable Object... args) {
    return call(operation, () -> {
      return withStatement(sql, args, PreparedStatement::executeUpdate);
    });
  }

  /**
   * Runs one statement for each row of arguments, {@link #BATCH} rows to a round trip (JDBC
   * batches). Use inside a transaction: when a row fails, the exception names it by its place and
   * by {@code describe} (the batch it was in is run again row by row to find it), and the caller's
   * rollback leaves the database as it was.
   */
  void batch(String operation, String sql, List<Object[]> rows, IntFunction<String> describe) {
    call(operation, () -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int start = 0; start < rows.size(); start += BATCH) {
          int end = Math.min(rows.size(), start + BATCH);
          Savepoint before = c.getAutoCommit() ? null : c.setSavepoint();
          try {
            for (int i = start; i < end; i++) {
              bindAll(ps, rows.get(i));
              ps.addBatch();
            }
            ps.executeBatch();
          } catch (SQLException e) {
            if (before == null) {
              throw new SQLException("one of items " + (start + 1) + " to " + end + " of " + rows.size()
                  + " was refused: " + e.getMessage(), e);
            }
            ps.clearBatch();
            c.rollback(before);
            for (int i = start; i < end; i++) {
              try {
                bindAll(ps, rows.get(i));
                ps.executeUpdate();
              } catch (SQLException one) {
                throw new SQLException("item " + (i + 1) + " of " + rows.size() + " (" + describe.apply(i)
                    + ") was refused: " + one.getMessage(), one);
              }
            }
            throw e; // the batch failed but no row alone does: report the database's reason
          }
          if (before != null) {
            c.releaseSavepoint(before);
          }
        }
      }
      return null;
    });
  }

  /** Rows a batch sends to the database at once. */
  static final int BATCH = 500;

  private static void bindAll(PreparedStatement ps, @Nullable Object[] args) throws SQLException {
    for (int j = 0; j < args.length; j++) {
      bind(ps, j + 1, args[j]);
    }
  }

  /** Runs an INSERT ... RETURNING id. */
  long insert(String operation, String sql, @Nullable Object... args) {
    return call(operation, () -> {
      return withStatement(sql + " RETURNING id", args, ps -> {
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("insert returned no id");
          }
          return rs.getLong(1);
        }
      });
    });
  }

  <T> List<T> list(String operation, Row<T> row, String sql, @Nullable Object... args) {
    return call(operation, () -> {
      return withStatement(sql, args, ps -> {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(row.read(rs));
          }
        }
        return out;
      });
    });
  }

  <T> Optional<T> one(String operation, Row<T> row, String sql, @Nullable Object... args) {
    List<T> l = list(operation, row, sql, args);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** How the database would run {@code sql}: its query plan, one line per step. */
  List<String> plan(String sql, @Nullable Object... args) {
    boolean sqlite = db.dialect() == Dialect.SQLITE;
    return list("explain", rs -> rs.getString(sqlite ? 4 : 1), (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql,
        args);
  }

  long count(String sql, @Nullable Object... args) {
    return one("count", rs -> rs.getLong(1), sql, args).orElse(0L);
  }

  static @Nullable Long longOrNull(ResultSet rs, String col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  static @Nullable Integer intOrNull(ResultSet rs, String col) throws SQLException {
    int v = rs.getInt(col);
    return rs.wasNull() ? null : v;
  }

  static @Nullable Double doubleOrNull(ResultSet rs, String col) throws SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? null : v;
  }
}
