package org.vigil.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Registries;
import org.vigil.store.AlertRow;
import org.vigil.store.Store;
import org.vigil.store.UserRow;
import org.vigil.store.WatchlistRow;
import org.vigil.watch.Watchlists;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil watch add|list|remove|webhook}: watchlists of users and organisations, and the
 * webhooks their alerts are sent to.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Manage watchlists (groups, places, sites, areas, keywords) and alert webhooks.",
    subcommands = {WatchCommand.Add.class, WatchCommand.ListAll.class, WatchCommand.Remove.class,
        WatchWebhookCommand.class, WatchCommand.Alerts.class})
final class WatchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Who owns a watchlist or webhook: a user or an organisation. */
  static final class Owner {
    @Option(names = "--user", paramLabel = "USER", description = "Owning user.") String user;
    @Option(names = "--org", paramLabel = "ORG", description = "Owning organisation.") String org;

    Owned resolve(Store s) {
      if (user != null) {
        UserRow u = s.access().findUser(user).orElseThrow(() -> new UserError("no user '" + user
            + "'; create it with vigil admin add-user"));
        return new Owned(u.id(), null);
      }
      return new Owned(null, AdminCommand.Sub.org(s, org).id());
    }
  }

  /** The owner's ids: exactly one is set. */
  record Owned(@Nullable Long user, @Nullable Long org) {}

  @Command(name = "add", description = "Add a watchlist; give exactly one of --group, --place, --site, --area, --keywords.")
  static final class Add extends AdminCommand.Sub {
    @Parameters(paramLabel = "NAME", description = "A name for the watchlist.") String name;
    @ArgGroup(exclusive = true, multiplicity = "1") Owner owner;
    @Option(names = "--group", paramLabel = "GROUP", description = "A group (name or alias); its sub-groups match too.") String group;
    @Option(names = "--place", paramLabel = "PLACE", description = "A place's name; needs --at and --radius.") String place;
    @Option(names = "--site", paramLabel = "SITE", description = "A site's name; needs --at, --radius and --category.") String site;
    @Option(names = "--area", paramLabel = "AREA", description = "A country code (AF) or a province's name.") String area;
    @Option(names = "--keywords", paramLabel = "WORDS", description = "Comma-separated keywords; any matches.") String keywords;
    @Option(names = "--at", paramLabel = "LAT,LON") String at;
    @Option(names = "--radius", paramLabel = "KM") Double radius;
    @Option(names = "--category", paramLabel = "CATEGORY", description = "A site's category: shrine, stadium, embassy, school...") String category;
    @Option(names = "--types", split = ",", paramLabel = "TYPE", description = "Only these incident types (bombing, arrest...).") List<String> types = List.of();
    @Option(names = "--min-killed", paramLabel = "N") Integer minKilled;
    @Option(names = "--arrests-only") boolean arrestsOnly;

    @Override
    public Integer call() {
      String[] kv = kindAndValue();
      WatchlistRow w = onStore(s -> {
        Owned o = owner.resolve(s);
        double[] ll = at == null ? null : parse(at);
        WatchlistRow row = new WatchlistRow(0, o.user(), o.org(), name, kv[0], kv[1], ll == null ? null : ll[0],
            ll == null ? null : ll[1], radius, category, types, minKilled, arrestsOnly);
        try {
          row = Watchlists.check(row, Registries.bundled().groups());
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage(), e);
        }
        return s.watches().insert(row);
      });
      say("watchlist " + w.id() + ": " + w.name() + " (" + w.kind() + " " + w.value() + ")");
      return 0;
    }

    private String[] kindAndValue() {
      String[][] given = {{"group", group}, {"place", place}, {"site", site}, {"area", area}, {"keywords", keywords}};
      String[] found = null;
      for (String[] g : given) {
        if (g[1] != null) {
          if (found != null) {
            throw new UserError("give only one of --group, --place, --site, --area, --keywords");
          }
          found = g;
        }
      }
      if (found == null) {
        throw new UserError("give one of --group, --place, --site, --area, --keywords");
      }
      return found;
    }

    private static double[] parse(String at) {
      try {
        return Watchlists.coordinates(at);
      } catch (IllegalArgumentException e) {
        throw new UserError("--at: " + e.getMessage(), e);
      }
    }
  }

  @Command(name = "list", description = "List the watchlists.")
  static final class ListAll extends AdminCommand.Sub {
    @Override
    boolean writes() {
      return false;
    }

    @Override
    public Integer call() {
      for (WatchlistRow w : onStore(s -> s.watches().all())) {
        say(w.id() + "\t" + w.name() + "\t" + w.kind() + "\t" + w.value()
            + (w.lat() == null ? "" : "\t" + w.lat() + "," + w.lon() + " r=" + w.radiusKm() + "km")
            + (w.category() == null ? "" : "\tcategory=" + w.category())
            + (w.incidentTypes().isEmpty() ? "" : "\ttypes=" + String.join(",", w.incidentTypes()))
            + (w.minKilled() == null ? "" : "\tmin-killed=" + w.minKilled())
            + (w.arrestsOnly() ? "\tarrests-only" : "")
            + "\towner=" + (w.ownerUser() != null ? "user:" + w.ownerUser() : "org:" + w.ownerOrg()));
      }
      return 0;
    }
  }

  @Command(name = "alerts", description = "List the latest alerts: id, version, watchlist, incident, summary, reason.")
  static final class Alerts extends AdminCommand.Sub {
    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    boolean writes() {
      return false;
    }

    @Override
    public Integer call() {
      if (limit < 1 || limit > 10_000) {
        throw new UserError("--limit " + limit + " is not in 1..10000");
      }
      for (AlertRow a : onStore(s -> s.alerts().latest(limit))) {
        say(a.id() + "\tv" + a.version() + "\twatchlist " + a.watchlistId() + "\tincident " + a.incidentId() + "\t"
            + a.updatedAt() + "\t" + a.summary() + "\t" + a.reason());
      }
      return 0;
    }
  }

  @Command(name = "remove", description = "Remove a watchlist and its alerts.")
  static final class Remove extends AdminCommand.Sub {
    @Parameters(paramLabel = "ID") long id;

    @Override
    public Integer call() {
      if (!onStore(s -> s.watches().remove(id))) {
        throw new UserError("no watchlist " + id + "; see vigil watch list");
      }
      say("removed watchlist " + id);
      return 0;
    }
  }
}
