package org.vigil.store;

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
  private final StoreWide facts;
  private int depth;

  /**
   * A store over a connection opened elsewhere (a pooled read connection, see {@link ReadPool});
   * the schema must be migrated already, and {@code kept} holds the statements of its connection.
   * Closing the store closes {@code c}.
   */
  static SqlStore over(Database db, Connection c, KeptStatements kept) {
    return new SqlStore(db, new Sql(c, db, kept));
  }

  private SqlStore(Database db, Sql sql) {
    this.db = db;
    this.sql = sql;
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
    this.facts = new StoreWide(sql);
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
      return new SqlStore(db, new Sql(c, db));
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
    return facts.adopt(org);
  }

  @Override
  public Stats stats(Viewer viewer) {
    return facts.stats(viewer);
  }

  @Override
  public long sizeBytes() {
    return facts.sizeBytes();
  }

  @Override
  public void analyze() {
    facts.analyze();
  }

  @Override
  public void close() {
    sql.call("close", () -> {
      sql.c.close();
      return null;
    });
  }
}
