package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store on a real database file. */
class SqliteStoreTest {

  @TempDir Path dir;

  @Test
  void a_new_data_directory_gets_an_empty_migrated_database_in_wal_mode() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      assertThat(store.stats(Viewer.OPERATOR)).isEqualTo(new Stats(0, 0, 0, 0, 0, 0));
      store.reports().idByHash("x", org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN));
    }
    assertThat(Files.exists(dir.resolve(Database.SQLITE_FILE))).isTrue();
    try (SqlStore again = SqlStore.open(Database.sqlite(dir))) {
      assertThat(again.stats(Viewer.OPERATOR).reports()).isZero();
    }
  }

  @Test
  void a_report_is_found_by_hash_by_band_and_by_its_words() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      long id = store.inTransaction(() -> store.reports().insert(new StoredReport(0, "r1", "h1", "0".repeat(256),
          null, "Blast", "2024-01-02", null, null, "a.txt", "A car bomb exploded near the market in Kirkuk.", org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN)), new long[] {42L, 43L}));
      assertThat(store.reports().idByHash("h1", org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN))).contains(id);
      assertThat(store.reports().sharingBand(new long[] {7L, 43L}, org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN))).hasSize(1);
      assertThat(store.reports().search(Viewer.OPERATOR, "kirkuk market", 10)).extracting(StoredReport::extId).containsExactly("r1");
      assertThat(store.reports().search(Viewer.OPERATOR, "\" OR 1", 10)).isEmpty();
    }
  }
}
