package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.KnowledgeBase.ISIS_7;
import static org.vigil.ingest.KnowledgeBase.LOCAL_2;
import static org.vigil.ingest.KnowledgeBase.OTHER_4;
import static org.vigil.ingest.KnowledgeBase.RECALL_5;
import static org.vigil.ingest.KnowledgeBase.WIRE_1;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.store.AlertRow;
import org.vigil.store.Store;
import org.vigil.store.WatchlistRow;

/** Watchlists against incidents ingested into a real SQLite file: one alert per incident, updated on change. */
class AlertTest {

  @TempDir Path dir;

  private static List<AlertRow> alerts(Store store) {
    return store.alerts().latest(100);
  }

  @Test
  void a_group_watchlist_raises_one_alert_and_a_second_report_with_a_higher_toll_updates_it() {
    try (Store store = KnowledgeBase.open(dir)) {
      Monitoring.watch(store, "group", "al-Shabab");

      List<AlertEvent> first = Monitoring.ingest(store, WIRE_1);
      List<AlertEvent> second = Monitoring.ingest(store, LOCAL_2);

      assertThat(first).singleElement().satisfies(e -> assertThat(e.isNew()).isTrue());
      assertThat(second).singleElement().satisfies(e -> {
        assertThat(e.isNew()).isFalse();
        assertThat(e.change()).contains("killed 12 -> 17");
      });
      assertThat(alerts(store)).singleElement().satisfies(a -> {
        assertThat(a.version()).isEqualTo(2);
        assertThat(a.summary()).contains("17 killed");
      });
    }
  }

  @Test
  void the_same_report_again_changes_no_alert() {
    try (Store store = KnowledgeBase.open(dir)) {
      Monitoring.watch(store, "group", "Al-Shabaab");
      Monitoring.ingest(store, WIRE_1);

      assertThat(Monitoring.ingest(store, WIRE_1)).isEmpty();
      assertThat(alerts(store)).singleElement().extracting(AlertRow::version).isEqualTo(1);
    }
  }

  @Test
  void a_group_watchlist_matches_the_groups_sub_groups() {
    try (Store store = KnowledgeBase.open(dir)) {
      Monitoring.watch(store, "group", "ISIS");

      assertThat(Monitoring.ingest(store, ISIS_7)).singleElement()
          .satisfies(e -> assertThat(e.alert().reason()).contains("Islamic State Somalia Province, part of Islamic State"));
    }
  }

  @Test
  void a_place_with_a_radius_matches_incidents_inside_it_only() {
    try (Store store = KnowledgeBase.open(dir)) {
      Monitoring.watch(store, "place", "Mogadishu centre", 2.04, 45.34, 25.0, null, List.of(), null, false);

      List<AlertEvent> events = Monitoring.ingest(store, WIRE_1, OTHER_4);

      assertThat(events).singleElement().satisfies(e -> assertThat(e.alert().summary()).contains("Mogadishu"));
    }
  }

  @Test
  void a_site_watchlist_names_its_distance_in_the_reason() {
    try (Store store = KnowledgeBase.open(dir)) {
      Monitoring.watch(store, "site", "Kabul police HQ", 34.53, 69.17, 30.0, "police station", List.of(), null, false);

      assertThat(Monitoring.ingest(store, OTHER_4, WIRE_1)).singleElement()
          .satisfies(e -> assertThat(e.alert().reason()).contains("km from Kabul police HQ"));
    }
  }

  @Test
  void conditions_minimum_killed_and_arrests_only_filter_matches() {
    try (Store store = KnowledgeBase.open(dir)) {
      WatchlistRow toll = Monitoring.watch(store, "area", "SO", null, null, null, null, List.of(), 15, false);
      WatchlistRow arrests = Monitoring.watch(store, "area", "KE", null, null, null, null, List.of(), null, true);

      assertThat(Monitoring.ingest(store, WIRE_1)).as("12 killed is under 15").isEmpty();
      assertThat(Monitoring.ingest(store, LOCAL_2)).singleElement()
          .satisfies(e -> assertThat(e.watchlist().id()).isEqualTo(toll.id()));
      assertThat(Monitoring.ingest(store, RECALL_5)).singleElement()
          .satisfies(e -> assertThat(e.watchlist().id()).isEqualTo(arrests.id()));
    }
  }

  @Test
  void keywords_match_whole_words_of_the_incidents_reports() {
    try (Store store = KnowledgeBase.open(dir)) {
      Monitoring.watch(store, "keywords", "Radio Station, embassy, kill");

      assertThat(Monitoring.ingest(store, OTHER_4, WIRE_1)).singleElement()
          .satisfies(e -> assertThat(e.alert().reason()).isEqualTo("keyword 'Radio Station'"));
    }
  }

  @Test
  void removing_a_watchlist_removes_its_alerts() {
    try (Store store = KnowledgeBase.open(dir)) {
      WatchlistRow w = Monitoring.watch(store, "group", "Al-Shabaab");
      Monitoring.ingest(store, WIRE_1);

      assertThat(store.inTransaction(() -> store.watches().remove(w.id()))).isTrue();
      assertThat(alerts(store)).isEmpty();
    }
  }
}
