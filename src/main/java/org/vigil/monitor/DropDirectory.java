package org.vigil.monitor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.vigil.web.SharedStore;

/**
 * A directory watched for report files (the formats of {@code vigil ingest}). A new file is
 * queued for ingest and moved to {@code done/}; a file that cannot be taken (too large, binary,
 * unreadable) is moved to {@code rejected/} beside a {@code .reason} file saying why. Names
 * starting with a dot or ending in {@code .part} or {@code .tmp} are files still being written
 * and are left alone: write under such a name and rename. A file changed within the last
 * {@link #SETTLE_MILLIS} may still be being copied in place ({@code cp}, a download) and is taken
 * at a later scan, so a half-written file is never queued or rejected. New files are seen through
 * the WatchService and, as a fallback, by a scan at each {@link #scan} call. Thread-safe.
 */
public final class DropDirectory {

  /** How long a file must stay unchanged before it is taken. */
  static final long SETTLE_MILLIS = 1000;

  private final Path dir;
  private final long maxBytes;
  private final SharedStore store;
  private final PrintStream log;
  private volatile boolean settling;

  /** @param maxBytes largest file taken ({@code ingest.max-gzip-bytes} bounds what a file may hold) */
  public DropDirectory(Path dir, long maxBytes, SharedStore store, PrintStream log) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.maxBytes = maxBytes;
    this.store = store;
    this.log = log;
    Files.createDirectories(dir.resolve("done"));
    Files.createDirectories(dir.resolve("rejected"));
  }

  public Path dir() {
    return dir;
  }

  /** Queues every waiting file; returns how many were queued. */
  public synchronized int scan() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isRegularFile)) {
      ds.forEach(files::add);
    } catch (IOException e) {
      log.println("vigil: drop directory " + dir + ": cannot list: " + e.getMessage());
      return 0;
    }
    files.sort(null);
    int queued = 0;
    boolean fresh = false;
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp")) {
        continue;
      }
      if (changedLately(f)) {
        fresh = true;
        continue;
      }
      try {
        take(f, name);
        queued++;
      } catch (IOException | RuntimeException e) {
        reject(f, name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    }
    settling = fresh;
    return queued;
  }

  private static boolean changedLately(Path f) {
    try {
      return System.currentTimeMillis() - Files.getLastModifiedTime(f).toMillis() < SETTLE_MILLIS;
    } catch (IOException e) {
      return false; // gone or unreadable: taking it says why
    }
  }

  private void take(Path f, String name) throws IOException {
    long size = Files.size(f);
    if (size > maxBytes) {
      throw new IOException("the file is " + size + " bytes, above ingest.max-gzip-bytes (" + maxBytes + ")");
    }
    String content;
    String queuedName = name;
    if (name.endsWith(".gz")) {
      content = org.vigil.ingest.Inputs.gunzip(f, maxBytes);
      queuedName = name.substring(0, name.length() - 3);
    } else {
      try {
        content = Files.readString(f, StandardCharsets.UTF_8);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IOException("the file is not UTF-8 text", e);
      }
    }
    String c = content;
    String n = queuedName;
    store.call(s -> s.pending().add("drop:" + name, n, c));
    Files.move(f, unique(dir.resolve("done"), name), StandardCopyOption.REPLACE_EXISTING);
  }

  private void reject(Path f, String name, String reason) {
    try {
      Path to = unique(dir.resolve("rejected"), name);
      Files.move(f, to, StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(to.resolveSibling(to.getFileName() + ".reason"), reason + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.println("vigil: drop directory: cannot move " + f + " to rejected/: " + e.getMessage());
    }
    log.println("vigil: drop directory: rejected " + name + ": " + reason);
  }

  private static Path unique(Path into, String name) {
    Path p = into.resolve(name);
    for (int i = 1; Files.exists(p); i++) {
      p = into.resolve(i + "-" + name);
    }
    return p;
  }

  /**
   * Blocks, calling {@code onChange} when the directory changes, until interrupted or the
   * watch service closes. Returns at once when the file system offers no watching (the periodic
   * scan then does the work).
   */
  public void watch(Runnable onChange) {
    try (WatchService ws = dir.getFileSystem().newWatchService()) {
      dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      while (!Thread.currentThread().isInterrupted()) {
        var key = ws.poll(1, TimeUnit.SECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
          onChange.run();
        } else if (settling) {
          onChange.run(); // a file was too fresh to take: look again once it has settled
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | ClosedWatchServiceException | UnsupportedOperationException e) {
      log.println("vigil: drop directory " + dir + ": no file watching (" + e.getMessage() + "); scanning only");
    }
  }
}
