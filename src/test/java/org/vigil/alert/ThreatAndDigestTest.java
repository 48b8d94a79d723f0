package org.vigil.alert;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.ingest.KnowledgeBase.OTHER_4;
import static org.vigil.ingest.KnowledgeBase.RECALL_5;
import static org.vigil.ingest.KnowledgeBase.WIRE_1;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.store.Store;
import org.vigil.store.WatchlistRow;

/** A site's threat picture, the daily digest and the alert bus, on a real SQLite file. */
class ThreatAndDigestTest {

  @TempDir Path dir;

  @Test
  void a_sites_threat_picture_has_nearby_incidents_by_month_groups_nearby_and_same_category_attacks_elsewhere() {
    try (Store store = KnowledgeBase.open(dir)) {
      WatchlistRow hotel = Monitoring.watch(store, "site", "Hotel district", 2.04, 45.34, 25.0, "hotel", List.of(),
          null, false);
      WatchlistRow kabul = Monitoring.watch(store, "site", "Kabul hotel", 34.53, 69.17, 10.0, "hotel", List.of(),
          null, false);
      Monitoring.ingest(store, WIRE_1, OTHER_4, RECALL_5);

      JsonNode near = ThreatPicture.of(store, Viewer.OPERATOR, hotel);
      JsonNode far = ThreatPicture.of(store, Viewer.OPERATOR, kabul);

      assertThat(near.path("byMonth")).singleElement().satisfies(m -> {
        assertThat(m.path("month").asText()).isEqualTo("2024-03");
        assertThat(m.path("incidents").asInt()).isEqualTo(1);
      });
      assertThat(near.path("groupsNearby").get(0).path("group").asText()).isEqualTo("al-shabaab");
      assertThat(far.path("nearby")).singleElement()
          .satisfies(i -> assertThat(i.path("place").asText()).isEqualTo("Kabul"));
      assertThat(far.path("sameCategoryElsewhere")).singleElement()
          .satisfies(i -> assertThat(i.path("place").asText()).isEqualTo("Mogadishu"));
    }
  }

  @Test
  void a_threat_picture_needs_coordinates_and_says_so() {
    try (Store store = KnowledgeBase.open(dir)) {
      WatchlistRow group = Monitoring.watch(store, "group", "Al-Shabaab");

      assertThatThrownBy(() -> ThreatPicture.of(store, Viewer.OPERATOR, group)).hasMessageContaining("is a group watchlist; a threat "
          + "picture needs a place or site with coordinates and a radius");
    }
  }

  @Test
  void the_digest_of_a_day_lists_that_days_alerts_and_is_queued_once_per_webhook() {
    try (Store store = KnowledgeBase.open(dir)) {
      Monitoring.watch(store, "group", "Al-Shabaab");
      Monitoring.ingest(store, WIRE_1);
      var user = store.access().findUser("ana").orElseThrow();
      store.webhooks().add(user.id(), null, "http://127.0.0.1:9/hook", "s3cret");
      LocalDate today = LocalDate.now(ZoneOffset.UTC);

      JsonNode digest = Digest.of(store, user, today);
      int first = store.inTransaction(() -> Digest.queueFor(store, today, Instant.now()));
      int again = store.inTransaction(() -> Digest.queueFor(store, today, Instant.now()));

      assertThat(digest.path("count").asInt()).isEqualTo(1);
      assertThat(digest.path("alerts").get(0).path("summary").asText()).contains("Mogadishu");
      assertThat(Digest.of(store, user, today.minusDays(1)).path("count").asInt()).isZero();
      assertThat(first).isEqualTo(1);
      assertThat(again).isZero();
      assertThat(store.inTransaction(() -> Digest.queueFor(store, today.minusDays(1), Instant.now())))
          .as("no empty digests").isZero();
    }
  }

  @Test
  void the_bus_gives_each_stream_only_its_users_and_organisations_alerts() {
    try (Store store = KnowledgeBase.open(dir)) {
      WatchlistRow w = Monitoring.watch(store, "group", "Al-Shabaab");
      AlertEvent e = Monitoring.ingest(store, WIRE_1).get(0);
      long user = w.ownerUser();
      long org = store.access().findUser(user).orElseThrow().orgId();
      AlertBus bus = new AlertBus();
      List<String> mine = new ArrayList<>();
      List<String> others = new ArrayList<>();
      bus.subscribe(user, org, p -> mine.add(p.json()));
      bus.subscribe(user + 100, org, p -> others.add(p.json()));

      bus.publish(List.of(new AlertBus.Published(e, "{\"x\":1}")));

      assertThat(mine).containsExactly("{\"x\":1}");
      assertThat(others).as("a user's own watchlist is not shown to the rest of the organisation").isEmpty();
    }
  }

  @Test
  void a_signature_verifies_the_exact_body_only() {
    byte[] body = "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String sig = Signatures.sign("k", body);

    assertThat(sig).matches("sha256=[0-9a-f]{64}");
    assertThat(Signatures.verify("k", body, sig)).isTrue();
    assertThat(Signatures.verify("other", body, sig)).isFalse();
    assertThat(Signatures.verify("k", "{\"a\":2}".getBytes(java.nio.charset.StandardCharsets.UTF_8), sig)).isFalse();
  }
}
