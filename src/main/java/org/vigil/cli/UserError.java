package org.vigil.cli;

/**
 * A problem the user can fix (a missing file, unreadable input, a bad value). Its message is
 * printed as one line on stderr, without a stack trace, and the command exits with code 1.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
