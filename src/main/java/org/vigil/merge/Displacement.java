package org.vigil.merge;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * A catalogue record that fits an incident better than the record of the same catalogue it
 * already holds takes its place. Records that come after the reports are joined one by one:
 * of two look-alike reports of one day (a mast and a cabinet burnt in one town), the first
 * record may take the report of the second, which then finds its own report taken; or the two
 * reports were merged before any record came. When a new record's best match, by the ambiguity
 * margin over the runner-up, is such an incident, each of its reports is compared with the new
 * record and with the held one: the reports the new record fits better by that margin too go
 * with it. All of them: the held record moves to its own best match elsewhere (under the usual
 * rules, never an incident holding a record of the catalogue) or to an incident of its own.
 * Some of them: they move to an incident of their own, which the new record joins. One
 * displacement per arrival, no chains: the cost is one more ranking and two comparisons per
 * report of the incident. Not thread-safe (it writes through the store's connection).
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
    Incoming old = read(held.get(0));
    List<SourceRow> taken = rest.stream().filter(s -> better(in, old, read(s).facts, id).isPresent()).toList();
    if (taken.isEmpty()) {
      return Optional.empty();
    }
    if (taken.size() < rest.size()) {
      return takeReports(in, old, taken, id, refresh);
    }
    Optional<Match> mine = better(in, old, facts(rest, id), id);
    if (mine.isEmpty()) {
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

  /**
   * The match of record {@code in} of catalogue {@code dataset}, which joins no incident of its own, with reports
   * taken from an incident where they were merged with the reports of another record's event before any record came
   * (two look-alike attacks of one day), if some are. Such an incident does not rank as a whole: what its other reports
   * add (a second town, a second toll) may rule the whole out where one of its reports fits. So each of its reports is
   * compared with {@code in} and with the record it holds; those {@code in} fits better by the ambiguity margin go
   * with {@code in}, as long as the held record keeps one report. Of several such incidents, the one whose taken
   * reports fit best.
   */
  Optional<Match> takeFused(Incoming in, String dataset, LongConsumer refresh) {
    List<Long> ids = Candidates.of(store.incidents(), rules, in.row, in.facts, in.ownership()).stream()
        .map(IncidentRow::id).toList();
    Map<Long, List<SourceRow>> byIncident = store.sources().ofIncidents(Viewer.OPERATOR, ids).stream()
        .collect(Collectors.groupingBy(SourceRow::incidentId, TreeMap::new, Collectors.toList()));
    Optional<Match> best = Optional.empty();
    List<SourceRow> bestTaken = List.of();
    Incoming bestOld = in;
    for (List<SourceRow> sources : byIncident.values()) {
      List<SourceRow> held = sources.stream().filter(s -> dataset.equals(s.dataset())).toList();
      List<SourceRow> rest = sources.stream().filter(s -> s.dataset() == null).toList();
      if (held.size() != 1 || rest.size() < 2 || rest.size() + 1 < sources.size()) {
        continue; // only reports besides one record of the catalogue
      }
      long id = held.get(0).incidentId();
      Incoming old = read(held.get(0));
      List<SourceRow> taken = rest.stream().filter(s -> better(in, old, read(s).facts, id).isPresent()).toList();
      if (taken.isEmpty() || taken.size() == rest.size()) {
        continue;
      }
      Optional<Match> mine = better(in, old, facts(taken, id), id);
      if (mine.isPresent() && (best.isEmpty() || mine.get().evidence() > best.get().evidence())) {
        best = mine;
        bestTaken = taken;
        bestOld = old;
      }
    }
    if (best.isEmpty()) {
      return best;
    }
    return takeReports(in, bestOld, bestTaken, best.get().incidentId(), refresh);
  }

  /**
   * Record {@code in} fits some reports of incident {@code id} ({@code taken}) better than the
   * record it holds, {@code old}, does, but not all of them (look-alike reports merged before any
   * record came): those move to an incident of their own, which {@code in} then joins.
   */
  private Optional<Match> takeReports(Incoming in, Incoming old, List<SourceRow> taken, long id, LongConsumer refresh) {
    long to = store.incidents().insert(read(taken.get(0)).row).id();
    ObjectNode why = JsonNodeFactory.instance.objectNode().put("created", true).put("splitFrom", id)
        .put("why", "a catalogue record fits it better than the record of the incident it was in");
    taken.forEach(s -> store.sources().move(s.id(), to, why.toString()));
    refresh.accept(to);
    refresh.accept(id);
    return better(in, old, facts(taken, to), to);
  }

  /** The match of {@code in} with {@code reports} if it reaches the minimum and beats {@code old}'s by the ambiguity margin. */
  private Optional<Match> better(Incoming in, Incoming old, Facts reports, long id) {
    Optional<Match> mine = matches.verdict(in.facts, reports, id).filter(m -> m.score() >= rules.minScore());
    Optional<Match> theirs = matches.verdict(old.facts, reports, id);
    return mine.filter(m -> theirs.isEmpty() || m.evidence() - theirs.get().evidence() >= rules.ambiguity());
  }

  private Facts facts(List<SourceRow> sources, long id) {
    ObjectNode merged = RecordMerger.merge(sources);
    return Facts.of(rows.row(id, merged, merged, sources.get(0).ownership()), merged, rows::groupIds);
  }

  private Incoming read(SourceRow s) {
    ObjectNode values = RecordMerger.parse(s.valuesJson());
    IncidentRow row = rows.row(0, values, values, s.ownership());
    return new Incoming(values, row, Facts.of(row, values, rows::groupIds));
  }
}
