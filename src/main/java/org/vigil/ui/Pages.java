package org.vigil.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.time.Clock;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.web.SharedStore;

/** Registers the UI's pages beyond the dashboard: map, incident, report, group, search. */
final class Pages {

  private final SharedStore store;
  private final UiSettings settings;
  private final Names names;
  private final Registries registries;
  private final MergeRules merge;
  private final Clock clock;
  private final ObjectMapper json;
  private final AggregateCache cache;

  Pages(SharedStore store, UiSettings settings, Names names, Registries registries, MergeRules merge, Clock clock,
      ObjectMapper json, AggregateCache cache) {
    this.cache = cache;
    this.store = store;
    this.settings = settings;
    this.names = names;
    this.registries = registries;
    this.merge = merge;
    this.clock = clock;
    this.json = json;
  }

  void register(Javalin app) {
    MapPage map = new MapPage(store, settings, names, registries, json, cache);
    app.get("/ui/map", map::show);
    app.get("/ui/map/data", map::data);
    app.get("/ui/map/countries", map::countries);
    app.get("/ui/map/card/{id}", new MapCard(store, names, json)::show);
    IncidentPage incident = new IncidentPage(store, settings, names, json);
    app.get("/ui/incidents", new IncidentListPage(store, settings, names, registries)::show);
    IncidentExport export = new IncidentExport(store, settings, names, registries, json);
    app.get("/ui/incidents.csv", export::csv);
    app.get("/ui/incidents.geojson", export::geoJson);
    app.get("/ui/incidents/{id}", incident::show);
    ReviewAction review = new ReviewAction(store, registries, merge, clock, cache, incident);
    app.post("/ui/incidents/{id}/review", review::post);
    app.post("/ui/proposals/{id}/accept", review::accept);
    app.post("/ui/proposals/{id}/reject", review::reject);
    app.get("/ui/reports/{id}", new ReportPage(store, names, json)::show);
    app.get("/ui/groups/{name}", new GroupPage(store, settings, names, registries, json)::show);
    app.get("/ui/search", new SearchPage(store, settings, names, registries)::show);
  }
}
