package org.vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.vigil.access.ApiKeys;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
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
        return s.access().createOrganisation(name);
      });
      say("organisation " + o.name() + " (id " + o.id() + ")");
      return 0;
    }
  }

  @Command(name = "add-partner", description = "Let PARTNER read ORG's TLP:AMBER objects.")
  static final class AddPartner extends AdminCommand.Sub {
    @Parameters(index = "0", paramLabel = "ORG") String org;
    @Parameters(index = "1", paramLabel = "PARTNER") String partner;

    @Override
    public Integer call() {
      onStore(s -> {
        s.access().addPartner(org(s, org).id(), org(s, partner).id());
        return null;
      });
      say(partner + " may now read " + org + "'s TLP:AMBER objects");
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

    @Override
    public Integer call() {
      ApiKeys.NewKey k = ApiKeys.generate();
      onStore(s -> {
        UserRow u = s.access().findUser(user).orElseThrow(() -> new UserError("no user '" + user + "'"));
        return s.access().addKey(u.id(), k.prefix(), k.hash());
      });
      say(k.key());
      spec.commandLine().getErr().println("vigil: this key is shown once; store it now (prefix " + k.prefix() + ")");
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
      say("revoked " + prefix);
      return 0;
    }
  }
}
