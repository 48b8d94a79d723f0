package org.vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.vigil.access.ApiKeys;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.registry.Registries;
import org.vigil.query.KnowledgeBaseSource;
import org.vigil.stix.ExportQuery;
import org.vigil.stix.StixConfig;
import org.vigil.stix.StixExporter;
import org.vigil.stix.StixMapper;
import org.vigil.stix.StixObject;
import org.vigil.stix.Tlp;
import org.vigil.taxii.Publisher;
import org.vigil.store.ApiRootRow;
import org.vigil.store.AuditEntry;
import org.vigil.store.CollectionRow;
import org.vigil.store.Organisation;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import org.vigil.store.UserRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil admin}: organisations, their AMBER partners, users, API keys, TAXII API roots and
 * collections with their sharing policy, and the audit log. Passwords are read from stdin,
 * never from the command line; an API key is printed once and stored hashed.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
    description = "Administer organisations, users, API keys, TAXII collections and read the audit log.",
    subcommands = {AdminCommand.AddOrg.class, AdminCommand.AddPartner.class, AdminCommand.AddUser.class,
        AdminCommand.AddKey.class, AdminCommand.RevokeKey.class, AdminCommand.AddRoot.class,
        AdminCommand.AddCollection.class, AdminCommand.Grant.class, AdminCommand.ListAll.class,
        AdminCommand.Audit.class, AdminCommand.Publish.class})
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
      try (Store s = storeOptions.open(storeOptions.settings(), Registries.bundled())) {
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

    void say(String line) {
      spec.commandLine().getOut().println(line);
      spec.commandLine().getOut().flush();
    }

    static Organisation org(Store s, String name) {
      return s.access().findOrganisation(name).orElseThrow(() -> new UserError("no organisation '" + name
          + "'; create it with vigil admin add-org"));
    }
  }

  @Command(name = "add-org", description = "Add an organisation.")
  static final class AddOrg extends Sub {
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
  static final class AddPartner extends Sub {
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
  static final class AddUser extends Sub {
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
  static final class AddKey extends Sub {
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
  static final class RevokeKey extends Sub {
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

  @Command(name = "add-root", description = "Add (or replace) a TAXII API root.")
  static final class AddRoot extends Sub {
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--title", required = true) String title;
    @Option(names = "--description") String description;
    @Option(names = "--max-content-length", defaultValue = "10485760", paramLabel = "BYTES") long max;

    @Override
    public Integer call() {
      try {
        ApiRootRow r = new ApiRootRow(name, title, description, max);
        onStore(s -> {
          s.collections().putApiRoot(r);
          return null;
        });
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage(), e);
      }
      say("API root /taxii2/" + name + "/");
      return 0;
    }
  }

  @Command(name = "add-collection", description = "Add a TAXII collection to an API root; prints its id.")
  static final class AddCollection extends Sub {
    @Option(names = "--root", required = true) String root;
    @Option(names = "--title", required = true) String title;
    @Option(names = "--description") String description;
    @Option(names = "--alias") String alias;
    @Option(names = "--id", description = "Collection id (default: a new UUID).") String id;
    @Option(names = "--max-tlp", defaultValue = "amber",
        description = "Most restricted TLP level it may carry (default: ${DEFAULT-VALUE}).") String maxTlp;

    @Override
    public Integer call() {
      Tlp t = Tlp.fromLabel(maxTlp).orElseThrow(() -> new UserError("--max-tlp '" + maxTlp
          + "' is not clear, green, amber, amber+strict or red"));
      String cid = id != null ? id : UUID.randomUUID().toString();
      onStore(s -> {
        if (s.collections().apiRoot(root).isEmpty()) {
          throw new UserError("no API root '" + root + "'; add it with vigil admin add-root");
        }
        s.collections().addCollection(new CollectionRow(cid, root, title, description, alias,
            java.util.List.of("application/stix+json;version=2.1"), t.ordinal(), false, false));
        return null;
      });
      say(cid);
      return 0;
    }
  }

  @Command(name = "grant", description = "Set what ORG may do with COLLECTION (no flags: it sees the collection only).")
  static final class Grant extends Sub {
    @Parameters(index = "0", paramLabel = "COLLECTION") String collection;
    @Parameters(index = "1", paramLabel = "ORG") String org;
    @Option(names = "--read") boolean read;
    @Option(names = "--write") boolean write;

    @Override
    public Integer call() {
      onStore(s -> {
        if (s.collections().all().stream().noneMatch(c -> c.id().equals(collection))) {
          throw new UserError("no collection '" + collection + "'");
        }
        s.collections().grant(collection, org(s, org).id(), read, write);
        return null;
      });
      say(org + " on " + collection + ": read " + read + ", write " + write);
      return 0;
    }
  }

  @Command(name = "list", description = "List organisations, users, API roots and collections.")
  static final class ListAll extends Sub {
    @Override
    boolean writes() {
      return false;
    }

    @Override
    public Integer call() {
      onStore(s -> {
        for (Organisation o : s.access().organisations()) {
          say("org " + o.name() + " partners " + s.access().partners(o.id()).stream().map(Organisation::name).toList());
        }
        for (UserRow u : s.access().users()) {
          say("user " + u.name() + " " + u.role() + " org " + s.access().findOrganisation(u.orgId())
              .map(Organisation::name).orElse("?"));
        }
        s.collections().apiRoots().forEach(r -> say("root " + r.name() + " \"" + r.title() + "\""));
        s.collections().all().forEach(c -> say("collection " + c.id() + " root " + c.apiRoot() + " max TLP "
            + Tlp.values()[c.maxTlp()].label() + " \"" + c.title() + "\""));
        return null;
      });
      return 0;
    }
  }

  @Command(name = "publish", description = "Publish the knowledge base's incidents into a TAXII collection as ORG's "
      + "(unchanged objects keep their version; changed ones get a new one).")
  static final class Publish extends Sub {
    @Option(names = "--collection", required = true, paramLabel = "ID") String collection;
    @Option(names = "--org", required = true, paramLabel = "ORG") String org;
    @Option(names = "--marking", defaultValue = "green", paramLabel = "LEVEL",
        description = "TLP level put on the published objects (default: ${DEFAULT-VALUE}).") String marking;
    @Option(names = "--producer", defaultValue = "Vigil", paramLabel = "NAME",
        description = "Name of this Vigil instance, the objects' creator (default: ${DEFAULT-VALUE}).") String producer;

    @Override
    public Integer call() {
      StixConfig config = new StixConfig(producer, StixOptions.tlp("--marking", marking));
      Registries registries = Registries.bundled();
      java.util.List<String> problems = new java.util.ArrayList<>();
      Publisher.Result r = onStore(s -> {
        Organisation o = org(s, org);
        CollectionRow c = s.collections().all().stream().filter(x -> x.id().equals(collection)).findFirst()
            .flatMap(x -> s.collections().find(x.apiRoot(), x.id(), o.id()))
            .filter(CollectionRow::canWrite)
            .orElseThrow(() -> new UserError("--collection: no collection '" + collection + "' that " + org + " may write"));
        Instant now = Instant.now();
        StixMapper mapper = new StixMapper(registries, s.stixIds(), config);
        java.util.List<StixObject> objects = new StixExporter(new KnowledgeBaseSource(s, mapper, now, problems::add))
            .export(new ExportQuery(null, Tlp.values()[c.maxTlp()]), mapper.producer(now));
        try {
          return Publisher.publish(s, c, o.id(), "cli", objects, now);
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage(), e);
        }
      });
      problems.forEach(p -> spec.commandLine().getErr().println("vigil: " + p));
      say("published " + r.added() + " new object versions, " + r.unchanged() + " unchanged, into " + collection);
      return problems.isEmpty() ? 0 : 1;
    }
  }

  @Command(name = "audit", description = "Print the latest audit-log entries, newest first.")
  static final class Audit extends Sub {
    @Option(names = "--limit", defaultValue = "100") int limit;

    @Override
    boolean writes() {
      return false;
    }

    @Override
    public Integer call() {
      if (limit < 1 || limit > 100_000) {
        throw new UserError("--limit " + limit + " is outside 1..100000");
      }
      for (AuditEntry e : onStore(s -> s.audit().latest(limit))) {
        say(String.join("\t", e.at(), e.userName(), e.action(), e.target(), e.detail() == null ? "" : e.detail()));
      }
      return 0;
    }
  }
}
