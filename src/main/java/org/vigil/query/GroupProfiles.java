package org.vigil.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;
import org.vigil.store.GroupRow;
import org.vigil.store.GroupStore;
import org.vigil.store.IncidentRow;
import org.vigil.store.IncidentStore;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Group profiles, as {@code vigil group} and {@code GET /api/groups/{name}} show them: aliases
 * with the reports that used them, parent, incidents by year and type, killed and wounded
 * totals, countries, latest incidents and merge history.
 */
public final class GroupProfiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GroupProfiles() {}

  /** A group as resolved: its record and the ids of the groups it stands for (merged ones included). */
  public record Resolved(GroupRow group, List<String> ids) {
    public Resolved {
      ids = List.copyOf(ids);
    }
  }

  /** Finds a group by id, canonical name or any registry alias; merged groups resolve to the kept one. */
  public static Optional<Resolved> resolve(Store store, Registries registries, String name) {
    GroupStore groups = store.groups();
    Optional<GroupRow> found = groups.find(name)
        .or(() -> registries.groups().byName(name).flatMap(r -> groups.byId(r.id())));
    return found.map(g -> {
      GroupRow kept = g.mergedInto() != null ? groups.byId(g.mergedInto()).orElse(g) : g;
      List<String> ids = new ArrayList<>(List.of(kept.id()));
      groups.mergedInto(kept.id()).forEach(m -> ids.add(m.id()));
      return new Resolved(kept, ids);
    });
  }

  /** The profile of a resolved group, from what {@code viewer} reads. */
  public static ObjectNode profile(Store store, Viewer viewer, Registries registries, Resolved r) {
    ObjectNode p = JSON.createObjectNode();
    p.put("id", r.group().id());
    p.put("name", r.group().name());
    p.put("parent", r.group().parent() == null ? null
        : registries.groups().byId(r.group().parent()).map(Group::name).orElse(r.group().parent()));
    p.set("mergedGroups", JSON.valueToTree(r.ids().subList(1, r.ids().size())));
    p.set("registryAliases", JSON.valueToTree(
        registries.groups().byId(r.group().id()).map(Group::aliases).orElse(List.of())));
    ArrayNode used = p.putArray("aliasesInReports");
    for (GroupStore.AliasUse a : store.groups().aliases(viewer, r.ids())) {
      ObjectNode o = used.addObject();
      o.put("alias", a.alias());
      o.put("reports", a.total());
      o.set("examples", JSON.valueToTree(a.reports()));
    }
    long killed = 0;
    long wounded = 0;
    ArrayNode byYear = p.putArray("incidentsByYearAndType");
    for (IncidentStore.Tally t : store.incidents().tallyByYearAndType(viewer, r.ids())) {
      byYear.addObject().put("year", t.key()).put("type", t.type()).put("incidents", t.incidents());
      killed += t.killed();
      wounded += t.wounded();
    }
    p.put("killed", killed);
    p.put("wounded", wounded);
    ObjectNode countries = p.putObject("countries");
    store.incidents().tallyByCountry(viewer, r.ids()).forEach(t -> countries.put(t.key(), t.incidents()));
    ArrayNode latest = p.putArray("latestIncidents");
    IncidentViews views = new IncidentViews(store, viewer);
    for (IncidentRow i : store.incidents().ofGroups(viewer, r.ids(), 5)) {
      ObjectNode v = views.view(i);
      v.remove("evidence");
      latest.add(v);
    }
    p.set("history", JSON.valueToTree(store.groups().history(r.group().id())));
    return p;
  }
}
