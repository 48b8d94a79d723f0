package org.vigil.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code vigil} command. User errors end as one line on stderr and exit
 * code 2 (bad usage) or 1 (a file or input problem); stack traces are printed only with
 * {@code --verbose}.
 */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Structured, sourced incident records on terrorism and political violence.",
    subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, GeoCommand.class, BenchCommand.class,
        EvalCommand.class, ExportCommand.class, ImportCommand.class,
        IngestCommand.class, StatsCommand.class, IncidentsCommand.class, IncidentCommand.class,
        ReviewCommand.class, ReextractCommand.class, GroupCommand.class, SearchCommand.class,
        ImportDatasetCommand.class, BenchIngestCommand.class, BenchServeCommand.class, ServeCommand.class, AdminCommand.class,
        WatchCommand.class, FeedsCommand.class, TrainCommand.class, ProposalsCommand.class, GazetteerCommand.class,
        EvalMergeCommand.class, QueueCommand.class, BenchRobustnessCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI with the given arguments and returns the exit code; never calls exit. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /** The command line with its parts made by {@code factory} (tests plug in their own engine). */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    CommandLine cl = new CommandLine(new Main(), factory);
    // JSON, CSV and GeoJSON on stdout are UTF-8 whatever the platform's default encoding
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler(new UserErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
