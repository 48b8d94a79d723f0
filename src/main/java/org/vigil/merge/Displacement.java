package org.vigil.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * A catalogue record that fits an incident better than the record of the same catalogue it
 * already holds takes its place. Records that come after the reports are joined one by one:
 * of two look-alike reports of one day (a mast and a cabinet burnt in one town), the first
 * record may take the report of the second, which then finds its own report taken. When a new
 * record's best match, by the ambiguity margin over the runner-up, is such an incident, and
 * it fits the incident's other sources better than the held record does by that margin too,
 * the held record moves to its own best match elsewhere (under the usual rules, never an
 * incident holding a record of the catalogue) or to an incident of its own, and the new record
 * joins. One displacement per arrival, no chains: the cost is one more ranking. Not
 * thread-safe (it writes through the store's connection).
 */
final class Displacement {

  private final Store store;
  private final MergeRules rules;
  private final IncidentRows rows;
  private final StoredMatches matches;

  Displacement(Store store, MergeRules rules, IncidentRows rows, StoredMatches matches) {
    this.store = store;
    this.rules = rules;
    this.rows = rows;
    this.matches = matches;
  }

  /**
   * The match of record {@code in} of catalogue {@code dataset} with an incident whose record of
   * that catalogue it displaced (moved elsewhere, both incidents then refreshed by {@code refresh}),
   * if it displaced one.
   */
  Optional<Match> displace(Incoming in, String dataset, LongConsumer refresh) {
    List<Match> top = matches.rankedHeld(in, dataset, 2);
    if (top.isEmpty() || !store.sources().hasDataset(top.get(0).incidentId(), dataset)
        || top.size() == 2 && top.get(0).evidence() - top.get(1).evidence() < rules.ambiguity()) {
      return Optional.empty();
    }
    long id = top.get(0).incidentId();
    List<SourceRow> sources = store.sources().ofIncident(Viewer.OPERATOR, id);
    List<SourceRow> held = sources.stream().filter(s -> dataset.equals(s.dataset())).toList();
    List<SourceRow> rest = sources.stream().filter(s -> !dataset.equals(s.dataset())).toList();
    if (held.size() != 1 || rest.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode others = RecordMerger.merge(rest);
    Facts reports = Facts.of(rows.row(id, others, others, held.get(0).ownership()), others, rows::groupIds);
    Incoming old = read(held.get(0));
    Optional<Match> mine = matches.verdict(in.facts, reports, id).filter(m -> m.score() >= rules.minScore());
    Optional<Match> theirs = matches.verdict(old.facts, reports, id);
    if (mine.isEmpty() || theirs.isPresent() && mine.get().evidence() - theirs.get().evidence() < rules.ambiguity()) {
      return Optional.empty();
    }
    Optional<Match> home = matches.best(old, Set.of(id), dataset);
    long to = home.map(Match::incidentId).orElseGet(() -> store.incidents().insert(old.row).id());
    ObjectNode why = home.map(m -> m.explanation().deepCopy()).orElseGet(() -> mine.get().explanation().objectNode()
        .put("created", true));
    why.put("displacedFrom", id);
    store.sources().move(held.get(0).id(), to, why.toString());
    refresh.accept(to);
    refresh.accept(id);
    return mine;
  }

  private Incoming read(SourceRow s) {
    ObjectNode values = RecordMerger.parse(s.valuesJson());
    IncidentRow row = rows.row(0, values, values, s.ownership());
    return new Incoming(values, row, Facts.of(row, values, rows::groupIds));
  }
}
