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

/**
 * {@code vigil stats}: counts of the knowledge base, in words (the default) or as JSON with the
 * keys of {@link Stats}; the incidents known only as background are counted apart.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts of the knowledge base: reports, incidents, groups, sources, duplicates.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin StoreOptions storeOptions;

  enum Format { text, json }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.openExisting(storeOptions.settings(), Registries.bundled())) {
      Stats s = store.stats(Viewer.OPERATOR);
      if (format == Format.json) {
        var node = ExtractionWriter.JSON.createObjectNode();
        node.put("reports", s.reports());
        node.put("incidents", s.incidents());
        node.put("groups", s.groups());
        node.put("sources", s.sources());
        node.put("duplicates", s.duplicates());
        node.put("background", s.background());
        out.println(node.toPrettyString());
      } else {
        out.printf("reports     %d%nincidents   %d%s%ngroups      %d%nsources     %d%nduplicates  %d%n", s.reports(),
            s.incidents(), s.background() == 0 ? "" : " (" + s.background() + " of them background only: recalled by "
                + "a report, not news of their own)", s.groups(), s.sources(), s.duplicates());
      }
    }
    out.flush();
    return 0;
  }
}
