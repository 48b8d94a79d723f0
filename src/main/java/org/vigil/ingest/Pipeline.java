package org.vigil.ingest;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Prepares batches of reports on worker threads while the calling thread writes the batch
 * before: the engine and the other work on a report alone run beside the writer's transaction
 * instead of before it. At most one batch is prepared ahead of the one being written, so memory
 * stays bounded by two batches. Batches are written in the order they were added. One caller.
 */
final class Pipeline implements AutoCloseable {

  private final ForkJoinPool workers;
  private final Consumer<PendingReport> prepare;
  private final Consumer<List<PendingReport>> write;
  private @Nullable Future<Prepared> ahead;

  /**
   * @param threads worker threads preparing a batch (its reports in parallel)
   * @param prepare the work on one report, on a worker thread
   * @param write writes a prepared batch, on the calling thread
   */
  Pipeline(int threads, Consumer<PendingReport> prepare, Consumer<List<PendingReport>> write) {
    this.workers = new ForkJoinPool(threads);
    this.prepare = prepare;
    this.write = write;
  }

  /** Workers beside the writer: one core for the writer, the others for the engine, at least one. */
  static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  /** Starts preparing {@code batch} (the pipeline's from now on), then writes the batch added before it. */
  void add(List<PendingReport> batch) {
    List<PendingReport> mine = List.copyOf(batch);
    Future<Prepared> next = workers.submit(() -> {
      AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
      mine.parallelStream().forEach(p -> {
        try {
          prepare.accept(p);
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      });
      return new Prepared(mine, failure.get());
    });
    flush();
    ahead = next;
  }

  /**
   * Writes the batch being prepared, if any, once it is ready.
   *
   * @throws RuntimeException what preparing one of its reports threw, as thrown (nothing of the batch is written)
   */
  void flush() {
    Future<Prepared> f = ahead;
    if (f == null) {
      return;
    }
    ahead = null;
    Prepared done;
    try {
      done = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted while a batch was being prepared", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("preparing a batch failed: " + e.getCause(), e.getCause());
    }
    if (done.failure() != null) {
      throw done.failure();
    }
    write.accept(done.batch());
  }

  /** A batch prepared, or the first failure of its reports' preparation. */
  private record Prepared(List<PendingReport> batch, @Nullable RuntimeException failure) {}

  /** Drops a batch still being prepared (after a failure) and stops the workers. */
  @Override
  public void close() {
    workers.shutdownNow();
  }
}
