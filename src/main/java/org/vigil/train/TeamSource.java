package org.vigil.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigil.extract.Candidate;
import org.vigil.extract.Extractor;
import org.vigil.extract.RelevanceModel;
import org.vigil.report.Report;

/**
 * The team's reports: each expected incident, news or recalled, is paired with a candidate of
 * its type (of its background status first), then with any candidate left; paired candidates
 * are incidents and the rest none, so that a report expecting no incident makes every candidate
 * none.
 */
final class TeamSource implements CandidateSource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;

  TeamSource(Path folder) {
    this.folder = folder;
  }

  @Override
  public String name() {
    return "team reports";
  }

  @Override
  public void label(Extractor engine, Consumer<LabelledCandidate> out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode node = JSON.readTree(Files.readString(f));
      String id = f.getFileName().toString();
      Report r = Report.of(id, node.path("text").asText(), LocalDate.parse(node.path("published").asText()));
      List<JsonNode> expected = new ArrayList<>();
      node.path("expect").path("incidents").forEach(expected::add);
      List<Candidate> open = new ArrayList<>(engine.candidates(r));
      List<Candidate> real = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        int pass = p;
        for (JsonNode e : new ArrayList<>(expected)) {
          Candidate c = open.stream().filter(x -> pairs(x, e, pass)).findFirst().orElse(null);
          if (c != null) {
            open.remove(c);
            expected.remove(e);
            real.add(c);
          }
        }
      }
      real.forEach(c -> out.accept(new LabelledCandidate(name(), id, c, RelevanceModel.INCIDENT)));
      open.forEach(c -> out.accept(new LabelledCandidate(name(), id, c, RelevanceModel.NONE)));
    }
  }

  /** Pass 0: same type and background status; pass 1: same type; pass 2: anything. */
  private static boolean pairs(Candidate c, JsonNode e, int pass) {
    boolean type = c.incident().type().label().equals(e.path("type").asText());
    boolean background = c.incident().background() == e.path("background").asBoolean(false);
    return switch (pass) {
      case 0 -> type && background;
      case 1 -> type;
      default -> true;
    };
  }
}
