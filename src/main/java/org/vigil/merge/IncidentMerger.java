package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.review.Reviews;
import org.vigil.store.IncidentRow;
import org.vigil.store.Review;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;

/**
 * The entry point of the knowledge base: everything that brings an incident in (a report's
 * extracted incidents at ingest, a dataset record at import, a partner's incident) goes through
 * {@link #attach}, which matches it against stored incidents ({@link Matcher}) and adds it as a
 * source of the best match, or creates an incident (marked background-only when only recalled).
 * After every change the incident's machine record is rebuilt from all its sources and
 * analysts' reviews are applied on top. Analysts undo a merge with {@link #split} and merge two
 * incidents with {@link #mergeInto}; reviews, alerts and links follow the incident that absorbs
 * another. Not thread-safe (it works on the store's connection).
 */
public final class IncidentMerger {

  private final Store store;
  private final Registry<Group> registry;
  private final MergeRules rules;
  private final Matcher matcher;
  private final Map<String, String> canonical = new HashMap<>();

  public IncidentMerger(Store store, Registry<Group> registry, MergeRules rules) {
    this.store = store;
    this.registry = registry;
    this.rules = rules;
    this.matcher = new Matcher(rules, this::canonicalGroup, id -> registry.byId(id).map(Group::name).orElse(id));
  }

  /**
   * Where an incident came from: a stored report ({@code reportId}, with the incident's
   * {@code position} in its extraction) or a record of a dataset ({@code dataset} names the
   * collection, {@code datasetRef} the record). Two records of one dataset are two incidents:
   * they never merge with each other, only with reports and other datasets' records.
   *
   * @param background the source only recalls the incident
   * @param counts false for near-duplicates and background mentions (not a source for casualty figures)
   * @param published the source's publication date (ISO), which orders casualty figures; null when unknown
   */
  public record Source(@Nullable Long reportId, @Nullable String dataset, @Nullable String datasetRef,
      int position, boolean background, boolean counts, @Nullable String published) {}

  /** What happened to one extracted incident. */
  public record Outcome(long incidentId, boolean created, @Nullable Match match) {}

  /**
   * Matches {@code incident} (the {@code vigil extract} JSON of one incident) against stored
   * incidents other than {@code exclude} (the other incidents of the same report) and adds it
   * as a source of the best match, or creates an incident.
   */
  public Outcome attach(ObjectNode incident, Source source, Set<Long> exclude) {
    return attach(incident, source, exclude, null);
  }

  /**
   * As {@link #attach} for a record of a catalogue that lists each incident once (the GTD,
   * ACLED): it never joins an incident that already holds a record of {@code source.dataset()}.
   */
  public Outcome attachRecord(ObjectNode incident, Source source) {
    return attach(incident, source, Set.of(), Objects.requireNonNull(source.dataset(), "a record's dataset"));
  }

  private Outcome attach(ObjectNode incident, Source source, Set<Long> exclude, @Nullable String catalogue) {
    Optional<Match> best = bestMatch(incident, exclude, catalogue);
    if (best.isEmpty()) {
      return create(incident, source);
    }
    Match m = best.get();
    store.sources().insert(sourceRow(m.incidentId(), incident, source, m.explanation().toString()));
    refresh(m.incidentId());
    return new Outcome(m.incidentId(), false, m);
  }

  /** Creates an incident from one source, without matching (dataset records, splits). */
  public Outcome create(ObjectNode incident, Source source) {
    IncidentRow row = store.incidents().insert(row(0, incident, incident));
    store.sources().insert(sourceRow(row.id(), incident, source, "{\"created\":true}"));
    return new Outcome(row.id(), true, null);
  }

  /**
   * The best stored match of an incident, if any reaches the minimum score; with a
   * {@code dataset} (the new incident is a record of that catalogue), incidents holding a record
   * of it are passed over. When a dataset record is involved (the new incident is one, or the two
   * best candidates hold one) and the runner-up scores within {@link MergeRules#ambiguity()} of
   * the best, there is no match: a record joins one event's reports, not whichever of look-alikes
   * scored a hair higher.
   */
  public Optional<Match> bestMatch(ObjectNode incident, Set<Long> exclude, @Nullable String dataset) {
    List<Match> ranked = ranked(incident, exclude, dataset, 2);
    if (ranked.size() == 2 && ranked.get(0).evidence() - ranked.get(1).evidence() < rules.ambiguity()
        && (dataset != null || anchored(ranked.get(0).incidentId()) && anchored(ranked.get(1).incidentId()))) {
      return Optional.empty();
    }
    return ranked.stream().findFirst();
  }

  /**
   * The {@code n} best stored matches of an incident, best first, passing over {@code exclude}
   * and, with a {@code dataset}, incidents holding a record of it.
   */
  public List<Match> ranked(ObjectNode incident, Set<Long> exclude, @Nullable String dataset, int n) {
    IncidentRow probe = row(0, incident, incident);
    Facts in = facts(probe);
    List<Match> matches = Candidates.of(store.incidents(), rules, probe, in).stream()
        .filter(c -> !exclude.contains(c.id()))
        .map(c -> matcher.match(in, facts(c), c.id()))
        .flatMap(Optional::stream)
        .filter(m -> dataset == null || !store.sources().hasDataset(m.incidentId(), dataset))
        .toList();
    // where a record is involved, look-alikes that both reach the cap are told apart by the evidence
    // beyond it; between reports, the older incident wins a tie (a report re-extracted rejoins it)
    Map<Long, Double> beyond = new HashMap<>();
    matches.forEach(m -> beyond.put(m.incidentId(), dataset != null || anchored(m.incidentId()) ? m.evidence() : m.score()));
    return matches.stream()
        .sorted(Comparator.comparingDouble(Match::score).reversed()
            .thenComparing(m -> -beyond.get(m.incidentId())).thenComparing(Match::incidentId))
        .limit(n)
        .toList();
  }

  /**
   * How {@code incident} compares with stored incident {@code incidentId}, in words: the
   * criteria and the score as {@link #bestMatch} would weigh them (even below the minimum), or
   * what rules the pair out. For explaining a missed merge.
   */
  public String explainWith(ObjectNode incident, long incidentId) {
    Facts in = facts(row(0, incident, incident));
    return store.incidents().byId(incidentId).map(c -> matcher.verdict(in, facts(c), c.id()).words())
        .orElse("no incident " + incidentId);
  }

  private Facts facts(IncidentRow r) {
    return Facts.of(r, this::groupIds);
  }

  private boolean anchored(long incidentId) {
    return store.sources().ofIncident(incidentId).stream().anyMatch(s -> s.dataset() != null);
  }

  /** Rebuilds an incident from its sources and reviews; deletes it when no source is left. */
  public void refresh(long incidentId) {
    List<SourceRow> sources = store.sources().ofIncident(incidentId);
    if (sources.isEmpty()) {
      store.incidents().delete(incidentId);
      return;
    }
    ObjectNode machine = RecordMerger.merge(sources);
    ObjectNode record = Reviews.apply(machine, store.reviews().ofIncident(incidentId));
    store.incidents().update(row(incidentId, machine, record));
  }

  /**
   * Undoes a merge: moves one source of an incident to a new incident of its own and rebuilds
   * both. Returns the new incident's id.
   *
   * @throws IllegalArgumentException when the source does not belong to the incident or is its only one
   */
  public long split(long incidentId, long sourceId) {
    SourceRow s = store.sources().byId(sourceId).filter(x -> x.incidentId() == incidentId)
        .orElseThrow(() -> new IllegalArgumentException("source " + sourceId + " is not a source of incident " + incidentId));
    if (store.sources().ofIncident(incidentId).size() < 2) {
      throw new IllegalArgumentException("incident " + incidentId + " has only one source; nothing to split");
    }
    ObjectNode values = RecordMerger.parse(s.valuesJson());
    IncidentRow fresh = store.incidents().insert(row(0, values, values));
    ObjectNode why = JsonNodeFactory.instance.objectNode();
    why.put("created", true);
    why.put("splitFrom", incidentId);
    store.sources().move(sourceId, fresh.id(), why.toString());
    refresh(incidentId);
    refresh(fresh.id());
    return fresh.id();
  }

  /**
   * Merges incident {@code other} into {@code kept}: its sources become {@code kept}'s, its
   * analysts' reviews move where {@code kept} has none for the field (the kept incident's
   * reviews win), its alerts, links and earlier merges follow, and its id is recorded as merged
   * (with {@code reason}) so that it still leads to {@code kept}. Both are then one record.
   *
   * @throws IllegalArgumentException when the two are the same incident
   */
  public void mergeInto(long kept, long other, String reason) {
    if (kept == other) {
      throw new IllegalArgumentException("incident " + kept + " cannot be merged into itself");
    }
    for (SourceRow s : store.sources().ofIncident(other)) {
      store.sources().move(s.id(), kept, s.explanation());
    }
    retire(other, kept, reason);
    refresh(kept);
  }

  /**
   * Retires an incident whose sources are now another's (merged, or moved there by
   * re-extraction): reviews, alerts and links follow {@code into}, the merge is recorded, and
   * the incident is deleted.
   */
  public void retire(long incidentId, long into, String reason) {
    Set<String> reviewed = new HashSet<>();
    store.reviews().ofIncident(into).forEach(r -> reviewed.add(r.field()));
    for (Review r : store.reviews().ofIncident(incidentId)) {
      if (reviewed.add(r.field())) {
        store.reviews().put(new Review(into, r.field(), r.action(), r.value(), r.at()));
      }
    }
    store.links().recordMerge(incidentId, into, reason);
    store.incidents().delete(incidentId);
  }

  private SourceRow sourceRow(long incidentId, ObjectNode incident, Source s, String explanation) {
    return new SourceRow(0, incidentId, s.reportId(), s.dataset(), s.datasetRef(), s.position(),
        s.background(), s.counts(), s.published(), incident.toString(), explanation);
  }

  /** The stored row of a record: indexed columns read from {@code record}. */
  IncidentRow row(long id, ObjectNode machine, ObjectNode record) {
    JsonNode date = record.get("date");
    LocalDate[] range = Facts.range(date);
    JsonNode loc = record.get("location");
    boolean hasLoc = loc != null && loc.isObject();
    Double lat = hasLoc && loc.hasNonNull("lat") && loc.hasNonNull("lon") ? loc.get("lat").asDouble() : null;
    Double lon = lat == null ? null : loc.get("lon").asDouble();
    return new IncidentRow(id, record.path("type").asText("other_violence"),
        record.path("status").asText("accomplished"), record.path("background").asBoolean(false),
        range == null ? null : date.get("value").asText(),
        range == null ? null : date.path("precision").asText("day"),
        range == null ? null : range[0].toString(), range == null ? null : range[1].toString(),
        hasLoc ? text(loc, "countryCode") : null,
        hasLoc ? (text(loc, "city") != null ? text(loc, "city") : text(loc, "name")) : null,
        hasLoc ? text(loc, "site") : null, lat, lon, hasLoc ? text(loc, "precision") : null,
        lat == null ? null : IncidentRow.cellOf(lat, lon), groupId(record), count(record, "killed"),
        count(record, "wounded"), machine.toString(), record.toString());
  }

  /** The registry id of the first named perpetrator group. */
  @Nullable String groupId(JsonNode record) {
    for (JsonNode p : record.path("perpetrators")) {
      String name = text(p, "group");
      if (name != null) {
        return registry.byName(name).map(Group::id).orElse(null);
      }
    }
    return null;
  }

  /** The registry ids of every named perpetrator group that the registry knows. */
  private Set<String> groupIds(JsonNode record) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (JsonNode p : record.path("perpetrators")) {
      String name = text(p, "group");
      if (name != null) {
        registry.byName(name).map(Group::id).ifPresent(out::add);
      }
    }
    return out;
  }

  private String canonicalGroup(String id) {
    return canonical.computeIfAbsent(id, k -> store.groups().byId(k)
        .map(g -> g.mergedInto() == null ? g.id() : g.mergedInto()).orElse(k));
  }

  private static @Nullable Integer count(JsonNode record, String field) {
    JsonNode c = record.path("casualties").get(field);
    return c == null || c.isNull() || !c.has("value") ? null : c.get("value").asInt();
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
