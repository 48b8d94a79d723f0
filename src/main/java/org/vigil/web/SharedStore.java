package org.vigil.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.vigil.store.AuditEntry;
import org.vigil.store.ReadPool;
import org.vigil.store.Store;

/**
 * The store of the server, shared by its request threads and background work. Writes go one at
 * a time through the store it was made with (SQLite writes one transaction at a time anyway);
 * reads go to a pool of read-only connections ({@link ReadPool}) and neither wait for a write nor
 * for each other. Work that takes CPU time and no database (extraction, password hashing) belongs
 * outside both. Thread-safe.
 */
public final class SharedStore implements AutoCloseable {

  /** Read connections when the caller names none: the server's default ({@link Capacity#DEFAULT_READ_CONNECTIONS}). */
  public static final int DEFAULT_READ_CONNECTIONS = Capacity.DEFAULT_READ_CONNECTIONS;

  private final Store writer;
  private final int readConnections;
  private final ReentrantLock writing = new ReentrantLock();
  private final Object opening = new Object();
  private volatile @Nullable ReadPool readers;
  private final AtomicLong writes = new AtomicLong();
  private final AuditQueue audits = new AuditQueue(entries -> call(s -> {
    s.audit().appendAll(entries);
    return null;
  }), System.err);

  public SharedStore(Store store) {
    this(store, DEFAULT_READ_CONNECTIONS);
  }

  /** @param readConnections the most read connections open at once (opened as reads need them) */
  public SharedStore(Store store, int readConnections) {
    if (readConnections < 1) {
      throw new IllegalArgumentException("server.read-connections " + readConnections + " must be at least 1");
    }
    this.writer = store;
    this.readConnections = readConnections;
  }

  /** Runs {@code work}, which may write, alone among writers and in one transaction. */
  public <T> T call(Function<Store, T> work) {
    return exclusive(() -> writer.inTransaction(() -> work.apply(writer)));
  }

  /**
   * Runs {@code work} like {@link #call} when no other write is in progress; false, without
   * waiting, when one is (for bookkeeping that may be skipped, such as when a key was last used).
   */
  public boolean callIfFree(Consumer<Store> work) {
    if (!writing.tryLock()) {
      return false;
    }
    try {
      writer.inTransaction(() -> {
        work.accept(writer);
        return null;
      });
      return true;
    } finally {
      writes.incrementAndGet();
      writing.unlock();
    }
  }

  /**
   * Runs {@code work}, which only reads, in one read transaction on a read connection: at once,
   * whatever writes are in progress (it sees what they committed before it began).
   */
  public <T> T read(Function<Store, T> work) {
    return readers().read(work);
  }

  /**
   * Runs {@code work} alone among writers, without opening a transaction: for work that uses
   * {@link #writer()} in transactions of its own and does CPU work between them (ingest), which
   * calls this once per transaction.
   */
  public <T> T exclusive(Supplier<T> work) {
    writing.lock();
    try {
      return work.get();
    } finally {
      writes.incrementAndGet();
      writing.unlock();
    }
  }

  /**
   * Appends audit entries of reads soon, many to a write transaction, without waiting for the
   * writer (see {@link AuditQueue}); {@link #close} writes those still queued.
   */
  public void audit(List<AuditEntry> entries) {
    if (!entries.isEmpty()) {
      audits.add(entries);
    }
  }

  /** Returns once the audit entries given so far are written. */
  public void flushAudit() throws InterruptedException {
    audits.flush();
  }

  /**
   * How many times the writer was taken so far: a value computed from reads is still current
   * while this has not changed (or a write began after it was read).
   */
  public long writes() {
    return writes.get();
  }

  /** The writing store: to be used only inside {@link #exclusive}. */
  public Store writer() {
    return writer;
  }

  private ReadPool readers() {
    ReadPool r = readers;
    if (r == null) {
      synchronized (opening) {
        r = readers;
        if (r == null) {
          r = ReadPool.open(writer.database(), readConnections);
          readers = r;
        }
      }
    }
    return r;
  }

  /** Writes the queued audit entries and closes the read connections (the writing store belongs to the caller). */
  @Override
  public void close() {
    audits.close();
    synchronized (opening) {
      ReadPool r = readers;
      readers = null;
      if (r != null) {
        r.close();
      }
    }
  }
}
