package org.vigil.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.HashMap;
import java.util.Map;
import org.vigil.merge.IncidentMerger;
import org.vigil.query.KnowledgeBaseSource;
import org.vigil.store.ApiKeyRow;
import org.vigil.registry.Registries;
import org.vigil.stix.ExportQuery;
import org.vigil.stix.StixConfig;
import org.vigil.stix.StixExporter;
import org.vigil.stix.StixMapper;
import org.vigil.stix.StixObject;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.AuditEntry;
import org.vigil.store.CollectionRow;
import org.vigil.store.Organisation;
import org.vigil.store.UserRow;
import org.vigil.taxii.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code vigil admin} subcommands for API roots, collections, publishing, listing and the audit log. */
final class AdminSharingCommands {

  private AdminSharingCommands() {}

  @Command(name = "add-root", description = "Add (or replace) a TAXII API root.")
  static final class AddRoot extends AdminCommand.Sub {
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
  static final class AddCollection extends AdminCommand.Sub {
    @Option(names = "--root", required = true) String root;
    @Option(names = "--title", required = true) String title;
    @Option(names = "--description") String description;
    @Option(names = "--alias") String alias;
    @Option(names = "--id", description = "Collection id (default: a new UUID).") String id;
    @Option(names = "--max-tlp", defaultValue = "amber",
        description = "Most restricted TLP level it may carry (default: ${DEFAULT-VALUE}).") String maxTlp;
    @Option(names = "--default-tlp", paramLabel = "LEVEL",
        description = "TLP level of objects that carry no TLP marking (default: green, or --max-tlp if lower).")
    String defaultTlp;

    @Override
    public Integer call() {
      Tlp t = StixOptions.tlp("--max-tlp", maxTlp);
      Tlp d = defaultTlp == null ? (Tlp.GREEN.above(t) ? t : Tlp.GREEN) : StixOptions.tlp("--default-tlp", defaultTlp);
      if (d.above(t)) {
        throw new UserError("--default-tlp " + d.label() + " is above --max-tlp " + t.label()
            + ": unmarked objects could never be added");
      }
      String cid = id != null ? id : UUID.randomUUID().toString();
      onStore(s -> {
        if (s.collections().apiRoot(root).isEmpty()) {
          throw new UserError("no API root '" + root + "'; add it with vigil admin add-root");
        }
        s.collections().addCollection(new CollectionRow(cid, root, title, description, alias,
            List.of("application/stix+json;version=2.1"), t.ordinal(), d.ordinal(), false, false));
        return null;
      });
      say(cid);
      return 0;
    }
  }

  @Command(name = "grant", description = "Set what ORG may do with COLLECTION (no flags: it sees the collection only).")
  static final class Grant extends AdminCommand.Sub {
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

  @Command(name = "list", description = "List organisations with their partners, users, API keys (with their "
      + "expiry and last use), API roots and collections.")
  static final class ListAll extends AdminCommand.Sub {
    @Override
    boolean writes() {
      return false;
    }

    @Override
    public Integer call() {
      onStore(s -> {
        for (Organisation o : s.access().organisations()) {
          say("org " + o.name() + " partners " + s.access().partners(o.id()).stream()
              .map(p -> p.organisation().name() + " (up to " + p.ceiling().label() + ")").toList());
        }
        Map<Long, String> users = new HashMap<>();
        for (UserRow u : s.access().users()) {
          users.put(u.id(), u.name());
          say("user " + u.name() + " " + u.role() + " org " + s.access().findOrganisation(u.orgId())
              .map(Organisation::name).orElse("?") + (u.active() ? "" : " disabled " + u.disabledAt()));
        }
        for (ApiKeyRow k : s.access().keys()) {
          say("key " + k.prefix() + " user " + users.getOrDefault(k.userId(), "?") + " created " + k.createdAt()
              + " expires " + (k.expiresAt() == null ? "never" : k.expiresAt()) + " last used "
              + (k.lastUsedAt() == null ? "never" : k.lastUsedAt())
              + (k.revokedAt() == null ? "" : " revoked " + k.revokedAt()));
        }
        s.collections().apiRoots().forEach(r -> say("root " + r.name() + " \"" + r.title() + "\""));
        s.collections().all().forEach(c -> say("collection " + c.id() + " root " + c.apiRoot() + " max TLP "
            + Tlp.values()[c.maxTlp()].label() + " unmarked " + Tlp.values()[c.defaultTlp()].label() + " \""
            + c.title() + "\""));
        return null;
      });
      return 0;
    }
  }

  @Command(name = "publish", description = "Publish ORG's incidents of the knowledge base into a TAXII collection: "
      + "of each incident, only what ORG owns, each at its own marking (unchanged objects keep their version; "
      + "changed ones get a new one).")
  static final class Publish extends AdminCommand.Sub {
    @Option(names = "--collection", required = true, paramLabel = "ID") String collection;
    @Option(names = "--org", required = true, paramLabel = "ORG") String org;
    @Option(names = "--marking", defaultValue = "clear", paramLabel = "LEVEL",
        description = "The least restricted TLP level of the published objects; an incident marked higher keeps its "
            + "own (default: ${DEFAULT-VALUE}).") String marking;
    @Option(names = "--producer", defaultValue = "Vigil", paramLabel = "NAME",
        description = "Name of this Vigil instance, the objects' creator (default: ${DEFAULT-VALUE}).") String producer;

    @Override
    public Integer call() {
      StixConfig config = new StixConfig(producer, StixOptions.tlp("--marking", marking));
      Registries registries = Registries.bundled();
      List<String> problems = new ArrayList<>();
      int[] withheld = {0};
      Publisher.Result r = onStore(s -> {
        Organisation o = org(s, org);
        CollectionRow c = s.collections().all().stream().filter(x -> x.id().equals(collection)).findFirst()
            .flatMap(x -> s.collections().find(x.apiRoot(), x.id(), o.id()))
            .filter(CollectionRow::canWrite)
            .orElseThrow(() -> new UserError("--collection: no collection '" + collection + "' that " + org + " may write"));
        Instant now = Instant.now();
        StixMapper mapper = new StixMapper(registries, s.stixIds(), config);
        IncidentMerger merger = new IncidentMerger(s, registries.groups(), storeOptions.settings().merge());
        KnowledgeBaseSource source = KnowledgeBaseSource.published(s, merger, o.id(), mapper, now,
            config.defaultMarking(), problems::add);
        List<StixObject> objects = new StixExporter(source).export(new ExportQuery(null, Tlp.values()[c.maxTlp()]),
            source.producer());
        withheld[0] = source.withheld();
        try {
          return Publisher.publish(s, c, o.id(), "cli", objects, now);
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage(), e);
        }
      });
      problems.forEach(p -> spec.commandLine().getErr().println("vigil: " + p));
      ExportCommand.withheld(spec.commandLine().getErr(), withheld[0]);
      say("published " + r.added() + " new object versions, " + r.unchanged() + " unchanged, into " + collection);
      return problems.isEmpty() ? 0 : 1;
    }
  }

  @Command(name = "audit", description = "Print the latest audit-log entries, newest first.")
  static final class Audit extends AdminCommand.Sub {
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
