package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.time.Clock;
import org.vigil.alert.Alerter;
import org.vigil.partner.WorkspaceImport;
import org.vigil.registry.Registries;
import org.vigil.stix.CoreChecks;
import org.vigil.stix.ImportSink;
import org.vigil.store.CollectionRow;
import org.vigil.store.Organisation;
import org.vigil.store.Store;
import org.vigil.taxii.CollectionSink;
import picocli.CommandLine.Mixin;
import org.vigil.stix.ImportProblem;
import org.vigil.stix.ImportResult;
import org.vigil.stix.InMemorySink;
import org.vigil.stix.ObjectChecker;
import org.vigil.stix.SchemaValidator;
import org.vigil.stix.StixImportException;
import org.vigil.stix.StixImporter;
import org.vigil.stix.Tlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil import FILE.json}: checks a STIX 2.1 bundle and stores it, all or nothing. Every
 * invalid object is reported on stderr (file, object index, id, reason) and then nothing is
 * stored and the exit code is 1. With a knowledge base ({@code --data} or {@code --db}) and
 * {@code --org}, the organisation that shared the bundle, its incidents, places, groups and
 * reports reach the workspace ({@link WorkspaceImport}), marked as that organisation's under their
 * TLP marking; with {@code --collection} too, the objects are also stored in that TAXII
 * collection as added by the organisation. Without a knowledge base the command only checks the
 * bundle and prints what it would store.
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

  @Option(names = "--collection", paramLabel = "ID",
      description = "Store the objects in this TAXII collection of the knowledge base (needs --org).")
  String collection;

  @Option(names = "--org", paramLabel = "NAME", description = "Organisation that shared the objects (needed with "
      + "--data, --db or --collection).")
  String org;

  @Option(names = "--default-tlp", paramLabel = "LEVEL", description = "TLP level of objects without a TLP marking "
      + "(default: the collection's default marking, else green).")
  String defaultTlp;


  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    EngineOptions.requireReadable(file);
    ObjectChecker checker = new CoreChecks();
    SchemaValidator validator = StixOptions.schemas(schemas);
    if (validator != null) {
      checker = checker.and(validator);
    }
    byte[] content = read(file);
    boolean workspace = collection != null || spec.commandLine().getParseResult().hasMatchedOption("--data")
        || spec.commandLine().getParseResult().hasMatchedOption("--db");
    if (workspace && org == null) {
      throw new UserError("--org: name the organisation that shared the bundle: its objects are marked as its own");
    }
    if (!workspace && org != null) {
      throw new UserError("--org needs a knowledge base (--data or --db) to import into");
    }
    PrintWriter err = spec.commandLine().getErr();
    Registries registries = workspace ? Registries.bundled() : null;
    Store store = workspace ? storeOptions.open(storeOptions.settings(), registries) : null;
    try {
      if (store == null) {
        ImportResult r = new StixImporter(checker).importInto(file.toString(), content, new InMemorySink());
        spec.commandLine().getOut().println(r.summary());
        spec.commandLine().getOut().flush();
        return 0;
      }
      Organisation o = store.access().findOrganisation(org).orElseThrow(() -> new UserError("--org: no organisation '"
          + org + "'; create it with vigil admin add-org"));
      CollectionRow c = collection == null ? null : store.collections().all().stream()
          .filter(x -> x.id().equals(collection)).findFirst()
          .orElseThrow(() -> new UserError("--collection: no collection '" + collection + "'"));
      Tlp unmarked = defaultTlp != null ? StixOptions.tlp("--default-tlp", defaultTlp)
          : c != null ? Tlp.values()[c.defaultTlp()] : Tlp.GREEN;
      WorkspaceImport.Result[] done = new WorkspaceImport.Result[1];
      ImportSink toCollection = c == null ? objects -> { } : new CollectionSink(store, c, o.id(), "cli",
          Clock.systemUTC());
      Alerter alerter = new Alerter(registries.groups());
      ImportSink sink = objects -> store.inTransaction(() -> {
        toCollection.storeAll(objects);
        done[0] = new WorkspaceImport(store, registries, storeOptions.settings().merge(), Clock.systemUTC())
            .apply(objects, new WorkspaceImport.Provenance(o.id(), unmarked), id -> Optional.empty());
        alerter.onIncidents(store, done[0].touched());
        return null;
      });
      ImportResult r = new StixImporter(checker).importInto(file.toString(), content, sink);
      spec.commandLine().getOut().println(r.summary());
      spec.commandLine().getOut().println(done[0].summary());
      spec.commandLine().getOut().flush();
      return 0;
    } catch (StixImportException e) {
      for (ImportProblem p : e.problems()) {
        err.println("vigil: " + p);
      }
      err.println("vigil: " + file + ": nothing imported (" + e.problems().size() + " problems)");
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("vigil: " + file + ": nothing imported: " + e.getMessage());
      return 1;
    } finally {
      if (store != null) {
        store.close();
      }
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
