package org.vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.vigil.access.ApiKeys;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Registries;
import org.vigil.stix.Tlp;
import java.time.Instant;
import java.util.List;
import org.vigil.store.Organisation;
import org.vigil.store.UserRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code vigil admin} subcommands for organisations, partners, users and API keys. */
final class AdminAccessCommands {

  private AdminAccessCommands() {}

  @Command(name = "add-org", description = "Add an organisation.")
  static final class AddOrg extends AdminCommand.Sub {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      Organisation o = onStore(s -> {
        if (s.access().findOrganisation(name).isPresent()) {
          throw new UserError("organisation '" + name + "' exists already");
        }
        Organisation made = s.access().createOrganisation(name);
        relabel(s);
        return made;
      });
      say("organisation " + o.name() + " (id " + o.id() + ")");
      return 0;
    }
  }

  @Command(name = "add-partner", description = "Let PARTNER read what ORG marks up to --max-tlp "
      + "(its knowledge base and its TAXII objects).")
  static final class AddPartner extends AdminCommand.Sub {
    @Parameters(index = "0", paramLabel = "ORG") String org;
    @Parameters(index = "1", paramLabel = "PARTNER") String partner;
    @Option(names = "--max-tlp", defaultValue = "amber", paramLabel = "LEVEL",
        description = "green or amber: the most restricted marking shared (default: ${DEFAULT-VALUE}).") String maxTlp;

    @Override
    public Integer call() {
      Tlp t = Tlp.fromLabel(maxTlp).orElseThrow(() -> new UserError("--max-tlp '" + maxTlp + "' is not green or amber"));
      onStore(s -> {
        try {
          s.access().addPartner(org(s, org).id(), org(s, partner).id(), t);
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage(), e);
        }
        relabel(s);
        return null;
      });
      say(partner + " may now read what " + org + " marks up to TLP:" + t.label().toUpperCase(java.util.Locale.ROOT));
      return 0;
    }
  }

  @Command(name = "remove-partner", description = "PARTNER no longer reads what ORG shares with partners.")
  static final class RemovePartner extends AdminCommand.Sub {
    @Parameters(index = "0", paramLabel = "ORG") String org;
    @Parameters(index = "1", paramLabel = "PARTNER") String partner;

    @Override
    public Integer call() {
      onStore(s -> {
        if (!s.access().removePartner(org(s, org).id(), org(s, partner).id())) {
          throw new UserError(partner + " is not a partner of " + org);
        }
        relabel(s);
        return null;
      });
      say(partner + " no longer reads " + org + "'s records shared with partners");
      return 0;
    }
  }

  @Command(name = "relabel", description = "Compute again how each organisation reads the incidents whose sources "
      + "differ in owner or marking (after an upgrade; other admin commands do it as they change access).")
  static final class Relabel extends AdminCommand.Sub {
    @Override
    public Integer call() {
      say(onStore(this::relabel) + " incidents relabelled");
      return 0;
    }
  }

  @Command(name = "adopt", description = "Give ORG the reports and records the instance owns (ingested while no "
      + "kb.organisation was set): its analysts then review them and its partners read them.")
  static final class Adopt extends AdminCommand.Sub {
    @Parameters(paramLabel = "ORG") String org;

    @Override
    public Integer call() {
      int n = onStore(s -> {
        List<Long> touched = s.adopt(org(s, org).id());
        IncidentMerger merger = new IncidentMerger(s, Registries.bundled().groups(), storeOptions.settings().merge());
        touched.forEach(merger::refresh);
        return touched.size();
      });
      say(org + " now owns the instance's records; " + n + " incidents relabelled");
      return 0;
    }
  }

  @Command(name = "add-user", description = "Add a user; with --password-stdin the first line of stdin is the password.")
  static final class AddUser extends AdminCommand.Sub {
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--org", required = true, paramLabel = "ORG") String org;
    @Option(names = "--role", defaultValue = "reader", description = "reader, analyst or admin (default: ${DEFAULT-VALUE}).")
    String role;
    @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
    boolean passwordStdin;

    @Override
    public Integer call() {
      Role r = Role.fromLabel(role).orElseThrow(() -> new UserError("--role '" + role
          + "' is not reader, analyst or admin"));
      String hash = null;
      if (passwordStdin) {
        try {
          String pw = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
          hash = Passwords.hash(pw == null ? "" : pw);
        } catch (IOException e) {
          throw new UserError("cannot read the password from stdin: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage(), e);
        }
      }
      String h = hash;
      UserRow u = onStore(s -> {
        if (s.access().findUser(name).isPresent()) {
          throw new UserError("user '" + name + "' exists already");
        }
        try {
          return s.access().createUser(org(s, org).id(), name, r.label(), h);
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage(), e);
        }
      });
      say("user " + u.name() + " (" + u.role() + ") of " + org);
      return 0;
    }
  }

  @Command(name = "add-key", description = "Make an API key for USER; it is shown once.")
  static final class AddKey extends AdminCommand.Sub {
    @Parameters(paramLabel = "USER") String user;
    @Option(names = "--expires", paramLabel = "WHEN",
        description = "When the key stops working: a date (YYYY-MM-DD, UTC midnight), an instant, or a duration "
            + "such as 90d or 12h (default: never).") String expires;

    @Override
    public Integer call() {
      Instant until = expires == null ? null : Expiry.parse(expires, Instant.now());
      ApiKeys.NewKey k = ApiKeys.generate();
      onStore(s -> {
        UserRow u = s.access().findUser(user).filter(UserRow::active)
            .orElseThrow(() -> new UserError("no active user '" + user + "'"));
        return s.access().addKey(u.id(), k.prefix(), k.hash(), until);
      });
      say(k.key());
      spec.commandLine().getErr().println("vigil: this key is shown once; store it now (prefix " + k.prefix() + ")"
          + (until == null ? "" : "; it expires " + until));
      return 0;
    }
  }

  @Command(name = "revoke-user", description = "Disable USER: no more sign-ins by password or key, and their web "
      + "sessions end.")
  static final class RevokeUser extends AdminCommand.Sub {
    @Parameters(paramLabel = "USER") String user;

    @Override
    public Integer call() {
      if (!onStore(s -> s.access().disableUser(user))) {
        throw new UserError("no active user '" + user + "'");
      }
      say("revoked user " + user + "; their sessions have ended");
      return 0;
    }
  }

  @Command(name = "revoke-key", description = "Revoke the API key with this prefix.")
  static final class RevokeKey extends AdminCommand.Sub {
    @Parameters(paramLabel = "PREFIX") String prefix;

    @Override
    public Integer call() {
      if (!onStore(s -> s.access().revokeKey(prefix))) {
        throw new UserError("no active API key with prefix '" + prefix + "'");
      }
      say("revoked " + prefix + "; its user's web sessions have ended");
      return 0;
    }
  }
}
