package org.vigil.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Read-only connections to a database whose schema is migrated, pooled by HikariCP, so that
 * reads run at once beside each other and beside the one writer: SQLite in WAL mode gives each
 * read transaction a snapshot that a concurrent write does not block; PostgreSQL does the same
 * with MVCC. A read that tries to write fails (the connections are opened read-only), so a
 * route that writes cannot slip in here unnoticed. On SQLite each connection keeps its prepared
 * statements from one read to the next; PostgreSQL's driver keeps them itself (its per-connection
 * cache of parsed and server-prepared statements, {@code preparedStatementCacheQueries} and
 * {@code prepareThreshold}, which HikariCP leaves at their defaults). Thread-safe.
 */
public final class ReadPool implements AutoCloseable {

  /** How long a read waits for a free connection before it fails, in milliseconds. */
  private static final long WAIT_MILLIS = 30_000;

  private final Database db;
  private final HikariDataSource pool;
  /** The kept statements of each physical SQLite connection, by identity; guarded by itself. */
  private final Map<Connection, KeptStatements> kept = new IdentityHashMap<>();

  private ReadPool(Database db, HikariDataSource pool) {
    this.db = db;
    this.pool = pool;
  }

  /**
   * Opens up to {@code size} read connections to {@code db} (lazily, as reads need them).
   *
   * @throws IllegalArgumentException when {@code size} is below 1
   */
  public static ReadPool open(Database db, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("read connections " + size + " must be at least 1");
    }
    HikariConfig cfg = new HikariConfig();
    cfg.setPoolName("vigil-read");
    cfg.setMaximumPoolSize(size);
    cfg.setMinimumIdle(1);
    cfg.setConnectionTimeout(WAIT_MILLIS);
    cfg.setReadOnly(true);
    if (db.dialect() == Dialect.SQLITE) {
      SQLiteConfig sqlite = new SQLiteConfig();
      // SQLite takes it when the connection opens only; the pool's setReadOnly(true) then agrees
      sqlite.setReadOnly(true);
      sqlite.setBusyTimeout(10_000);
      SQLiteDataSource ds = new SQLiteDataSource(sqlite);
      ds.setUrl(db.jdbcUrl());
      cfg.setDataSource(ds);
    } else {
      cfg.setJdbcUrl(db.jdbcUrl());
      if (db.user() != null) {
        cfg.setUsername(db.user());
      }
      if (db.password() != null) {
        cfg.setPassword(db.password());
      }
    }
    try {
      return new ReadPool(db, new HikariDataSource(cfg));
    } catch (RuntimeException e) {
      throw new StoreException("open read connections", db.toString(), e);
    }
  }

  /**
   * Runs {@code work} on a read connection in one read transaction (one snapshot of the
   * database), beside other reads and the writer.
   *
   * @throws StoreException when no connection is free in time or the database fails
   */
  public <T> T read(Function<Store, T> work) {
    Connection c;
    try {
      c = pool.getConnection();
    } catch (SQLException e) {
      throw new StoreException("take a read connection", db.toString(), e);
    }
    try (c) {
      SqlStore s = SqlStore.over(db, c, keptFor(c));
      return s.inTransaction(() -> work.apply(s));
    } catch (SQLException e) {
      throw new StoreException("return a read connection", db.toString(), e);
    }
  }

  /**
   * The statements of the physical connection under the pooled {@code c}: prepared on it, so
   * that HikariCP, which closes the statements made through its proxy when a read gives the
   * connection back, leaves them be. On PostgreSQL, statements for this read only.
   */
  private KeptStatements keptFor(Connection c) throws SQLException {
    if (db.dialect() != Dialect.SQLITE) {
      return new KeptStatements(c);
    }
    Connection physical = c.unwrap(Connection.class);
    synchronized (kept) {
      KeptStatements k = kept.get(physical);
      if (k == null) {
        kept.values().removeIf(KeptStatements::closed); // connections the pool has retired
        k = new KeptStatements(physical);
        kept.put(physical, k);
      }
      return k;
    }
  }

  /** How many statements reads have prepared on the kept connections so far. */
  long statementsPrepared() {
    synchronized (kept) {
      return kept.values().stream().mapToLong(KeptStatements::prepared).sum();
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
