package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.review.Reviews;
import org.vigil.stix.Tlp;
import org.vigil.store.IncidentRow;
import org.vigil.store.Organisation;
import org.vigil.store.Ownership;
import org.vigil.store.Review;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Attaches extracted incidents to the store: a match adds the source to the stored incident,
 * otherwise a new incident is created (marked background-only when only recalled). A source
 * joins only an incident whose every source is readable by whoever reads the new one, so a merge
 * never shows a reader anything it may not read. After every change the incident's machine
 * record is rebuilt from all its sources and analysts' reviews are applied on top; an incident
 * whose sources differ in owner or marking also gets, for each organisation that reads some of
 * them, its view merged from those alone (with the reviews only when it reads every source the
 * owner reads). Not thread-safe (it works on the store's connection).
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
    this.matcher = new Matcher(rules, this::canonicalGroup);
  }

  /**
   * Where a value came from.
   *
   * @param counts false for near-duplicates and background mentions (not a source for casualty figures)
   * @param ownership who owns the source and its marking (its report's)
   */
  public record Source(@Nullable Long reportId, @Nullable String dataset, @Nullable String datasetRef,
      int position, boolean background, boolean counts, @Nullable String published, Ownership ownership) {}

  /** What happened to one extracted incident. */
  public record Outcome(long incidentId, boolean created, @Nullable Match match) {}

  /**
   * Matches {@code incident} (the {@code vigil extract} JSON of one incident) against stored
   * incidents other than {@code exclude} and adds it as a source of the best match, or creates
   * an incident.
   */
  public Outcome attach(ObjectNode incident, Source source, Set<Long> exclude) {
    Optional<Match> best = bestMatch(incident, source.ownership(), exclude);
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
    IncidentRow row = store.incidents().insert(row(0, incident, incident, source.ownership()));
    store.sources().insert(sourceRow(row.id(), incident, source, "{\"created\":true}"));
    return new Outcome(row.id(), true, null);
  }

  /**
   * The best stored match of an incident from a source labelled {@code ownership}, if any
   * reaches the minimum score.
   */
  public Optional<Match> bestMatch(ObjectNode incident, Ownership ownership, Set<Long> exclude) {
    IncidentRow probe = row(0, incident, incident, ownership);
    Facts in = Facts.of(probe);
    List<IncidentRow> candidates = new ArrayList<>();
    if (probe.dateStart() == null) {
      // an undated incident can only match one of the same group (see Matcher)
      if (probe.groupId() == null) {
        return Optional.empty();
      }
      candidates.addAll(store.incidents().ofGroup(probe.groupId(), in.country(), false, ownership,
          rules.maxCandidates()));
    } else {
      int window = rules.window(in.datePrecision(), in.datePrecision());
      String from = in.start().minusDays(window).toString();
      String to = in.end().plusDays(window).toString();
      candidates.addAll(store.incidents().candidates(from, to, in.country(), ownership, rules.maxCandidates()));
      if (probe.groupId() != null) {
        candidates.addAll(store.incidents().ofGroup(probe.groupId(), in.country(), true, ownership,
            rules.maxCandidates()));
      }
    }
    return candidates.stream()
        .filter(c -> !exclude.contains(c.id()))
        .map(c -> matcher.match(in, Facts.of(c), c.id()))
        .flatMap(Optional::stream)
        .max(Comparator.comparingDouble(Match::score).thenComparing(m -> -m.incidentId()));
  }

  /**
   * Rebuilds an incident from its sources and reviews, labels it, and computes the
   * organisations' views of it when its sources differ in owner or marking; deletes it when no
   * source is left.
   */
  public void refresh(long incidentId) {
    List<SourceRow> sources = store.sources().ofIncident(Viewer.OPERATOR, incidentId);
    if (sources.isEmpty()) {
      store.incidents().delete(incidentId);
      return;
    }
    List<Review> reviews = store.reviews().ofIncident(incidentId);
    Long owner = sources.get(0).ownership().ownerOrg();
    boolean mixed = sources.stream().map(SourceRow::ownership).distinct().count() > 1;
    store.incidents().update(merged(incidentId, sources, reviews, owner), mixed);
    store.incidents().clearViews(incidentId);
    if (!mixed) {
      return;
    }
    Set<Long> ownerReads = ids(owner == null ? sources : store.sources().ofIncident(Viewer.of(owner), incidentId));
    for (Organisation o : store.access().organisations()) {
      List<SourceRow> read = store.sources().ofIncident(Viewer.of(o.id()), incidentId);
      if (!read.isEmpty()) {
        boolean withReviews = ids(read).containsAll(ownerReads);
        store.incidents().putView(o.id(), merged(incidentId, read, withReviews ? reviews : List.of(), owner),
            withReviews);
      }
    }
  }

  /**
   * The incident as organisation {@code org} publishes it under its own name: merged from the
   * sources it owns only (never another organisation's, whatever it may read), with the
   * analysts' reviews only when it owns every source (so no review carries another's data),
   * marked as the most restricted of them. Empty when it owns none of them.
   */
  public Optional<IncidentRow> published(long incidentId, long org) {
    List<SourceRow> all = store.sources().ofIncident(Viewer.OPERATOR, incidentId);
    List<SourceRow> own = all.stream().filter(s -> s.ownership().ownedBy(org)).toList();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    List<Review> reviews = own.size() == all.size() ? store.reviews().ofIncident(incidentId) : List.of();
    return Optional.of(merged(incidentId, own, reviews, org));
  }

  /** Computes again the views of every mixed incident (after organisations or partnerships changed). */
  public int refreshViews() {
    List<Long> mixed = store.incidents().mixed();
    mixed.forEach(this::refresh);
    return mixed.size();
  }

  /** The incident merged from {@code sources} with {@code reviews}, owned by {@code owner}, marked as the most restricted. */
  private IncidentRow merged(long id, List<SourceRow> sources, List<Review> reviews, @Nullable Long owner) {
    ObjectNode machine = RecordMerger.merge(sources);
    Tlp tlp = sources.stream().map(s -> s.ownership().tlp()).max(Comparator.naturalOrder()).orElseThrow();
    return row(id, machine, Reviews.apply(machine, reviews), new Ownership(owner, tlp));
  }

  private static Set<Long> ids(List<SourceRow> sources) {
    Set<Long> out = new HashSet<>();
    sources.forEach(s -> out.add(s.id()));
    return out;
  }

  /**
   * Undoes a merge: moves one source of an incident to a new incident of its own and rebuilds
   * both. Returns the new incident's id.
   *
   * @throws IllegalArgumentException when the source does not belong to the incident or is its only one
   */
  public long split(long incidentId, long sourceId) {
    SourceRow s = store.sources().byId(Viewer.OPERATOR, sourceId).filter(x -> x.incidentId() == incidentId)
        .orElseThrow(() -> new IllegalArgumentException("source " + sourceId + " is not a source of incident " + incidentId));
    if (store.sources().ofIncident(Viewer.OPERATOR, incidentId).size() < 2) {
      throw new IllegalArgumentException("incident " + incidentId + " has only one source; nothing to split");
    }
    ObjectNode values = RecordMerger.parse(s.valuesJson());
    IncidentRow fresh = store.incidents().insert(row(0, values, values, s.ownership()));
    ObjectNode why = JsonNodeFactory.instance.objectNode();
    why.put("created", true);
    why.put("splitFrom", incidentId);
    store.sources().move(sourceId, fresh.id(), why.toString());
    refresh(incidentId);
    refresh(fresh.id());
    return fresh.id();
  }

  private SourceRow sourceRow(long incidentId, ObjectNode incident, Source s, String explanation) {
    return new SourceRow(0, incidentId, s.reportId(), s.dataset(), s.datasetRef(), s.position(),
        s.background(), s.counts(), s.published(), incident.toString(), explanation, s.ownership());
  }

  /** The stored row of a record: indexed columns read from {@code record}. */
  IncidentRow row(long id, ObjectNode machine, ObjectNode record, Ownership ownership) {
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
        count(record, "wounded"), machine.toString(), record.toString(), ownership);
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
