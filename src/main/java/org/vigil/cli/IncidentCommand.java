package org.vigil.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigil.store.Viewer;
import java.util.function.BiFunction;
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

/**
 * {@code vigil incident show ID}, {@code vigil incident split ID --source S},
 * {@code vigil incident merge KEPT OTHER} and {@code vigil incident compare A B}.
 */
@Command(name = "incident", mixinStandardHelpOptions = true,
    description = "Show one incident with the values and merge explanation of each source, split a source off, "
        + "merge two incidents, or say why two were or were not merged.",
    subcommands = {IncidentCommand.Show.class, IncidentCommand.Split.class, IncidentCommand.Merge.class,
        IncidentCommand.Compare.class})
final class IncidentCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static IncidentRow require(Store store, long id) {
    return store.incidents().byId(Viewer.OPERATOR, id).orElseThrow(() -> new UserError("incident " + id + " does not exist"
        + store.links().mergedInto(Viewer.OPERATOR, id).map(into -> "; it was merged into incident " + into).orElse("")));
  }

  /**
   * Runs {@code work} with a merger in one transaction; a refusal (an id that does not exist or
   * fits no merge) is the user's error.
   */
  static <T> T withMerger(StoreOptions options, BiFunction<Store, IncidentMerger, T> work) {
    Settings settings = options.settings();
    Registries registries = Registries.bundled();
    try (Store store = options.openExisting(settings, registries)) {
      IncidentMerger merger = new IncidentMerger(store, registries.groups(), settings.merge());
      return store.inTransaction(() -> work.apply(store, merger));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** How {@code incident show} prints. */
  enum Format { text, json }

  /**
   * In words (the default) or as JSON: the detail view (as {@code vigil incidents --format json}
   * plus {@code tolls}, {@code related} and {@code mergedFrom}) with {@code sourceValues}.
   */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "The incident with each casualty figure's history, every source and why it was merged, related "
          + "and merged incidents.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID") long id;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = storeOptions.openExisting(storeOptions.settings(), Registries.bundled())) {
        ObjectNode v = new IncidentViews(store, Viewer.OPERATOR).detail(require(store, id));
        if (format == Format.text) {
          IncidentText.print(out, v);
          return 0;
        }
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
      long fresh = withMerger(storeOptions, (store, merger) -> {
        require(store, id);
        return merger.split(id, source);
      });
      spec.commandLine().getOut().println("source " + source + " of incident " + id + " is now incident " + fresh);
      return 0;
    }
  }

  /** Why two incidents are two: how the merge rules compare A with B, in words. */
  @Command(name = "compare", mixinStandardHelpOptions = true,
      description = "How incident A compares with incident B under the merge rules: what rules the merge out, or the "
          + "score and its reasons.")
  static final class Compare implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A") long a;
    @Parameters(index = "1", paramLabel = "B") long b;
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
      String words = withMerger(storeOptions, (store, merger) -> merger.compare(require(store, a), require(store, b)));
      spec.commandLine().getOut().println("incident " + a + " with incident " + b + ": " + words);
      return 0;
    }
  }

  /** Merges two incidents an analyst knows are one event; undo with {@code split}, source by source. */
  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Merge incident OTHER into KEPT: its sources, reviews (KEPT's win), alerts and links move; OTHER's "
          + "id then leads to KEPT.")
  static final class Merge implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "KEPT") long kept;
    @Parameters(index = "1", paramLabel = "OTHER") long other;
    @Option(names = "--reason", paramLabel = "WORDS", defaultValue = "merged by an analyst",
        description = "Why, kept with the merge (default: ${DEFAULT-VALUE}).")
    String reason;
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
      withMerger(storeOptions, (store, merger) -> {
        require(store, kept);
        require(store, other);
        merger.mergeInto(kept, other, reason);
        return null;
      });
      spec.commandLine().getOut().println("incident " + other + " is merged into incident " + kept);
      return 0;
    }
  }
}
