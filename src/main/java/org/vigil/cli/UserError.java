package org.vigil.cli;

import org.jspecify.annotations.Nullable;

/**
 * A problem the user can fix (a missing file, unreadable input, a bad value). Its message is
 * printed as one line on stderr, without a stack trace, and the command exits with
 * {@link #exitCode}: 1 for a file or input problem, 2 for a command line that cannot work as
 * given (like a parse error).
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public UserError(String message) {
    this(message, null, 1);
  }

  public UserError(String message, Throwable cause) {
    this(message, cause, 1);
  }

  private UserError(String message, @Nullable Throwable cause, int exitCode) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A command line that cannot work as given (a port in use, say): exit code 2. */
  static UserError usage(String message, Throwable cause) {
    return new UserError(message, cause, 2);
  }

  int exitCode() {
    return exitCode;
  }
}
