package org.vigil.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failed command's error as one line; the stack trace only with {@code --verbose}. */
final class UserErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    boolean verbose = parsed.hasMatchedOption("--verbose")
        || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
    String message = e instanceof UserError || e instanceof UncheckedIOException
        || e instanceof org.vigil.store.StoreException
        ? e.getMessage()
        : "internal error: " + e;
    cl.getErr().println("vigil: " + message);
    if (verbose) {
      e.printStackTrace(cl.getErr());
    }
    if (e instanceof UserError u) {
      return u.exitCode();
    }
    return e instanceof UncheckedIOException || e instanceof org.vigil.store.StoreException ? 1 : 3;
  }
}
