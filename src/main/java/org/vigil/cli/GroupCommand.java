package org.vigil.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.store.Viewer;
import org.vigil.query.GroupProfiles;
import org.vigil.registry.Registries;
import org.vigil.store.GroupRow;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil group NAME}: a group's profile (aliases with the reports that used them,
 * parent, incidents by year and type, killed and wounded totals, countries, latest incidents,
 * merge history); {@code group merge} and {@code group split} for analysts.
 */
@Command(name = "group", mixinStandardHelpOptions = true,
    description = "Profile of a group; 'group merge KEPT OTHER' and 'group split OTHER' for analysts.",
    subcommands = {GroupCommand.Merge.class, GroupCommand.Split.class})
final class GroupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Group name, alias or id.") String name;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).") Format format;

  @Mixin StoreOptions storeOptions;

  enum Format { text, json }

  /** A group as resolved: its record and the ids of the groups it stands for (merged ones included). */
  record Resolved(GroupRow group, List<String> ids) {}

  /** Finds a group by id, canonical name or any registry alias; merged groups resolve to the kept one. */
  static Resolved resolve(Store store, Registries registries, String name) {
    GroupProfiles.Resolved r = GroupProfiles.resolve(store, registries, name).orElseThrow(() ->
        new UserError("group '" + name + "' is not in the registry (try its canonical name or id)"));
    return new Resolved(r.group(), r.ids());
  }

  @Override
  public Integer call() {
    if (name == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'NAME'");
    }
    Registries registries = Registries.bundled();
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.openExisting(storeOptions.settings(), registries)) {
      Resolved r = resolve(store, registries, name);
      ObjectNode p = GroupProfiles.profile(store, Viewer.OPERATOR, registries, new GroupProfiles.Resolved(r.group(), r.ids()));
      if (format == Format.json) {
        out.println(p.toPrettyString());
      } else {
        GroupProfileText.print(out, p);
      }
    }
    out.flush();
    return 0;
  }

  /** {@code vigil group merge KEPT OTHER}: OTHER's incidents count as KEPT's from now on. */
  @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge group OTHER into KEPT (recorded; undo with split).")
  static final class Merge implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "KEPT") String kept;
    @Parameters(index = "1", paramLabel = "OTHER") String other;
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
      Registries registries = Registries.bundled();
      try (Store store = storeOptions.openExisting(storeOptions.settings(), registries)) {
        GroupRow k = resolve(store, registries, kept).group();
        GroupRow o = resolve(store, registries, other).group();
        if (k.id().equals(o.id())) {
          throw new UserError("'" + kept + "' and '" + other + "' are already the same group (" + k.id() + ")");
        }
        store.inTransaction(() -> {
          store.groups().merge(k.id(), o.id());
          return null;
        });
        spec.commandLine().getOut().println("merged " + o.id() + " into " + k.id());
      }
      return 0;
    }
  }

  /** {@code vigil group split OTHER}: undoes the merge of OTHER. */
  @Command(name = "split", mixinStandardHelpOptions = true, description = "Undo the merge of group OTHER.")
  static final class Split implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "OTHER") String other;
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
      Registries registries = Registries.bundled();
      try (Store store = storeOptions.openExisting(storeOptions.settings(), registries)) {
        GroupRow g = store.groups().find(other)
            .or(() -> registries.groups().byName(other).flatMap(r -> store.groups().byId(r.id())))
            .orElseThrow(() -> new UserError("group '" + other + "' is not in the registry"));
        if (g.mergedInto() == null) {
          throw new UserError("group " + g.id() + " is not merged into another group; nothing to split");
        }
        store.inTransaction(() -> {
          store.groups().split(g.id(), g.mergedInto());
          return null;
        });
        spec.commandLine().getOut().println("split " + g.id() + " from " + g.mergedInto());
      }
      return 0;
    }
  }
}
