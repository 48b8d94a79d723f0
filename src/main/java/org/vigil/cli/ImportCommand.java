package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.stix.CoreChecks;
import org.vigil.stix.ImportProblem;
import org.vigil.stix.ImportResult;
import org.vigil.stix.InMemorySink;
import org.vigil.stix.ObjectChecker;
import org.vigil.stix.SchemaValidator;
import org.vigil.stix.StixImportException;
import org.vigil.stix.StixImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil import FILE.json}: checks a STIX 2.1 bundle and stores it, all or nothing. Every
 * invalid object is reported on stderr (file, object index, id, reason) and then nothing is
 * stored and the exit code is 1. Until the store comes, objects are kept in memory only, so
 * the command checks a bundle and prints what it would store.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a STIX 2.1 bundle: check every object, then store all of them or none.")
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", description = "A STIX 2.1 bundle (JSON).")
  Path file;

  @Option(names = "--schemas", paramLabel = "DIR",
      description = "Also check every object against the OASIS STIX 2.1 JSON schemas in DIR.")
  Path schemas;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    EngineOptions.requireReadable(file);
    ObjectChecker checker = new CoreChecks();
    SchemaValidator validator = StixOptions.schemas(schemas);
    if (validator != null) {
      checker = checker.and(validator);
    }
    byte[] content = read(file);
    InMemorySink sink = new InMemorySink();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ImportResult r = new StixImporter(checker).importInto(file.toString(), content, sink);
      spec.commandLine().getOut().println(r.summary());
      spec.commandLine().getOut().flush();
      return 0;
    } catch (StixImportException e) {
      for (ImportProblem p : e.problems()) {
        err.println("vigil: " + p);
      }
      err.println("vigil: " + file + ": nothing imported (" + e.problems().size() + " problems)");
      return 1;
    }
  }

  private static byte[] read(Path file) {
    try {
      if (Files.size(file) > StixImporter.MAX_BYTES) {
        throw new UserError(file + ": more than " + StixImporter.MAX_BYTES + " bytes (StixImporter.MAX_BYTES)");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
