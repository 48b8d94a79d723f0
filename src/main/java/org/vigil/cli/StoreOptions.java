package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vigil.registry.Registries;
import org.vigil.store.Database;
import org.vigil.store.GroupRow;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the knowledge base is: {@code --data DIR} (SQLite, default) or {@code --db URL}. A
 * SQLite file that does not exist yet is created with a notice on stderr (a mistyped
 * {@code --data} shows at once) by the commands that add to the store, and refused by those
 * that only read or correct it.
 */
final class StoreOptions {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "vigil-data",
      description = "Data directory: SQLite database and optional vigil.properties (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--db", paramLabel = "URL",
      description = "Database instead of the data directory's SQLite file: postgresql://user:pass@host:port/db or jdbc:postgresql://...")
  String db;

  /** The command this mixin belongs to (absent when a command builds its options itself). */
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  /** What opening does when the SQLite file does not exist yet. */
  enum WhenAbsent { CREATE_AND_SAY, CREATE_QUIETLY, REFUSE }

  Settings settings() {
    return Settings.load(data);
  }

  /** Opens the store, creating it with a notice on stderr when new, and seeds the groups. */
  Store open(Settings settings, Registries registries) {
    return open(settings, registries, WhenAbsent.CREATE_AND_SAY);
  }

  /** Opens a store that must exist already: for commands that read or correct what is stored. */
  Store openExisting(Settings settings, Registries registries) {
    return open(settings, registries, WhenAbsent.REFUSE);
  }

  /** Opens the store (creating the data directory and schema as {@code absent} allows) and seeds the groups. */
  Store open(Settings settings, Registries registries, WhenAbsent absent) {
    Database database;
    try {
      String url = db != null ? db : settings.dbUrl();
      database = url != null ? Database.parse(url) : Database.sqlite(data);
    } catch (IllegalArgumentException e) {
      throw new UserError("--db: " + e.getMessage());
    }
    Optional<Path> file = sqliteFile(database).filter(f -> !Files.exists(f));
    if (file.isPresent()) {
      Path where = db != null ? file.get() : data;
      if (absent == WhenAbsent.REFUSE) {
        throw new UserError("no knowledge base at " + where.toAbsolutePath().normalize() + " (" + file.get()
            + " does not exist): check " + (db != null ? "--db" : "--data") + ", or fill one with vigil ingest");
      }
      if (database.jdbcUrl().startsWith("jdbc:sqlite:" + data)) {
        try {
          Files.createDirectories(data);
        } catch (IOException e) {
          throw new UserError(data + ": cannot create the data directory: " + e.getMessage());
        }
      }
      if (absent == WhenAbsent.CREATE_AND_SAY) {
        notice("vigil: new, empty store at " + where.toAbsolutePath().normalize());
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

  private static Optional<Path> sqliteFile(Database database) {
    String url = database.jdbcUrl();
    if (!url.startsWith("jdbc:sqlite:")) {
      return Optional.empty();
    }
    String file = url.substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    file = query < 0 ? file : file.substring(0, query);
    return file.isEmpty() || file.equals(":memory:") || file.startsWith("file:") ? Optional.empty()
        : Optional.of(Path.of(file));
  }

  private void notice(String line) {
    PrintWriter err = mixee != null ? mixee.commandLine().getErr() : new PrintWriter(System.err, true);
    err.println(line);
    err.flush();
  }
}
