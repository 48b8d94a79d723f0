package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.extract.Extraction;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.registry.Registries;
import org.vigil.registry.RegistryException;
import org.vigil.report.ReadLimits;
import org.vigil.report.ReportReader;
import org.vigil.query.KnowledgeBaseSource;
import org.vigil.stix.ExportQuery;
import org.vigil.stix.ExtractionSource;
import org.vigil.stix.InMemoryStixIds;
import org.vigil.stix.SchemaValidator;
import org.vigil.stix.StixConfig;
import org.vigil.stix.StixExporter;
import org.vigil.stix.StixMapper;
import org.vigil.stix.StixIds;
import org.vigil.stix.StixObject;
import org.vigil.store.AuditEntry;
import org.vigil.store.CollectionRow;
import org.vigil.store.Organisation;
import org.vigil.store.Store;
import org.vigil.store.Viewer;
import org.vigil.taxii.CollectionExport;
import org.vigil.stix.Tlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil export --format stix}: extracts the given reports and writes a STIX 2.1 bundle;
 * with {@code --data} or {@code --db} and no reports, writes the knowledge base's incidents
 * (reviews applied; with {@code --org}, as that organisation reads them), each marked with its
 * own marking or {@code --marking}, whichever is more restricted, as is the producer; or, with
 * {@code --collection} and {@code --org}, writes every version of the objects of a TAXII
 * collection that the organisation may see (its TLP clearance applied as for TAXII).
 * Ids of reports' objects are made for this export only, unless {@code --data} or {@code --db}
 * is given: then they are made once and kept in the knowledge base. A report that cannot be
 * read is reported on stderr and skipped, and the exit code is then 1.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the incidents of reports as a STIX 2.1 bundle.")
final class ExportCommand implements Callable<Integer> {

  /** Export formats. */
  enum Format { stix }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Report files (.txt, .html, .jsonl).")
  List<Path> files = List.of();

  @Option(names = "--collection", paramLabel = "ID",
      description = "Export this TAXII collection of the knowledge base instead of reports (needs --org).")
  String collection;

  @Option(names = "--org", paramLabel = "NAME", description = "Export what this organisation may see (of the "
      + "collection, or of the knowledge base).")
  String org;

  @Mixin StoreOptions storeOptions;

  @Option(names = "--format", defaultValue = "stix", description = "stix (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only objects modified at or after DATE (YYYY-MM-DD, UTC, or a STIX timestamp).")
  String since;

  @Option(names = "--tlp", paramLabel = "LEVEL",
      description = "Leave out objects marked above LEVEL: clear, green, amber, amber+strict or red.")
  String tlp;

  @Option(names = "--marking", paramLabel = "LEVEL", defaultValue = "green",
      description = "TLP level put on the exported objects and their producer; of the knowledge base, the least "
          + "restricted one (an incident marked higher keeps its own) (default: ${DEFAULT-VALUE}).")
  String marking;

  @Option(names = "--producer", paramLabel = "NAME", defaultValue = "Vigil",
      description = "Name of this Vigil instance, the objects' creator (default: ${DEFAULT-VALUE}).")
  String producer;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the bundle to FILE (default: stdout).")
  Path output;

  @Option(names = "--schemas", paramLabel = "DIR",
      description = "Check every object against the OASIS STIX 2.1 JSON schemas in DIR before writing.")
  Path schemas;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for files that carry none; anchors relative dates.")
  String published;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() {
    ExportQuery query = new ExportQuery(StixOptions.since(since),
        tlp == null ? Tlp.RED : StixOptions.tlp("--tlp", tlp));
    StixConfig config;
    try {
      config = new StixConfig(producer, StixOptions.tlp("--marking", marking));
    } catch (IllegalArgumentException e) {
      throw new UserError("--producer: " + e.getMessage(), e);
    }
    SchemaValidator validator = StixOptions.schemas(schemas);
    if (collection != null && org == null) {
      throw new UserError("--collection needs --org: a collection is exported as an organisation sees it");
    }
    if (collection != null) {
      if (!files.isEmpty()) {
        throw new UserError("give either report FILEs or --collection, not both");
      }
      return exportCollection(query, validator);
    }
    boolean keepIds = spec.commandLine().getParseResult().hasMatchedOption("--data")
        || spec.commandLine().getParseResult().hasMatchedOption("--db");
    if (files.isEmpty() && !keepIds) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Missing report FILEs (or --data/--db for the knowledge base, or --collection ID --org NAME)");
    }
    if (files.isEmpty()) {
      return exportKnowledgeBase(query, config, validator);
    }
    if (org != null) {
      throw new UserError("--org exports the knowledge base or a collection as an organisation sees it, not report FILEs");
    }
    try (Store store = keepIds ? storeOptions.open(storeOptions.settings(), registries()) : null) {
      return exportReports(query, config, validator, store == null ? new InMemoryStixIds() : store.stixIds());
    }
  }

  private int exportKnowledgeBase(ExportQuery query, StixConfig config, SchemaValidator validator) {
    PrintWriter err = spec.commandLine().getErr();
    int[] problems = {0};
    Registries registries = registries();
    try (Store store = storeOptions.openExisting(storeOptions.settings(), registries)) {
      Instant now = Instant.now();
      StixMapper mapper = new StixMapper(registries, store.stixIds(), config);
      Viewer viewer = org == null ? Viewer.OPERATOR : Viewer.of(store.access().findOrganisation(org)
          .orElseThrow(() -> new UserError("--org: no organisation '" + org + "'")).id());
      KnowledgeBaseSource source = KnowledgeBaseSource.read(store, viewer, mapper, now, config.defaultMarking(), p -> {
        err.println("vigil: " + p);
        problems[0]++;
      });
      List<StixObject> objects = store.inTransaction(() -> new StixExporter(source).export(query, source.producer()));
      withheld(err, source.withheld());
      if (validator != null) {
        check(validator, objects);
      }
      write(StixExporter.bundle(objects));
    }
    return problems[0] > 0 ? 1 : 0;
  }

  /** Says how many incidents were left out for holding partners' intelligence above TLP:GREEN. */
  static void withheld(PrintWriter out, int incidents) {
    if (incidents > 0) {
      out.println("vigil: left out " + incidents + " incident(s) holding a partner's TLP:AMBER, AMBER+STRICT or RED "
          + "intelligence, which may not be passed on");
    }
  }

  private int exportCollection(ExportQuery query, SchemaValidator validator) {
    try (Store store = storeOptions.open(storeOptions.settings(), Registries.bundled())) {
      Organisation o = store.access().findOrganisation(org).orElseThrow(() -> new UserError("--org: no organisation '"
          + org + "'"));
      if (store.collections().find(
          store.collections().all().stream().filter(c -> c.id().equals(collection)).map(CollectionRow::apiRoot)
              .findFirst().orElse(""), collection, o.id()).filter(CollectionRow::canRead).isEmpty()) {
        throw new UserError("--collection: no collection '" + collection + "' that " + org + " may read");
      }
      List<StixObject> objects = CollectionExport.objects(store, collection, o.id(), query);
      store.inTransaction(() -> {
        String now = Instant.now().toString();
        for (StixObject x : objects) {
          if (!x.tlp().orElse(Tlp.RED).above(Tlp.GREEN)) {
            continue;
          }
          store.audit().append(new AuditEntry(0, now, "cli", o.id(), "export.read",
              x.id() + "@" + x.version().orElse(""), "collection " + collection));
        }
        return null;
      });
      if (validator != null) {
        check(validator, objects);
      }
      write(StixExporter.bundle(objects));
      return 0;
    }
  }

  private int exportReports(ExportQuery query, StixConfig config, SchemaValidator validator, StixIds ids) {
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = engine.extractor();
    Registries registries = registries();
    ReportReader reader = new ReportReader(ReadLimits.defaults());
    List<Extraction> extractions = new ArrayList<>();
    int[] problems = {0};
    for (Path f : files) {
      java.util.Optional<String> why = EngineOptions.unreadable(f);
      if (why.isPresent()) {
        err.println("vigil: " + f + ": " + why.get());
        problems[0]++;
        continue;
      }
      reader.readNumbered(f, date(), (r, line) -> {
        ExtractionOutcome o = extractor.attempt(r);
        if (o.failed()) {
          err.println("vigil: " + (line > 0 ? f + ":" + line : f) + ": report " + r.id() + ": " + o.failure().reason()
              + "; left out of the bundle");
          problems[0]++;
        } else {
          extractions.add(o.extraction());
        }
      }, p -> {
        err.println("vigil: " + p);
        problems[0]++;
      });
    }
    Instant now = Instant.now();
    StixMapper mapper = new StixMapper(registries, ids, config);
    ExtractionSource source = new ExtractionSource(extractions, mapper, now, p -> {
      err.println("vigil: " + p);
      problems[0]++;
    });
    List<StixObject> objects = new StixExporter(source)
        .export(query, mapper.producer(now));
    if (validator != null) {
      check(validator, objects);
    }
    write(StixExporter.bundle(objects));
    return problems[0] > 0 ? 1 : 0;
  }

  /** The registries the engine uses (read again: the engine does not hand its own out). */
  private Registries registries() {
    try {
      return Registries.load(engine.groupFiles, engine.agencyFiles);
    } catch (RegistryException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private static void check(SchemaValidator validator, List<StixObject> objects) {
    for (StixObject o : objects) {
      List<String> wrong = validator.problems(o.json());
      if (!wrong.isEmpty()) {
        throw new IllegalStateException(o.id() + " does not match the STIX schemas: " + wrong);
      }
    }
  }

  private void write(ObjectNode bundle) {
    try {
      String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
      if (output == null) {
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
      } else {
        Files.writeString(output, json + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(output + ": cannot write: " + e.getMessage(), e);
    }
  }

  private LocalDate date() {
    if (published == null) {
      return null;
    }
    try {
      return LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      throw new UserError("--published: '" + published + "' is not a date of the form YYYY-MM-DD");
    }
  }
}
