package org.vigil.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.vigil.merge.Reviewing;
import org.vigil.registry.Registries;
import org.vigil.store.Proposal;
import org.vigil.store.Store;
import org.vigil.store.Viewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil proposals}: the reviews analysts proposed for incidents their organisation does not
 * own (open ones; {@code --all} for decided ones too), and the operator's decision on one
 * ({@code accept ID}, {@code reject ID}), for the instance's own incidents, which no
 * organisation's analysts decide.
 */
@Command(name = "proposals", mixinStandardHelpOptions = true,
    description = "List proposed reviews, or accept or reject one: vigil proposals [accept|reject ID].")
final class ProposalsCommand implements Callable<Integer> {

  enum Decision { accept, reject }

  @Spec CommandSpec spec;
  @Parameters(index = "0", arity = "0..1", paramLabel = "accept|reject") Decision decision;
  @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "Proposal id.") Long id;
  @Option(names = "--all", description = "List decided proposals too.") boolean all;
  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    if ((decision == null) != (id == null)) {
      throw new UserError("give both accept|reject and a proposal ID, or neither to list them");
    }
    Settings settings = storeOptions.settings();
    Registries registries = Registries.bundled();
    try (Store store = storeOptions.openExisting(settings, registries)) {
      if (decision == null) {
        for (Proposal p : store.reviews().proposals(Viewer.OPERATOR, 0, !all, 10_000)) {
          spec.commandLine().getOut().println(String.join("\t", Long.toString(p.id()), "incident " + p.incidentId(),
              p.userName(), p.field(), p.action(), p.value() == null ? "" : p.value(), p.status()));
        }
      } else {
        Proposal p = store.inTransaction(() -> new Reviewing(store, registries.groups(), settings.merge(),
            Clock.systemUTC()).decide("cli", Viewer.OPERATOR, "cli", id, decision == Decision.accept))
            .orElseThrow(() -> new UserError("no open proposal " + id));
        spec.commandLine().getOut().println("proposal " + p.id() + " " + p.status() + " (incident " + p.incidentId() + ")");
      }
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
