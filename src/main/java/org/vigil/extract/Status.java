package org.vigil.extract;

import java.util.Optional;

/** How far an incident went. */
public enum Status implements Labelled {
  ACCOMPLISHED, ATTEMPTED, FOILED, THREATENED, PLANNED;

  /** The constant with this label, if any. */
  public static Optional<Status> fromLabel(String label) {
    return Labelled.fromLabel(Status.class, label);
  }
}
