package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.vigil.eval.SharedCorpus;

/**
 * The engine gets through real text nobody on the team wrote: a sample of every corpus of
 * {@code ../shared} (or {@code $VIGIL_SHARED}), one result per document and no failure. The whole
 * corpus runs in {@code vigil bench-robustness} (issue 13); skipped where the data is absent.
 */
class SharedCorpusSampleTest {

  /** Documents taken from each corpus, spread evenly over it. */
  private static final int SAMPLE = 150;

  static final List<String> CORPORA = SharedCorpus.NAMES;

  private static Path data() {
    String env = System.getenv("VIGIL_SHARED");
    Path shared = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared");
    return shared.resolve("data").toAbsolutePath().normalize();
  }

  @ParameterizedTest
  @FieldSource("CORPORA")
  void a_sample_of_every_shared_corpus_is_extracted_without_a_failure(String corpus) throws IOException {
    Path data = data();
    assumeTrue(Files.isDirectory(data.resolve(corpus)), () -> "skipped: " + data.resolve(corpus)
        + " is absent (set VIGIL_SHARED to the shared folder)");
    List<SharedCorpus.Document> all = SharedCorpus.read(data, corpus, d -> { });
    assertThat(all).as(corpus + " documents").isNotEmpty();
    List<String> failures = new ArrayList<>();
    int step = Math.max(1, all.size() / SAMPLE);
    int done = 0;
    for (int i = 0; i < all.size(); i += step) {
      SharedCorpus.Document d = all.get(i);
      ExtractionOutcome o = Engines.bundled().attempt(d.report());
      if (o.failed()) {
        failures.add(d.report().id() + " (" + d.source() + "): " + o.failure().reason());
      } else {
        assertThat(o.extraction().report().id()).isEqualTo(d.report().id());
      }
      done++;
    }
    assertThat(failures).as(corpus + ": engine failures in " + done + " documents").isEmpty();
  }
}
