package org.vigil.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The {@code date_added} of the versions one batch adds to a collection: strictly increasing
 * within the collection, one microsecond (the stored precision) apart when they come faster, so
 * that a TAXII client paging with {@code added_after} and the last {@code date_added} it saw
 * never skips a version. Made inside the batch's transaction, after the collection's row is
 * locked: a concurrent batch waits for this one and continues after its last version. Costs two
 * statements per batch, none per version. Not thread-safe: one per batch.
 */
public final class AddedClock {

  private Instant last;

  private AddedClock(Instant last) {
    this.last = last;
  }

  /**
   * The clock of {@code collectionId} within the current transaction.
   *
   * @param latest the latest {@code date_added} already in the collection, or null when it is empty
   */
  static AddedClock after(@Nullable String latest) {
    Instant t = Instant.EPOCH;
    if (latest != null) {
      try {
        t = Instant.parse(latest);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("stored date_added '" + latest + "' is not an ISO-8601 instant", e);
      }
    }
    return new AddedClock(t);
  }

  /** The next {@code date_added}: {@code now}, or one microsecond after the previous one if that is not later. */
  public Instant next(Instant now) {
    Instant t = now.truncatedTo(ChronoUnit.MICROS);
    last = t.isAfter(last) ? t : last.plus(1, ChronoUnit.MICROS);
    return last;
  }
}
