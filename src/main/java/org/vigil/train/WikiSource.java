package org.vigil.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.extract.Candidate;
import org.vigil.extract.Evidence;
import org.vigil.extract.Extractor;
import org.vigil.extract.RelevanceModel;
import org.vigil.report.Report;

/**
 * WikiEvents articles ({@code dev.jsonl}), read as the WikiEvents evaluator reads them (the
 * sentences joined by a space). A candidate whose trigger stands in a sentence where the
 * annotators marked an attack, a death, an injury, damage or an arrest is an incident; one in a
 * sentence with no annotated event at all is none; a sentence with only other events (a threat,
 * a meeting) decides nothing.
 */
final class WikiSource implements CandidateSource {

  /** Annotated event types that make a sentence's candidate a real incident. */
  static final List<String> REAL = List.of("Conflict.Attack", "Conflict.Demonstrate.DemonstrateWithViolence",
      "Life.Die", "Life.Injure", "Justice.ArrestJailDetain", "ArtifactExistence.DamageDestroyDisableDismantle");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  WikiSource(Path file) {
    this.file = file;
  }

  @Override
  public String name() {
    return "WikiEvents dev";
  }

  @Override
  public void label(Extractor engine, Consumer<LabelledCandidate> out) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          article(JSON.readTree(line), engine, out);
        }
      }
    }
  }

  private void article(JsonNode doc, Extractor engine, Consumer<LabelledCandidate> out) {
    String id = doc.path("doc_id").asText();
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (JsonNode s : doc.path("sentences")) {
      if (text.length() > 0) {
        text.append(' ');
      }
      starts.add(text.length());
      text.append(s.get(1).asText());
    }
    Set<Integer> real = new HashSet<>();
    Set<Integer> annotated = new HashSet<>();
    for (JsonNode e : doc.path("event_mentions")) {
      int s = e.path("trigger").path("sent_idx").asInt(-1);
      annotated.add(s);
      String type = e.path("event_type").asText();
      if (REAL.stream().anyMatch(type::startsWith)) {
        real.add(s);
      }
    }
    for (Candidate c : engine.candidates(Report.of(id, text.toString(), null))) {
      int sentence = sentenceOf(c, starts);
      if (real.contains(sentence)) {
        out.accept(new LabelledCandidate(name(), id, c, RelevanceModel.INCIDENT));
      } else if (!annotated.contains(sentence)) {
        out.accept(new LabelledCandidate(name(), id, c, RelevanceModel.NONE));
      }
    }
  }

  /** The sentence of the candidate's trigger (the evidence of its type). */
  private static int sentenceOf(Candidate c, List<Integer> starts) {
    int at = c.incident().evidence().stream().filter(e -> e.field().equals("type")).mapToInt(Evidence::start)
        .findFirst().orElse(0);
    int s = 0;
    while (s + 1 < starts.size() && starts.get(s + 1) <= at) {
      s++;
    }
    return s;
  }
}
