package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.stix.Tlp;

/**
 * The filter forms' overview (groups, countries, first and last day) comes from one pass and
 * says what the three tallies say: most incidents first, ties by key, within the limits, only
 * what the reader reads, and no range when nothing is dated.
 */
class OverviewTest {

  @TempDir Path dir;

  @Test
  void the_overview_gives_the_groups_countries_and_days_the_reader_reads() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      long observatory = store.inTransaction(() -> {
        long org = store.access().createOrganisation("observatory").id();
        long other = store.access().createOrganisation("other").id();
        add(store, "IQ", "islamic-state", "2020-03-01", 4, Ownership.instance(Tlp.GREEN));
        add(store, "IQ", null, "2019-01-05", 1, Ownership.instance(Tlp.GREEN));
        add(store, "NG", "boko-haram", "2021-07-30", 2, Ownership.instance(Tlp.GREEN));
        add(store, "SO", "al-shabaab", "2021-07-30", 2, Ownership.instance(Tlp.GREEN));
        add(store, null, "islamic-state", null, 1, Ownership.instance(Tlp.GREEN));
        add(store, "YE", "houthis", "2023-01-01", 5, new Ownership(other, Tlp.AMBER));
        return org;
      });
      Viewer reader = Viewer.of(observatory);

      Aggregates.Overview o = store.aggregates().overview(reader, 2, 10);

      assertThat(o.groups()).extracting(Aggregates.Bucket::key, Aggregates.Bucket::incidents)
          .containsExactly(tuple("islamic-state", 5L), tuple("al-shabaab", 2L));
      assertThat(o.countries()).extracting(Aggregates.Bucket::key, Aggregates.Bucket::incidents)
          .containsExactly(tuple("IQ", 5L), tuple("NG", 2L), tuple("SO", 2L));
      assertThat(o.dateRange()).containsExactly("2019-01-05", "2021-07-30");
      assertThat(o.groups()).isEqualTo(store.aggregates().topGroups(reader, IncidentFilter.all(), 2));
      assertThat(o.countries()).isEqualTo(store.aggregates().topCountries(reader, IncidentFilter.all(), 10));
      assertThat(o.dateRange()).isEqualTo(store.aggregates().dateRange(reader));
    }
  }

  @Test
  void nothing_dated_gives_no_range() {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      store.inTransaction(() -> {
        add(store, "IQ", null, null, 1, Ownership.instance(Tlp.GREEN));
        return null;
      });
      Aggregates.Overview o = store.aggregates().overview(Viewer.OPERATOR, 10, 10);
      assertThat(o.dateRange()).isEmpty();
      assertThat(o.countries()).extracting(Aggregates.Bucket::key).containsExactly("IQ");
      assertThat(o.groups()).isEmpty();
    }
  }

  private static void add(SqlStore store, String country, String group, String day, int n, Ownership label) {
    for (int i = 0; i < n; i++) {
      String json = "{\"type\":\"bombing\"}";
      store.incidents().insert(new IncidentRow(0, "bombing", "accomplished", false, day, day == null ? null : "day",
          day, day, country, null, null, null, null, null, null, group, 1, null, json, json, label));
    }
  }
}
