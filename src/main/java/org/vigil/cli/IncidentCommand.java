package org.vigil.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigil.store.Viewer;
import org.vigil.merge.IncidentMerger;
import org.vigil.query.IncidentViews;
import org.vigil.registry.Registries;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil incident show ID} and {@code vigil incident split ID --source S}. */
@Command(name = "incident", mixinStandardHelpOptions = true,
    description = "Show one incident with the values and merge explanation of each source, or split a source off.",
    subcommands = {IncidentCommand.Show.class, IncidentCommand.Split.class})
final class IncidentCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static IncidentRow require(Store store, long id) {
    return store.incidents().byId(Viewer.OPERATOR, id).orElseThrow(() -> new UserError("incident " + id + " does not exist"));
  }

  /** The incident (as in {@code vigil incidents --format json}) plus {@code sourceValues}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "The incident with every source's values and why it was merged.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID") long id;
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = storeOptions.open(storeOptions.settings(), Registries.bundled())) {
        ObjectNode v = new IncidentViews(store, Viewer.OPERATOR).view(require(store, id));
        ArrayNode values = v.putArray("sourceValues");
        for (SourceRow s : store.sources().ofIncident(Viewer.OPERATOR, id)) {
          ObjectNode o = values.addObject();
          o.put("source", s.id());
          ObjectNode given = (ObjectNode) ExtractionWriter.JSON.readTree(s.valuesJson());
          given.remove("evidence");
          o.set("values", given);
          o.set("explanation", ExtractionWriter.JSON.readTree(s.explanation()));
        }
        out.println(v.toPrettyString());
      }
      out.flush();
      return 0;
    }
  }

  /** Undoes a merge: the source becomes an incident of its own. */
  @Command(name = "split", mixinStandardHelpOptions = true, description = "Move one source of an incident to a new incident (undoes a merge).")
  static final class Split implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID") long id;
    @Option(names = "--source", required = true, paramLabel = "S", description = "Source id (see 'vigil incident show').") long source;
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
      Settings settings = storeOptions.settings();
      Registries registries = Registries.bundled();
      try (Store store = storeOptions.open(settings, registries)) {
        require(store, id);
        IncidentMerger merger = new IncidentMerger(store, registries.groups(), settings.merge());
        long fresh;
        try {
          fresh = store.inTransaction(() -> merger.split(id, source));
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage());
        }
        spec.commandLine().getOut().println("source " + source + " of incident " + id + " is now incident " + fresh);
      }
      return 0;
    }
  }
}
