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

  Pages(SharedStore store, UiSettings settings, Names names, Registries registries, MergeRules merge, Clock clock,
      ObjectMapper json) {
    this.store = store;
    this.settings = settings;
    this.names = names;
    this.registries = registries;
    this.merge = merge;
    this.clock = clock;
    this.json = json;
  }

  void register(Javalin app) {
  }
}
