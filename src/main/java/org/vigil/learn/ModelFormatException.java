package org.vigil.learn;

/** A model file or resource that is not a model this version can read; the message says why. */
public final class ModelFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public ModelFormatException(String message) {
    super(message);
  }
}
