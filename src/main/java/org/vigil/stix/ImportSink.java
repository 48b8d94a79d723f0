package org.vigil.stix;

import java.util.List;

/**
 * Where imported objects go. The store implements it in one transaction.
 */
@FunctionalInterface
public interface ImportSink {

  /**
   * Stores every object, or none: when this throws, nothing of {@code objects} may remain
   * stored. The objects come in dependency order (an object after those it refers to within
   * the same bundle) and may include several versions of one id.
   *
   * @throws RuntimeException when the objects cannot be stored; nothing was stored
   */
  void storeAll(List<StixObject> objects);
}
