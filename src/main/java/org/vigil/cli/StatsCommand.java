package org.vigil.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigil.store.Viewer;
import org.vigil.registry.Registries;
import org.vigil.store.Stats;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil stats}: counts of the knowledge base, as JSON with the keys of {@link Stats}. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts of the knowledge base: reports, incidents, groups, sources, duplicates.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin StoreOptions storeOptions;

  enum Format { json, text }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.open(storeOptions.settings(), Registries.bundled())) {
      Stats s = store.stats(Viewer.OPERATOR);
      if (format == Format.json) {
        var node = ExtractionWriter.JSON.createObjectNode();
        node.put("reports", s.reports());
        node.put("incidents", s.incidents());
        node.put("groups", s.groups());
        node.put("sources", s.sources());
        node.put("duplicates", s.duplicates());
        out.println(node.toPrettyString());
      } else {
        out.printf("reports %d%nincidents %d%ngroups %d%nsources %d%nduplicates %d%n", s.reports(),
            s.incidents(), s.groups(), s.sources(), s.duplicates());
      }
    }
    out.flush();
    return 0;
  }
}
