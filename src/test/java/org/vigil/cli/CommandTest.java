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
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }
}
