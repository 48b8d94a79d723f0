package org.vigil.registry;

import java.util.List;

/** A registry entry found in text by its name and aliases. */
public interface Named {
  String id();

  String name();

  List<String> aliases();

  /** Aliases that are ordinary words too, accepted only with supporting context. */
  List<String> risky();
}
