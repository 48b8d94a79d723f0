package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code vigil} in-process for the server tests: commands that must succeed, and a started {@code serve}. */
final class Serving {

  private Serving() {}

  /** Runs {@code vigil ARGS...}, which must exit 0, and returns what it printed on stdout. */
  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute(args)).as(String.join(" ", args) + ": " + err).isZero();
    return out.toString();
  }

  /** Starts {@code vigil serve --data DATA --port 0 --tick 100ms EXTRA...}, its parts made by {@code factory}. */
  static ServeCommand.Running start(String data, CommandLine.IFactory factory, String... extra) {
    CommandLine cl = new CommandLine(new ServeCommand(), factory);
    cl.setOut(new PrintWriter(new StringWriter(), true));
    String[] args = new String[extra.length + 6];
    System.arraycopy(new String[] {"--data", data, "--port", "0", "--tick", "100ms"}, 0, args, 0, 6);
    System.arraycopy(extra, 0, args, 6, extra.length);
    cl.parseArgs(args);
    return ((ServeCommand) cl.getCommand()).start();
  }
}
