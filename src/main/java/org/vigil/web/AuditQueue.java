package org.vigil.web;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.vigil.store.AuditEntry;

/**
 * Audit entries of reads, written on the writer by one background thread, many to a
 * transaction, so that a read of AMBER objects neither waits for the writer nor takes it once per
 * request. An entry is written within about one write transaction of being queued; entries still
 * queued when the process is killed (not stopped) are lost, which {@link #close} avoids by
 * writing them all first. When the queue is full, the caller writes its own entries (and waits
 * for the writer): memory stays bounded and no entry is dropped. A batch the database refuses is
 * tried again, with the reason printed, until it is written or the queue is closed. Thread-safe.
 */
final class AuditQueue implements AutoCloseable {

  /** Entries held at most before callers write their own. */
  static final int CAPACITY = 20_000;
  /** Entries written in one transaction at most. */
  private static final int BATCH = 2_000;

  private final Consumer<List<AuditEntry>> write;
  private final PrintStream err;
  private final BlockingQueue<AuditEntry> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Object written = new Object();
  private long added;
  private long done;
  private volatile boolean closing;
  private Thread thread;

  /** @param write appends entries in one write transaction */
  AuditQueue(Consumer<List<AuditEntry>> write, PrintStream err) {
    this.write = write;
    this.err = err;
  }

  /** Queues the entries, or writes them at once when the queue is full or closed. */
  void add(List<AuditEntry> entries) {
    List<AuditEntry> left = new ArrayList<>();
    synchronized (written) {
      start();
      for (AuditEntry e : entries) {
        if (closing || !queue.offer(e)) {
          left.add(e);
        } else {
          added++;
        }
      }
    }
    if (!left.isEmpty()) {
      write.accept(left);
    }
  }

  /** Returns once every entry queued before the call is written (or the queue is closed). */
  void flush() throws InterruptedException {
    synchronized (written) {
      long target = added;
      while (done < target && thread != null && thread.isAlive()) {
        written.wait(100);
      }
    }
  }

  private void start() {
    if (thread == null) {
      thread = new Thread(this::run, "vigil-audit");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void run() {
    List<AuditEntry> batch = new ArrayList<>();
    while (!closing || !queue.isEmpty() || !batch.isEmpty()) {
      try {
        if (batch.isEmpty()) {
          AuditEntry first = queue.poll(100, TimeUnit.MILLISECONDS);
          if (first == null) {
            continue;
          }
          batch.add(first);
          queue.drainTo(batch, BATCH - 1);
        }
        write.accept(batch);
        synchronized (written) {
          done += batch.size();
          written.notifyAll();
        }
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        err.println("vigil: could not write " + batch.size() + " audit entries, trying again: " + e.getMessage());
        if (closing) {
          err.println("vigil: stopping with " + (batch.size() + queue.size()) + " audit entries unwritten");
          return;
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes what is queued, then stops the thread; later entries are written by their callers. */
  @Override
  public void close() {
    Thread t;
    synchronized (written) {
      closing = true;
      t = thread;
    }
    if (t != null) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
