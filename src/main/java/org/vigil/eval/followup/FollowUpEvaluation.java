package org.vigil.eval.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.followup.Corpus.Event;
import org.vigil.eval.followup.Corpus.Mention;
import org.vigil.extract.Extractor;
import org.vigil.ingest.Fingerprints;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.report.Report;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Ingests a follow-up corpus into an empty store in publication order, as a feed would bring
 * it, and scores the stored incidents. Each report's mentions are found among the sources the
 * report gave (an exact copy is its original's): a source of the same kind (attack, arrest,
 * plot, threat), the report's news before its recollections. Two mentions are "the same
 * incident" when their sources belong to one stored incident. An event's incident is the one
 * that holds most of its mentions. Not thread-safe (it writes the store).
 */
public final class FollowUpEvaluation {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StoreRun run;
  private final Store store;

  public FollowUpEvaluation(Store store, Extractor engine, Registries registries, MergeRules rules) {
    this.run = new StoreRun(store, engine, registries, rules);
    this.store = store;
  }

  /** Ingests the corpus (the store should be empty) and scores what was stored. */
  public MergeScore run(Corpus corpus) {
    run.ingester(run.merger()).ingestReports(corpus.reports(), "follow-up corpus", StoreRun.LABEL);
    List<String> errors = new ArrayList<>();
    Map<Mention, Long> incidentOf = new LinkedHashMap<>();
    for (Report r : corpus.reports()) {
      align(r, corpus.mentions().get(r.id()), incidentOf, errors);
    }
    List<Mention> all = corpus.allMentions();
    long right = 0;
    long wrong = 0;
    long missed = 0;
    long notFound = 0;
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Mention a = all.get(i);
        Mention b = all.get(j);
        Long x = incidentOf.get(a);
        Long y = incidentOf.get(b);
        boolean same = a.event().equals(b.event());
        boolean stored = x != null && x.equals(y);
        boolean found = x != null && y != null;
        right += same && stored ? 1 : 0;
        wrong += !same && stored ? 1 : 0;
        missed += same && found && !stored ? 1 : 0;
        notFound += same && !found ? 1 : 0;
      }
    }
    describe(all, incidentOf, errors);
    int tolls = 0;
    int tollsRight = 0;
    for (Event e : corpus.events().values()) {
      if (e.killed() == null) {
        continue;
      }
      tolls++;
      Optional<Long> incident = mainIncident(e.id(), all, incidentOf);
      String found = incident.flatMap(id -> store.incidents().byId(Viewer.OPERATOR, id)).map(FollowUpEvaluation::toll).orElse("no incident");
      String expected = e.killed() + " " + e.qualifier();
      if (found.equals(expected)) {
        tollsRight++;
      } else {
        errors.add("toll: " + e.id() + " " + incident.map(id -> "incident " + id + " gives ").orElse("") + found
            + ", expected " + expected);
      }
    }
    return new MergeScore(corpus.reports().size(), corpus.events().size(), all.size(), incidentOf.size(), right, wrong,
        missed, notFound, tollsRight, tolls, errors);
  }

  /** Finds each mention of a report among the sources it gave. */
  private void align(Report r, List<Mention> mentions, Map<Mention, Long> incidentOf, List<String> errors) {
    Optional<Long> stored = store.reports().idByHash(Fingerprints.contentHash(Fingerprints.normalise(r.text())), StoreRun.LABEL);
    List<SourceRow> sources = new ArrayList<>(stored.map(id -> store.sources().ofReport(Viewer.OPERATOR, id)).orElse(List.of()));
    for (boolean strict : new boolean[] {true, false}) {
      for (Mention m : mentions) {
        if (incidentOf.containsKey(m)) {
          continue;
        }
        for (SourceRow s : sources) {
          JsonNode v = parse(s.valuesJson());
          if (kind(v).equals(m.kind()) && (!strict || v.path("background").asBoolean() != m.news())) {
            incidentOf.put(m, s.incidentId());
            sources.remove(s);
            break;
          }
        }
      }
    }
    for (Mention m : mentions) {
      if (!incidentOf.containsKey(m)) {
        errors.add("not extracted: " + r.id() + " tells of " + m.event() + " (" + m.kind()
            + "), no stored source of that kind");
      }
    }
  }

  /** Events spread over several incidents, and incidents holding several events. */
  private static void describe(List<Mention> all, Map<Mention, Long> incidentOf, List<String> errors) {
    Map<String, Map<Long, List<String>>> byEvent = new TreeMap<>();
    Map<Long, Map<String, List<String>>> byIncident = new TreeMap<>();
    for (Mention m : all) {
      Long id = incidentOf.get(m);
      if (id != null) {
        byEvent.computeIfAbsent(m.event(), k -> new TreeMap<>()).computeIfAbsent(id, k -> new ArrayList<>()).add(m.report());
        byIncident.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(m.event(), k -> new ArrayList<>())
            .add(m.report());
      }
    }
    byEvent.forEach((event, incidents) -> {
      if (incidents.size() > 1) {
        errors.add("apart: " + event + " is in incidents " + incidents);
      }
    });
    byIncident.forEach((id, events) -> {
      if (events.size() > 1) {
        errors.add("merged: incident " + id + " holds " + events);
      }
    });
  }

  private static Optional<Long> mainIncident(String event, List<Mention> all, Map<Mention, Long> incidentOf) {
    Map<Long, Integer> votes = new HashMap<>();
    for (Mention m : all) {
      Long id = incidentOf.get(m);
      if (id != null && m.event().equals(event)) {
        votes.merge(id, 1, Integer::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
  }

  private static String toll(IncidentRow row) {
    JsonNode killed = parse(row.recordJson()).path("casualties").path("killed");
    return killed.isMissingNode() || killed.isNull() ? "none"
        : killed.path("value").asInt() + " " + killed.path("qualifier").asText("exact");
  }

  /** The kind of incident a source gave: arrest, plot, threat or attack. */
  static String kind(JsonNode values) {
    String type = values.path("type").asText();
    String status = values.path("status").asText();
    if (type.equals("arrest")) {
      return "arrest";
    }
    if (type.equals("foiled_plot")) {
      return "plot";
    }
    return status.equals("threatened") || status.equals("planned") ? "threat" : "attack";
  }

  private static JsonNode parse(@Nullable String json) {
    try {
      return JSON.readTree(json == null ? "{}" : json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
