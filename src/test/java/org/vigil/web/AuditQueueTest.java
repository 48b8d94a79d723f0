package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.AuditEntry;
import org.vigil.store.Database;
import org.vigil.store.SqlStore;

/** Audit entries of reads are queued: the reader never waits for the writer, and no entry is lost. */
class AuditQueueTest {

  @TempDir Path dir;

  @Test
  void a_reader_queues_its_entries_while_a_write_holds_the_writer_and_all_are_written_after() throws Exception {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir)); SharedStore shared = new SharedStore(store)) {
      CountDownLatch writing = new CountDownLatch(1);
      CountDownLatch queued = new CountDownLatch(1);
      Thread writer = new Thread(() -> shared.call(s -> {
        writing.countDown();
        try {
          return queued.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }));
      writer.start();
      assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

      shared.audit(entries("reader", 300)); // returns although the writer is held
      queued.countDown();
      writer.join();
      shared.flushAudit();

      assertThat(store.audit().latest(1_000)).hasSize(300).allMatch(e -> e.userName().equals("reader"));
    }
  }

  @Test
  void entries_from_many_readers_beyond_the_queue_s_capacity_are_all_written_by_close() throws Exception {
    try (SqlStore store = SqlStore.open(Database.sqlite(dir))) {
      SharedStore shared = new SharedStore(store);
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        String name = "reader " + r;
        readers.add(new Thread(() -> {
          for (int i = 0; i < 30; i++) {
            shared.audit(entries(name, 100));
          }
        }));
      }
      readers.forEach(Thread::start);
      for (Thread t : readers) {
        t.join();
      }
      shared.close(); // 24,000 entries: more than the queue holds, so readers also wrote their own

      assertThat(store.audit().latest(100_000)).hasSize(8 * 30 * 100);
    }
  }

  private static List<AuditEntry> entries(String user, int n) {
    List<AuditEntry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new AuditEntry(0, "2026-01-01T00:00:00Z", user, 1L, "taxii.read", "indicator--" + i + "@v",
          "collection c, TLP rank 2"));
    }
    return out;
  }
}
