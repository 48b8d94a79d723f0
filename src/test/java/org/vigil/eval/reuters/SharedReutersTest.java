package org.vigil.eval.reuters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.EvalResult;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Fixtures;
import org.vigil.eval.Sample;

/**
 * The engine on the labelled Reuters stories in {@code ../shared/data/reuters} (or
 * {@code $VIGIL_SHARED}), never committed; skipped when absent. Only the labelled stories are
 * run, so that the test takes seconds; the figures are those docs/quality.md publishes.
 */
class SharedReutersTest {

  /** Precision and recall over the labelled stories, as published in docs/quality.md (rounded down). */
  static final double PUBLISHED_PRECISION = 0.67;
  static final double PUBLISHED_RECALL = 0.82;

  @TempDir Path dir;

  static Path stories() {
    String env = System.getenv("VIGIL_SHARED");
    Path shared = env != null ? Path.of(env) : Path.of(System.getProperty("user.dir"), "..", "shared");
    Path file = shared.resolve("data/reuters/reuters21578-dev.jsonl");
    assumeTrue(Files.isRegularFile(file), "Reuters stories not found at " + file + "; set VIGIL_SHARED");
    return file;
  }

  /** The id of a story's line: {@code {"id": "reuters-1", ...}}. */
  private static String id(String line) {
    int start = line.indexOf("\"id\": \"") + 7;
    return start < 7 ? "" : line.substring(start, line.indexOf('"', start));
  }

  @Test
  void the_engine_keeps_its_published_precision_and_recall_on_the_labelled_stories() throws IOException {
    StoryLabels labels = StoryLabels.bundled();
    Set<String> ids = labels.all().stream().map(StoryLabel::id).collect(Collectors.toSet());
    List<String> labelled = Files.readAllLines(stories()).stream().filter(line -> ids.contains(id(line))).toList();
    Path subset = dir.resolve("labelled.jsonl");
    Files.write(subset, labelled);
    EvalResult r = new ReutersEvaluator(labels).evaluate(subset, Fixtures.engine(), Sample.all());
    FieldResult f = r.field(ReutersEvaluator.FIELD).orElseThrow();
    assertThat(r.documents()).isEqualTo(labels.all().size());
    assertThat(f.precision()).as("precision over %d flagged", f.truePositives() + f.falsePositives())
        .isGreaterThanOrEqualTo(PUBLISHED_PRECISION);
    assertThat(f.recall()).isGreaterThanOrEqualTo(PUBLISHED_RECALL);
  }
}
