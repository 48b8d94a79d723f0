package org.vigil.stix;

/**
 * Where the {@code created} and {@code modified} of exported objects are remembered, so that an
 * object keeps its {@code created} from its first export on and gets a later {@code modified}
 * only when its content changed (STIX forbids changing {@code created}; partners and
 * {@code --since} rely on {@code modified}). Implementations must be safe for use from several
 * threads.
 */
@FunctionalInterface
public interface VersionStamps {

  /**
   * {@code o} with the {@code created} of its first stamp and, when its content (everything but
   * {@code created} and {@code modified}) is what it was at the last stamp, that stamp's
   * {@code modified}; otherwise with its own {@code modified}, or one millisecond after the last
   * stamp's if that is not later, remembered for next time. An object without {@code created}
   * is returned as it is.
   */
  StixObject stamp(StixObject o);
}
