package org.vigil.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * The stored incidents an incoming one matches, ranked ({@link Candidates}, then
 * {@link Matcher}), as {@link IncidentMerger#bestMatch} describes. A report or a partner's
 * incident is compared with an incident that holds one dataset record as the record coded it:
 * what other reports added there (a look-alike's place, a total toll of coordinated attacks)
 * would draw the next look-alike's report to the wrong record. Keeps the facts of the
 * incidents compared recently ({@link FactsCache}) and the groups analysts merged, as read
 * first. Not thread-safe (it reads through the store's connection).
 */
final class StoredMatches {

  private final Store store;
  private final MergeRules rules;
  private final IncidentRows rows;
  private final Matcher matcher;
  private final FactsCache facts = new FactsCache();
  private final FactsCache coded = new FactsCache();
  private final Map<String, String> canonical = new HashMap<>();

  StoredMatches(Store store, Registry<Group> registry, MergeRules rules, IncidentRows rows) {
    this.store = store;
    this.rules = rules;
    this.rows = rows;
    this.matcher = new Matcher(rules, this::canonicalGroup, id -> registry.byId(id).map(Group::name).orElse(id));
  }

  /**
   * The best match, or none when two are too close to tell apart (a report between two records
   * of look-alike events) unless the words it shares with one of them tell it apart ({@link WordTies}). A report of one attack of a series between records coded alike that
   * tie exactly (twins the coder split, which no word of the report tells apart) takes the first of them
   * that holds no report yet, rather than making a duplicate of one of them.
   */
  Optional<Match> best(Incoming incident, Set<Long> exclude, @Nullable String dataset) {
    List<Match> ranked = ranked(incident, exclude, dataset, TWINS);
    if (ranked.size() >= 2 && ranked.get(0).evidence() - ranked.get(1).evidence() < rules.ambiguity()
        && (dataset != null || anchored(ranked.get(0).incidentId()) && anchored(ranked.get(1).incidentId()))) {
      Optional<Match> told = WordTies.pick(ranked, rules.ambiguity());
      return told.isPresent() || dataset != null || !incident.facts.series() ? told : freeTwin(ranked);
    }
    return ranked.stream().findFirst();
  }

  /** Most look-alike records of one series a report is told between. */
  private static final int TWINS = 8;

  private Optional<Match> freeTwin(List<Match> ranked) {
    Match top = ranked.get(0);
    Optional<Facts> coded = codedFacts(top.incidentId());
    List<Match> twins = ranked.stream()
        .takeWhile(m -> m.score() == top.score() && m.evidence() == top.evidence() && anchored(m.incidentId())
            && coded.isPresent() && codedFacts(m.incidentId()).equals(coded)).toList();
    boolean closeBehind = twins.size() < ranked.size()
        && top.evidence() - ranked.get(twins.size()).evidence() < rules.ambiguity();
    if (twins.size() < 2 || closeBehind) {
      return Optional.empty(); // not exact twins, or another look-alike too close behind them
    }
    return twins.stream().filter(m -> !holdsReport(m.incidentId())).findFirst();
  }

  private Optional<Facts> codedFacts(long incidentId) {
    return store.incidents().byId(Viewer.OPERATOR, incidentId).map(c -> coded.of(c, this::readCoded));
  }

  private boolean holdsReport(long incidentId) {
    return store.sources().ofIncident(Viewer.OPERATOR, incidentId).stream().anyMatch(src -> src.dataset() == null);
  }

  List<Match> ranked(Incoming incident, Set<Long> exclude, @Nullable String dataset, int n) {
    return ranked(incident, exclude, dataset, n, false);
  }

  /** As {@link #ranked} for a record of {@code dataset}, with the incidents that hold one of its records too. */
  List<Match> rankedHeld(Incoming record, String dataset, int n) {
    return ranked(record, Set.of(), dataset, n, true);
  }

  /** How {@code in} compares with {@code stored} (incident {@code storedId}), a dataset record involved, if nothing rules it out. */
  Optional<Match> verdict(Facts in, Facts stored, long storedId) {
    return Optional.ofNullable(matcher.verdict(in, stored, storedId, () -> true).match());
  }

  private List<Match> ranked(Incoming incident, Set<Long> exclude, @Nullable String dataset, int n, boolean held) {
    Facts in = incident.facts;
    List<Match> matches = Candidates.of(store.incidents(), rules, incident.row, in, incident.ownership()).stream()
        .filter(c -> !exclude.contains(c.id()))
        .map(c -> matcher.match(in, dataset == null ? coded.of(c, this::readCoded) : facts.of(c, this::read), c.id(),
            () -> dataset != null || anchored(c.id())))
        .flatMap(Optional::stream)
        .filter(m -> dataset == null || held || !store.sources().hasDataset(m.incidentId(), dataset))
        .toList();
    return Ranking.best(matches, id -> dataset != null || anchored(id), n);
  }

  /** How {@code incident} compares with stored incident {@code incidentId}, in words, even below the minimum. */
  String explain(Incoming incident, long incidentId) {
    return store.incidents().byId(Viewer.OPERATOR, incidentId)
        .map(c -> matcher.verdict(incident.facts, coded.of(c, this::readCoded), c.id(), () -> anchored(c.id())).words())
        .orElse("no incident " + incidentId);
  }

  /** How stored incident {@code a} compares with stored incident {@code b}, in words: why they are one or two. */
  String compare(IncidentRow a, IncidentRow b) {
    return matcher.verdict(read(a), read(b), b.id(), () -> anchored(a.id()) || anchored(b.id())).words();
  }

  private Facts read(IncidentRow r) {
    return Facts.of(r, rows::groupIds);
  }

  /** The facts of an incident's one dataset record when it holds one: what a catalogue coded, not what its other reports added. */
  private Facts readCoded(IncidentRow r) {
    List<SourceRow> records = store.sources().ofIncident(Viewer.OPERATOR, r.id()).stream()
        .filter(s -> s.dataset() != null).toList();
    if (records.size() != 1) {
      return read(r);
    }
    ObjectNode values = RecordMerger.parse(records.get(0).valuesJson());
    return Facts.of(rows.row(r.id(), values, values, r.ownership()), values, rows::groupIds);
  }

  private boolean anchored(long incidentId) {
    return store.sources().hasAnyDataset(incidentId);
  }

  private String canonicalGroup(String id) {
    return canonical.computeIfAbsent(id, k -> store.groups().byId(k)
        .map(g -> g.mergedInto() == null ? g.id() : g.mergedInto()).orElse(k));
  }
}
