package org.vigil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code vigil} command in-process, as a user would, keeping what it printed. */
abstract class CommandTest {

  /** What the last {@link #run} printed on stdout. */
  protected StringWriter out = new StringWriter();
  /** What the last {@link #run} printed on stderr. */
  protected StringWriter err = new StringWriter();

  /** Runs {@code vigil ARGS...} and returns its exit code. */
  protected int run(String... args) {
    return run(CommandLine.defaultFactory(), args);
  }

  /** Runs {@code vigil ARGS...} with an engine that fails on texts marked {@link FailingEngine#MARK}. */
  protected int runFailing(String... args) {
    return run(FailingEngine.factory(), args);
  }

  private int run(CommandLine.IFactory factory, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = Main.commandLine(factory);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }
}
