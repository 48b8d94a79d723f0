package org.vigil.feeds;

/** A feed or article could not be fetched or read; the message says what and why, for the feed's status. */
public final class FeedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
