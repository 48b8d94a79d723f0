package org.vigil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The store on SQLite or PostgreSQL over one JDBC connection. Opening applies the pending
 * migrations. SQLite runs in WAL mode with {@code synchronous=NORMAL}: a committed transaction
 * survives the process being killed. Not thread-safe.
 */
public final class SqlStore implements Store {


  private final Database db;
  private final Sql sql;
  private final ReportStore reports;
  private final IncidentStore incidents;
  private final SourceStore sources;
  private final GroupStore groups;
  private final ReviewStore reviews;
  private final LinkStore links;
  private final AccessStore access;
  private final CollectionStore collections;
  private final ObjectStore objects;
  private final AuditStore audit;
  private final StoredStixIds stixIds;
  private final StoredVersionStamps stixVersions;
  private final SharedOriginStore sharedOrigins;
  private final Aggregates aggregates;
  private final WatchStore watches;
  private final AlertStore alerts;
  private final FeedStore feeds;
  private final PendingStore pending;
  private final WebhookStore webhooks;
  private int depth;

  /**
   * A store over a connection opened elsewhere (a pooled read connection, see {@link ReadPool});
   * the schema must be migrated already. Closing the store closes {@code c}.
   */
  static SqlStore over(Database db, Connection c) {
    return new SqlStore(db, c);
  }

  private SqlStore(Database db, Connection c) {
    this.db = db;
    this.sql = new Sql(c, db);
    this.reports = new ReportStore(sql, db.dialect().textSearch());
    this.incidents = new IncidentStore(sql);
    this.sources = new SourceStore(sql);
    this.groups = new GroupStore(sql);
    this.reviews = new ReviewStore(sql);
    this.links = new LinkStore(sql);
    this.access = new AccessStore(sql);
    this.collections = new CollectionStore(sql);
    this.objects = new ObjectStore(sql);
    this.audit = new AuditStore(sql);
    this.stixIds = new StoredStixIds(sql);
    this.stixVersions = new StoredVersionStamps(sql);
    this.sharedOrigins = new SharedOriginStore(sql);
    this.aggregates = new Aggregates(sql);
    this.watches = new WatchStore(sql);
    this.alerts = new AlertStore(sql);
    this.feeds = new FeedStore(sql);
    this.pending = new PendingStore(sql);
    this.webhooks = new WebhookStore(sql);
  }

  /**
   * Opens (and creates or migrates) the database.
   *
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static SqlStore open(Database db) {
    try {
      Flyway.configure(SqlStore.class.getClassLoader())
          .dataSource(db.jdbcUrl(), db.user(), db.password())
          .locations(db.dialect().migrationLocations().toArray(String[]::new))
          .placeholders(db.dialect().placeholders())
          .loggers(MigrationLog.class.getName())
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("migrate schema", db.toString(), e);
    }
    try {
      Properties p = new Properties();
      if (db.user() != null) {
        p.setProperty("user", db.user());
      }
      if (db.password() != null) {
        p.setProperty("password", db.password());
      }
      Connection c = DriverManager.getConnection(db.jdbcUrl(), p);
      if (db.dialect() == Dialect.SQLITE) {
        try (Statement st = c.createStatement()) {
          st.execute("PRAGMA journal_mode = WAL");
          st.execute("PRAGMA synchronous = NORMAL");
          st.execute("PRAGMA foreign_keys = ON");
          st.execute("PRAGMA busy_timeout = 10000");
        }
      }
      return new SqlStore(db, c);
    } catch (SQLException e) {
      throw new StoreException("open", db.toString(), e);
    }
  }

  @Override
  public Database database() {
    return db;
  }

  @Override
  public Dialect dialect() {
    return db.dialect();
  }

  @Override
  public WatchStore watches() {
    return watches;
  }

  @Override
  public AlertStore alerts() {
    return alerts;
  }

  @Override
  public FeedStore feeds() {
    return feeds;
  }

  @Override
  public PendingStore pending() {
    return pending;
  }

  @Override
  public WebhookStore webhooks() {
    return webhooks;
  }

  @Override
  public ReportStore reports() {
    return reports;
  }

  @Override
  public IncidentStore incidents() {
    return incidents;
  }

  @Override
  public SourceStore sources() {
    return sources;
  }

  @Override
  public GroupStore groups() {
    return groups;
  }

  @Override
  public LinkStore links() {
    return links;
  }

  @Override
  public ReviewStore reviews() {
    return reviews;
  }

  @Override
  public AccessStore access() {
    return access;
  }

  @Override
  public CollectionStore collections() {
    return collections;
  }

  @Override
  public ObjectStore objects() {
    return objects;
  }

  @Override
  public AuditStore audit() {
    return audit;
  }

  @Override
  public StoredStixIds stixIds() {
    return stixIds;
  }

  @Override
  public SharedOriginStore sharedOrigins() {
    return sharedOrigins;
  }

  @Override
  public StoredVersionStamps stixVersions() {
    return stixVersions;
  }

  @Override
  public Aggregates aggregates() {
    return aggregates;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (depth > 0) {
      return work.get();
    }
    Connection c = sql.c;
    sql.call("begin transaction", () -> {
      c.setAutoCommit(false);
      return null;
    });
    depth++;
    boolean done = false;
    try {
      T result = work.get();
      sql.call("commit", () -> {
        c.commit();
        return null;
      });
      done = true;
      return result;
    } finally {
      depth--;
      if (!done) {
        try {
          c.rollback();
        } catch (SQLException e) {
          // the original failure matters more; the connection is discarded by the caller
        }
      }
      sql.call("end transaction", () -> {
        c.setAutoCommit(true);
        return null;
      });
    }
  }

  @Override
  public java.util.List<Long> adopt(long org) {
    sql.update("adopt reports", "UPDATE reports SET owner_org = ? WHERE owner_org IS NULL AND NOT EXISTS "
        + "(SELECT 1 FROM reports o WHERE o.owner_org = ? AND o.content_hash = reports.content_hash "
        + "AND o.tlp = reports.tlp)", org, org);
    java.util.List<Long> touched = sql.list("find adopted incidents", rs -> rs.getLong(1), "SELECT DISTINCT "
        + "incident_id FROM incident_sources WHERE owner_org IS NULL AND (report_id IS NULL OR report_id IN "
        + "(SELECT id FROM reports WHERE owner_org = ?)) ORDER BY incident_id", org);
    sql.update("adopt sources", "UPDATE incident_sources SET owner_org = ? WHERE owner_org IS NULL AND "
        + "(report_id IS NULL OR report_id IN (SELECT id FROM reports WHERE owner_org = ?))", org, org);
    return touched;
  }

  @Override
  public Stats stats(Viewer viewer) {
    Clause reports = Clause.of(" FROM reports r WHERE ").then(Visibility.rows("r", viewer));
    Clause incidents = Clause.of(" FROM ").then(Visibility.incidents(viewer));
    return new Stats(count(Clause.of("SELECT count(*)").then(reports)),
        count(Clause.of("SELECT count(*)").then(incidents)),
        count(Clause.of("SELECT count(DISTINCT group_id)").then(incidents).then(" WHERE group_id IS NOT NULL")),
        count(Clause.of("SELECT count(*) FROM incident_sources s WHERE ").then(Visibility.rows("s", viewer))),
        count(Clause.of("SELECT count(*) FROM report_copies c JOIN reports r ON r.id = c.report_id WHERE ")
            .then(Visibility.rows("r", viewer)))
            + count(Clause.of("SELECT count(*)").then(reports).then(" AND r.near_dup_of IS NOT NULL")),
        count(Clause.of("SELECT count(*)").then(incidents).then(" WHERE background_only <> 0")));
  }

  private long count(Clause q) {
    return sql.count(q.sql(), q.array());
  }

  @Override
  public long sizeBytes() {
    if (db.dialect() == Dialect.POSTGRESQL) {
      return sql.count("SELECT pg_database_size(current_database())");
    }
    String file = db.jdbcUrl().substring("jdbc:sqlite:".length());
    long size = 0;
    for (String suffix : new String[] {"", "-wal"}) {
      try {
        Path p = Path.of(file + suffix);
        size += Files.exists(p) ? Files.size(p) : 0;
      } catch (IOException | RuntimeException e) {
        // a size we cannot read counts as zero
      }
    }
    return size;
  }

  @Override
  public void close() {
    sql.call("close", () -> {
      sql.c.close();
      return null;
    });
  }
}
