package org.vigil.ui;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.access.Principal;
import org.vigil.access.Role;
import org.vigil.extract.IncidentType;
import org.vigil.registry.Registries;
import org.vigil.store.AuditEntry;
import org.vigil.store.WatchlistRow;
import org.vigil.watch.WatchKind;
import org.vigil.watch.Watchlists;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/watchlists}: the watchlists of the user and of their organisation, a form to add
 * one ({@code POST /ui/watchlists}) and a remove button per watchlist
 * ({@code POST /ui/watchlists/{id}/remove}). Adding and removing need the role analyst. A bad
 * form is answered with the page again, the message at the top and the values kept; the checks
 * are the store's own ({@link Watchlists#check}), the same as the CLI's and the REST API's. A place
 * or site given by name without coordinates is found in the gazetteer ({@link PlacePicker}).
 */
final class WatchlistsPage {

  /** Longest text accepted in any field of the form. */
  static final int MAX_FIELD = 200;

  private final SharedStore store;
  private final Registries registries;
  private final Clock clock;
  private final PlacePicker places = new PlacePicker();

  WatchlistsPage(SharedStore store, Registries registries, Clock clock) {
    this.store = store;
    this.registries = registries;
    this.clock = clock;
  }

  void show(Context ctx) {
    render(ctx, null, null);
  }

  void add(Context ctx) {
    Principal p = analyst(ctx);
    WatchlistRow checked;
    try {
      checked = Watchlists.check(read(ctx, p), registries.groups());
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      render(ctx, e.getMessage(), ctx);
      return;
    }
    store.call(s -> {
      WatchlistRow w = s.watches().insert(checked);
      s.audit().append(new AuditEntry(0, clock.instant().toString(), p.userName(), p.orgId(), "ui.watchlist",
          "watchlist " + w.id(), "added " + w.kind() + " " + w.value()));
      return w;
    });
    ctx.redirect("/ui/watchlists");
  }

  void remove(Context ctx) {
    Principal p = analyst(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw HttpProblem.notFound("no watchlist '" + ctx.pathParam("id") + "'");
    }
    store.call(s -> {
      WatchlistRow w = s.watches().byId(id).filter(r -> visible(r, p))
          .orElseThrow(() -> HttpProblem.notFound("no watchlist " + id + " of yours or your organisation's"));
      s.watches().remove(id);
      s.audit().append(new AuditEntry(0, clock.instant().toString(), p.userName(), p.orgId(), "ui.watchlist",
          "watchlist " + id, "removed " + w.kind() + " " + w.value()));
      return null;
    });
    ctx.redirect("/ui/watchlists");
  }

  static boolean visible(WatchlistRow w, Principal p) {
    return (w.ownerUser() != null && w.ownerUser() == p.userId()) || (w.ownerOrg() != null && w.ownerOrg() == p.orgId());
  }

  private static Principal analyst(Context ctx) {
    Principal p = UiAuth.session(ctx).user();
    if (!p.role().atLeast(Role.ANALYST)) {
      throw HttpProblem.forbidden("user " + p.userName() + " has the role " + p.role().label()
          + "; changing watchlists needs analyst or admin");
    }
    return p;
  }

  /** The form as a watchlist not yet checked; throws naming the field for malformed numbers. */
  private WatchlistRow read(Context ctx, Principal p) {
    boolean org = "org".equals(field(ctx, "owner"));
    String kind = field(ctx, "kind");
    String value = field(ctx, "value");
    String name = field(ctx, "name");
    if (name.isBlank()) {
      name = kind + " " + value;
    }
    List<String> types = new ArrayList<>(ctx.formParams("type"));
    if (types.size() > IncidentType.values().length) {
      throw new IllegalArgumentException("more incident types than there are");
    }
    Double lat = null;
    Double lon = null;
    String coordinates = field(ctx, "coordinates");
    if (!coordinates.isBlank()) {
      double[] c = Watchlists.coordinates(coordinates);
      lat = c[0];
      lon = c[1];
    } else if ((kind.equals("place") || kind.equals("site")) && !value.isBlank()) {
      var found = places.find(value).orElseThrow(() -> new IllegalArgumentException("no place named '" + value
          + "' in the gazetteer; " + (value.contains(",") ? "" : "add the country code ('Pemba, MZ') or ")
          + "give the coordinates as LAT,LON"));
      lat = found.lat();
      lon = found.lon();
    }
    String category = field(ctx, "category");
    String minKilled = field(ctx, "minKilled");
    return new WatchlistRow(0, org ? null : p.userId(), org ? p.orgId() : null, name, kind, value, lat, lon,
        number(field(ctx, "radiusKm"), "radius (km)"), category.isBlank() ? null : category, types,
        minKilled.isBlank() ? null : (int) Math.round(number(minKilled, "minimum killed")),
        ctx.formParam("arrestsOnly") != null);
  }

  private static String field(Context ctx, String name) {
    String v = Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    if (v.length() > MAX_FIELD) {
      throw new IllegalArgumentException("the field " + name + " has " + v.length() + " characters; at most " + MAX_FIELD);
    }
    return v;
  }

  private static @Nullable Double number(String text, String label) {
    if (text.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(text);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(label + " '" + text + "' is not a number");
    }
  }

  private void render(Context ctx, @Nullable String error, @Nullable Context form) {
    Sessions.Session session = UiAuth.session(ctx);
    Principal p = session.user();
    List<WatchlistRow> rows = store.call(s -> s.watches().visibleTo(p.userId(), p.orgId()));
    StringBuilder h = new StringBuilder("<h1>Watchlists</h1>");
    if (error != null) {
      h.append("<p class=\"error\" role=\"alert\" id=\"watch-error\">").append(Html.esc(error)).append("</p>");
    }
    h.append(WatchlistTable.of(rows, p, session.csrf()));
    if (p.role().atLeast(Role.ANALYST)) {
      h.append(WatchlistForm.of(session.csrf(), form));
    }
    ctx.html(Layout.page("Watchlists", "Watchlists", p, session.csrf(), "", h.toString()));
  }

  /** The labels of the kinds, for the form. */
  static List<String> kinds() {
    return List.of(WatchKind.values()).stream().map(WatchKind::label).toList();
  }
}
