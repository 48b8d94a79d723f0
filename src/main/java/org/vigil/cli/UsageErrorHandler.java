package org.vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A bad option or argument: one line on stderr naming it, a hint to {@code --help}, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    cl.getErr().println("vigil: " + e.getMessage()
        + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
    return 2;
  }
}
