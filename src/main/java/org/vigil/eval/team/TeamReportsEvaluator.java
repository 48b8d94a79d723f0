package org.vigil.eval.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vigil.eval.Current;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Evaluator;
import org.vigil.eval.Sample;
import org.vigil.eval.Scoreboard;
import org.vigil.eval.Text;
import org.vigil.extract.Extractor;
import org.vigil.extract.Incident;
import org.vigil.registry.Registries;
import org.vigil.report.Report;

/**
 * Scores the engine on the team's reports: a folder of JSON files as described in the reports'
 * README ({@code text}, {@code published}, {@code expect.incidents}). Only incidents that are
 * the report's own news ({@code background: false}) are scored; each expected incident is paired
 * with a found one of the same type if there is one, else with the next unpaired one. Fields:
 * relevance, incident, type, status, country, city, group, claim, killed, wounded; a field an
 * expected incident does not write is not scored. A file that cannot be read is a diagnostic.
 * Stateless.
 */
public final class TeamReportsEvaluator implements Evaluator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IncidentScorer scorer;

  public TeamReportsEvaluator(Registries registries) {
    this.scorer = new IncidentScorer(registries);
  }

  @Override
  public EvalResult evaluate(Path gold, Extractor engine, Sample sample) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.isDirectory(gold) ? Files.list(gold) : Stream.of(gold)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<Diagnostic> problems = new ArrayList<>();
    Scoreboard board = new Scoreboard();
    List<Path> chosen = sample.apply(files);
    int n = 0;
    for (Path f : chosen) {
      JsonNode node;
      LocalDate published;
      try {
        node = JSON.readTree(Files.readString(f));
        published = LocalDate.parse(node.path("published").asText());
      } catch (IOException | DateTimeParseException e) {
        problems.add(new Diagnostic(f.toString(), 1, "not a team report (" + e.getMessage() + "); skipped"));
        continue;
      }
      if (!node.path("text").isTextual()) {
        problems.add(new Diagnostic(f.toString(), 1, "no \"text\" string; skipped"));
        continue;
      }
      String id = f.getFileName().toString();
      String text = node.get("text").asText();
      List<Incident> found = Current.extract(engine, Report.of(id, text, published), f.toString(), problems::add);
      List<JsonNode> expected = new ArrayList<>();
      node.path("expect").path("incidents").forEach(e -> {
        if (!e.path("background").asBoolean(false)) {
          expected.add(e);
        }
      });
      scorer.score(board, id, Text.snippet(text), expected, found);
      n++;
    }
    return board.result("vigil", gold.toString(), n, problems);
  }
}
