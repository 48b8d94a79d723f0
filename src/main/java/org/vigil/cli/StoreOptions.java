package org.vigil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigil.registry.Registries;
import org.vigil.store.Database;
import org.vigil.store.GroupRow;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import picocli.CommandLine.Option;

/** Where the knowledge base is: {@code --data DIR} (SQLite, default) or {@code --db URL}. */
final class StoreOptions {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "vigil-data",
      description = "Data directory: SQLite database and optional vigil.properties (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--db", paramLabel = "URL",
      description = "Database instead of the data directory's SQLite file: postgresql://user:pass@host:port/db or jdbc:postgresql://...")
  String db;

  Settings settings() {
    return Settings.load(data);
  }

  /** Opens the store (creating the data directory and schema as needed) and seeds the groups. */
  Store open(Settings settings, Registries registries) {
    Database database;
    try {
      String url = db != null ? db : settings.dbUrl();
      database = url != null ? Database.parse(url) : Database.sqlite(data);
    } catch (IllegalArgumentException e) {
      throw new UserError("--db: " + e.getMessage());
    }
    if (database.jdbcUrl().startsWith("jdbc:sqlite:" + data)) {
      try {
        Files.createDirectories(data);
      } catch (IOException e) {
        throw new UserError(data + ": cannot create the data directory: " + e.getMessage());
      }
    }
    try {
      Store store = SqlStore.open(database);
      store.inTransaction(() -> {
        store.groups().seed(registries.groups().all().stream()
            .map(g -> new GroupRow(g.id(), g.name(), g.parent(), null)).toList());
        return null;
      });
      return store;
    } catch (StoreException e) {
      throw new UserError("cannot open the knowledge base at " + database + ": "
          + e.getCause().getMessage(), e);
    }
  }
}
