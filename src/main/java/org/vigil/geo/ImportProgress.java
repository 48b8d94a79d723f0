package org.vigil.geo;

/** Receives how far a long download or import has come, in bytes; called from the working thread. */
@FunctionalInterface
public interface ImportProgress {

  void bytes(long done, long total);

  /** Ignores progress. */
  ImportProgress NONE = (done, total) -> { };
}
