package org.vigil.store;

import java.util.function.Supplier;

/**
 * The knowledge base. Each part ({@link #reports()}, {@link #incidents()},
 * {@link #sources()}, {@link #groups()},
 * {@link #reviews()}) works on the same connection; {@link #inTransaction} makes a batch of
 * their calls atomic. Calls outside a transaction commit one by one. Not thread-safe.
 *
 * @see SqlStore#open(Database)
 */
public interface Store extends AutoCloseable {

  Dialect dialect();

  /** Where the database is, so that more connections to it can be opened ({@link ReadPool}). */
  Database database();

  ReportStore reports();

  IncidentStore incidents();

  SourceStore sources();

  GroupStore groups();

  ReviewStore reviews();

  /** Links between related incidents, and incidents merged into others. */
  LinkStore links();

  /** Organisations, users and API keys. */
  AccessStore access();

  /** TAXII API roots and collections with their sharing policy. */
  CollectionStore collections();

  /** The STIX objects of the collections, read under TLP clearance, and POST statuses. */
  ObjectStore objects();

  /** The audit log. */
  AuditStore audit();

  /** Watchlists. */
  WatchStore watches();

  /** Alerts raised by watchlists. */
  AlertStore alerts();

  /** Feeds and their polling status. */
  FeedStore feeds();

  /** Reports queued for ingest. */
  PendingStore pending();

  /** Webhooks and deliveries. */
  WebhookStore webhooks();

  /** STIX ids made once per natural key and kept. */
  StoredStixIds stixIds();

  /** Which incident sources and reports came from partners' STIX objects, by whom and under which marking. */
  SharedOriginStore sharedOrigins();

  /** The created and modified of exported objects, kept so that they change only with the content. */
  StoredVersionStamps stixVersions();

  /** Counts and sums over incidents, computed by the database, for the web UI. */
  Aggregates aggregates();

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it
   * throws. A call inside another joins it.
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Gives organisation {@code org} the reports and dataset sources the instance owns (those with
   * no owner; a report whose content the organisation already has with the same marking stays
   * the instance's). Returns the incidents whose sources changed owner: the caller merges them
   * again, which labels them anew.
   */
  java.util.List<Long> adopt(long org);

  /** Counts of what {@code viewer} reads of the knowledge base. */
  Stats stats(Viewer viewer);

  /** The database's size in bytes (the file for SQLite, WAL included), if known. */
  long sizeBytes();

  /** Refreshes the query planner's statistics (after a bulk load, so that it picks the indexes). */
  void analyze();

  @Override
  void close();
}
