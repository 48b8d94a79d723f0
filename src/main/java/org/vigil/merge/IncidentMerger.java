package org.vigil.merge;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
 * The entry point of the knowledge base: everything that brings an incident in (a report's
 * extracted incidents at ingest, a dataset record at import, a partner's incident) goes through
 * {@link #attach}, which matches it against stored incidents ({@link Matcher}) and adds it as a
 * source of the best match, or creates an incident (marked background-only when only recalled);
 * a catalogue record may take the place of a look-alike record that fits less, or take back its reports that were
 * merged at ingest with a look-alike's ({@link Displacement}).
 * A source joins only an incident whose every source is readable by whoever reads the new one,
 * so a merge never shows a reader anything it may not read. After every change the incident's
 * machine record is rebuilt from all its sources and analysts' reviews are applied on top; an
 * incident whose sources differ in owner or marking also gets, for each organisation that reads
 * some of them, its view merged from those alone (with the reviews only when it reads every
 * source the owner reads). Analysts undo a merge with {@link #split} and merge two incidents
 * with {@link #mergeInto}; reviews, alerts and links follow the incident that absorbs another.
 * Not thread-safe (it works on the store's connection).
 */
public final class IncidentMerger {

  private final Store store;
  private final IncidentRows rows;
  private final StoredMatches matches;
  private final Displacement displacement;

  public IncidentMerger(Store store, Registry<Group> registry, MergeRules rules) {
    this.store = store;
    this.rows = new IncidentRows(registry);
    this.matches = new StoredMatches(store, registry, rules, rows);
    this.displacement = new Displacement(store, rules, rows, matches);
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
   * @param ownership who owns the source and its marking (its report's)
   */
  public record Source(@Nullable Long reportId, @Nullable String dataset, @Nullable String datasetRef,
      int position, boolean background, boolean counts, @Nullable String published, Ownership ownership) {}

  /** What happened to one extracted incident. */
  public record Outcome(long incidentId, boolean created, @Nullable Match match) {}

  /**
   * Reads an incident (the {@code vigil extract} JSON of one incident) from a source labelled
   * {@code ownership} for {@link #attach(Incoming, Source, Set)}. Uses nothing of the store:
   * thread-safe, to be called on a worker thread while another one writes.
   */
  public Incoming read(ObjectNode incident, Ownership ownership) {
    IncidentRow row = rows.row(0, incident, incident, ownership);
    return new Incoming(incident, row, Facts.of(row, incident, rows::groupIds));
  }

  /**
   * Matches {@code incident} (the {@code vigil extract} JSON of one incident) against stored
   * incidents other than {@code exclude} (the other incidents of the same report) and adds it
   * as a source of the best match, or creates an incident.
   */
  public Outcome attach(ObjectNode incident, Source source, Set<Long> exclude) {
    return attach(read(incident, source.ownership()), source, exclude);
  }

  /**
   * As {@link #attach(ObjectNode, Source, Set)} for an incident read beforehand; throws
   * IllegalArgumentException when it was read for another label than the source's.
   */
  public Outcome attach(Incoming incident, Source source, Set<Long> exclude) {
    return attach(incident, source, exclude, null);
  }

  /**
   * As {@link #attach} for a record of a catalogue that lists each incident once (the GTD,
   * ACLED): it never joins an incident that already holds a record of {@code source.dataset()}.
   */
  public Outcome attachRecord(ObjectNode incident, Source source) {
    return attach(read(incident, source.ownership()), source, Set.of(),
        Objects.requireNonNull(source.dataset(), "a record's dataset"));
  }

  private Outcome attach(Incoming incident, Source source, Set<Long> exclude, @Nullable String catalogue) {
    if (!incident.ownership().equals(source.ownership())) {
      throw new IllegalArgumentException("incident read as " + incident.ownership() + " attached from a source labelled "
          + source.ownership());
    }
    Optional<Match> best = (catalogue == null ? Optional.<Match>empty()
        : displacement.displace(incident, catalogue, this::refresh)).or(() -> matches.best(incident, exclude, catalogue))
        .or(() -> catalogue == null ? Optional.empty() : displacement.takeFused(incident, catalogue, this::refresh));
    if (best.isEmpty()) {
      return create(incident.row, source);
    }
    return join(best.get().incidentId(), incident, source, best.get().explanation().toString(), best.get());
  }

  /** Adds {@code incident} to incident {@code incidentId} unmatched: where an analyst put its source ({@link AnalystPlacement}). */
  public Outcome keepPlaced(Incoming incident, Source source, long incidentId, String explanation) {
    return join(incidentId, incident, source, explanation, null);
  }

  private Outcome join(long incidentId, Incoming incident, Source source, String explanation, @Nullable Match m) {
    store.sources().insert(sourceRow(incidentId, incident.row.recordJson(), source, explanation));
    refresh(incidentId);
    return new Outcome(incidentId, false, m);
  }

  /** Creates an incident from one source, without matching (dataset records, splits). */
  public Outcome create(ObjectNode incident, Source source) {
    return create(rows.row(0, incident, incident, source.ownership()), source);
  }

  private Outcome create(IncidentRow fresh, Source source) {
    IncidentRow row = store.incidents().insert(fresh);
    store.sources().insert(sourceRow(row.id(), fresh.recordJson(), source, "{\"created\":true}"));
    return new Outcome(row.id(), true, null);
  }

  /**
   * The best stored match of an incident from a source labelled {@code ownership}, if any
   * reaches the minimum score; with a {@code dataset} (the new incident is a record of that
   * catalogue), incidents holding a record of it are passed over. When a dataset record is
   * involved (the new incident is one, or the two best candidates hold one) and the runner-up
   * scores within {@link MergeRules#ambiguity()} of the best, there is no match: a record joins
   * one event's reports, not whichever of look-alikes scored a hair higher.
   */
  public Optional<Match> bestMatch(ObjectNode incident, Ownership ownership, Set<Long> exclude,
      @Nullable String dataset) {
    return matches.best(read(incident, ownership), exclude, dataset);
  }

  /** The {@code n} best stored matches of an incident, as {@link #bestMatch} ranks them. */
  public List<Match> ranked(ObjectNode incident, Ownership ownership, Set<Long> exclude, @Nullable String dataset, int n) {
    return matches.ranked(read(incident, ownership), exclude, dataset, n);
  }

  /** How {@code incident} compares with stored incident {@code incidentId}, in words, even below the minimum. */
  public String explainWith(ObjectNode incident, Ownership ownership, long incidentId) {
    return matches.explain(read(incident, ownership), incidentId);
  }

  /**
   * How stored incident {@code a} compares with stored incident {@code b} under the merge rules,
   * in words: what rules them out, or the score and its reasons (even below the minimum).
   */
  public String compare(IncidentRow a, IncidentRow b) {
    return matches.compare(a, b);
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
    return rows.row(id, machine, Reviews.apply(machine, reviews), new Ownership(owner, tlp));
  }

  private static Set<Long> ids(List<SourceRow> sources) {
    return sources.stream().map(SourceRow::id).collect(java.util.stream.Collectors.toSet());
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
    IncidentRow fresh = store.incidents().insert(rows.row(0, values, values, s.ownership()));
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
    for (SourceRow s : store.sources().ofIncident(Viewer.OPERATOR, other)) {
      store.sources().move(s.id(), kept, AnalystPlacement.merged(s.explanation(), reason));
    }
    retire(other, kept, reason);
    refresh(kept);
  }

  /**
   * Retires an incident whose sources are now another's (merged, or moved there by
   * re-extraction): alerts and links follow {@code into}, the merge is recorded, and the
   * incident is deleted. Its analysts' reviews follow only when the same organisation owns both
   * (reviews are the owner's: carried into another owner's record they would show its readers
   * what they may not read); otherwise the merge's reason says so, and the audit log keeps them.
   */
  public void retire(long incidentId, long into, String reason) {
    Retirement.retire(store, incidentId, into, reason);
  }

  private SourceRow sourceRow(long incidentId, String valuesJson, Source s, String explanation) {
    return new SourceRow(0, incidentId, s.reportId(), s.dataset(), s.datasetRef(), s.position(),
        s.background(), s.counts(), s.published(), valuesJson, explanation, s.ownership());
  }
}
