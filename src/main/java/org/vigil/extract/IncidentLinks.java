package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * Incidents of one report that answer others: an arrest or a raid tied by the words between
 * them ("suspected of", "in connection with", "over", "in retaliation for") to an attack it
 * answered, or to a plot it stopped. These are related events, never the same one: the
 * knowledge base links them and keeps them apart. Relations of type {@code response_to} or
 * {@code prevented}, from {@code "incident:N"} to {@code "incident:M"} (positions in the
 * report's incidents). Thread-safe.
 */
final class IncidentLinks {

  private static final Set<String> CONNECTORS = WordSet.of("over", "for", "involvement", "involved", "retaliation",
      "response", "avenge", "revenge", "linked", "behind");
  private static final Set<String> SECURITY = WordSet.of("soldiers", "troops", "police", "forces", "army", "commandos",
      "officers", "military", "security");
  private IncidentLinks() {}

  static List<Relation> find(Doc doc, List<Incident> incidents, EvidenceMaker ev) {
    List<Relation> out = new ArrayList<>();
    for (int a = 0; a < incidents.size(); a++) {
      Incident answer = incidents.get(a);
      Span head = head(answer);
      if (head == null || !answering(doc, answer, head)) {
        continue;
      }
      for (int b = 0; b < incidents.size(); b++) {
        Incident answered = incidents.get(b);
        Span other = head(answered);
        if (b == a || other == null || answered.type() == IncidentType.ARREST || other.start() <= head.end()
            || !sameSentence(doc, head, other)) {
          continue;
        }
        int from = doc.tokenAt(head.end());
        int to = doc.tokenAt(other.start());
        if (connected(doc, from, to)) {
          boolean stopped = answered.type() == IncidentType.FOILED_PLOT || answered.status() == Status.FOILED
              || answered.status() == Status.PLANNED || answered.status() == Status.THREATENED;
          out.add(new Relation(stopped ? "prevented" : "response_to", "incident:" + a, "incident:" + b,
              ev.of("relations", doc.span(doc.tokenAt(head.start()), to + 1))));
          break;
        }
      }
    }
    return out;
  }

  /** Whether the incident at {@code position} is one another incident of the report answers. */
  static boolean answered(List<Relation> relations, int position) {
    String end = "incident:" + position;
    return relations.stream().anyMatch(r -> r.target().equals(end)
        && (r.type().equals("response_to") || r.type().equals("prevented")));
  }

  /** An arrest, or a raid by security forces. */
  private static boolean answering(Doc doc, Incident i, Span head) {
    if (i.type() == IncidentType.ARREST || i.type() == IncidentType.FOILED_PLOT) {
      return true;
    }
    String words = doc.text.substring(head.start(), head.end()).toLowerCase(java.util.Locale.ROOT);
    if (!words.contains("raid") && !words.contains("storm") && !words.contains("operation")) {
      return false;
    }
    int s = doc.sentenceOf[doc.tokenAt(head.start())];
    for (int k = doc.sentenceFirst(s); k < doc.tokenAt(head.start()); k++) {
      if (SECURITY.contains(doc.key(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean connected(Doc doc, int from, int to) {
    if (doc.has(from, to, "cue", "bgbefore")) {
      return true;
    }
    for (int k = from; k < to; k++) {
      if (CONNECTORS.contains(doc.key(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSentence(Doc doc, Span a, Span b) {
    return doc.sentenceOf[doc.tokenAt(a.start())] == doc.sentenceOf[doc.tokenAt(b.start())];
  }

  private static @Nullable Span head(Incident i) {
    return i.evidence().stream().filter(e -> e.field().equals("type")).findFirst()
        .map(e -> new Span(e.start(), e.end())).orElse(null);
  }
}
