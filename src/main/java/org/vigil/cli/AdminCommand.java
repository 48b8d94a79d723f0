package org.vigil.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.vigil.access.Passwords;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Registries;
import org.vigil.store.AuditEntry;
import org.vigil.store.Organisation;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil admin}: organisations, their partners (with the TLP ceiling shared), who owns the
 * instance's own intake, users, API keys, TAXII API roots and collections with their sharing
 * policy, and the audit log. Passwords are read from stdin, never from the command line; an API
 * key is printed once and stored hashed.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
    description = "Administer organisations, users, API keys, TAXII collections and read the audit log.",
    subcommands = {AdminAccessCommands.AddOrg.class, AdminAccessCommands.AddPartner.class,
        AdminAccessCommands.RemovePartner.class, AdminAccessCommands.Adopt.class, AdminAccessCommands.Relabel.class,
        AdminAccessCommands.AddUser.class, AdminAccessCommands.RevokeUser.class, AdminAccessCommands.AddKey.class,
        AdminAccessCommands.RevokeKey.class,
        AdminSharingCommands.AddRoot.class, AdminSharingCommands.AddCollection.class, AdminSharingCommands.Grant.class,
        AdminSharingCommands.Publish.class, AdminSharingCommands.ListAll.class, AdminSharingCommands.Audit.class})
final class AdminCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Base of the subcommands: the store options and a way to run on the store. */
  abstract static class Sub implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    /** Whether the subcommand changes the store; those that do are audited. */
    boolean writes() {
      return true;
    }

    <T> T onStore(Function<Store, T> work) {
      try (Store s = writes() ? storeOptions.open(storeOptions.settings(), Registries.bundled())
          : storeOptions.openExisting(storeOptions.settings(), Registries.bundled())) {
        return s.inTransaction(() -> {
          T result = work.apply(s);
          if (writes()) {
            s.audit().append(new AuditEntry(0, Instant.now().toString(), "cli", null, "admin." + spec.name(),
                String.join(" ", spec.commandLine().getParseResult().originalArgs()), null));
          }
          return result;
        });
      } catch (StoreException e) {
        throw new UserError(e.getMessage(), e);
      }
    }

    /**
     * Computes again how each organisation reads the incidents whose sources differ in owner or
     * marking (after organisations, partnerships or owners changed); returns how many.
     */
    int relabel(Store s) {
      return new IncidentMerger(s, Registries.bundled().groups(), storeOptions.settings().merge()).refreshViews();
    }

    void say(String line) {
      spec.commandLine().getOut().println(line);
      spec.commandLine().getOut().flush();
    }

    static Organisation org(Store s, String name) {
      return s.access().findOrganisation(name).orElseThrow(() -> new UserError("no organisation '" + name
          + "'; create it with vigil admin add-org"));
    }
  }
}
