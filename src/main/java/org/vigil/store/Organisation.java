package org.vigil.store;

import java.util.Objects;

/** An organisation that shares through this Vigil instance: its users see what it may see. */
public record Organisation(long id, String name) {

  /** Longest organisation name accepted. */
  public static final int MAX_NAME = 200;

  public Organisation {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("organisation name '" + name + "' must be 1 to " + MAX_NAME
          + " characters (Organisation.MAX_NAME)");
    }
  }
}
