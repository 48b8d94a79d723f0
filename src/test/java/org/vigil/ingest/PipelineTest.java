package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;
import org.vigil.store.Ownership;
import org.vigil.stix.Tlp;

/**
 * Batches are prepared on worker threads, not on the writer's, and written on the caller's
 * thread in the order they were added, each report prepared before its batch is written; a
 * failure while preparing reaches the caller when that batch's turn to be written comes.
 */
class PipelineTest {

  @Test
  void batches_are_prepared_on_workers_and_written_in_order_on_the_caller_thread() {
    Thread caller = Thread.currentThread();
    Set<String> prepared = ConcurrentHashMap.newKeySet();
    Set<Thread> preparers = ConcurrentHashMap.newKeySet();
    List<String> written = new ArrayList<>();
    try (Pipeline pipeline = new Pipeline(2, p -> {
      preparers.add(Thread.currentThread());
      prepared.add(p.report.id());
    }, batch -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      batch.forEach(p -> {
        assertThat(prepared).contains(p.report.id());
        written.add(p.report.id());
      });
    })) {
      for (int b = 0; b < 5; b++) {
        int first = b * 10;
        pipeline.add(IntStream.range(first, first + 10).mapToObj(PipelineTest::pending).toList());
      }
      pipeline.flush();
    }
    assertThat(written).containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "r" + i).toList());
    assertThat(preparers).doesNotContain(caller);
  }

  @Test
  void a_failure_while_preparing_reaches_the_caller_and_nothing_of_its_batch_is_written() {
    List<String> written = new ArrayList<>();
    try (Pipeline pipeline = new Pipeline(1, p -> {
      if (p.report.id().equals("r12")) {
        throw new IllegalStateException("cannot prepare " + p.report.id());
      }
    }, batch -> batch.forEach(p -> written.add(p.report.id())))) {
      pipeline.add(List.of(pending(0), pending(1)));
      pipeline.add(List.of(pending(11), pending(12)));
      assertThatThrownBy(pipeline::flush).isInstanceOf(IllegalStateException.class).hasMessage("cannot prepare r12");
    }
    assertThat(written).containsExactly("r0", "r1");
  }

  private static PendingReport pending(int i) {
    return new PendingReport(Report.of("r" + i, "text " + i, null),
        "test#r" + i, Ownership.instance(Tlp.GREEN), null);
  }
}
