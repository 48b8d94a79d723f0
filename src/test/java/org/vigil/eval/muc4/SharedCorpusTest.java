package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Fixtures;
import org.vigil.eval.Sample;

/**
 * The readers on the real MUC-4 files in {@code ../shared/data/muc4} (or {@code $VIGIL_SHARED/data/muc4}),
 * which are never committed; skipped when they are absent.
 */
class SharedCorpusTest {

  static Path muc4() {
    return Fixtures.shared("muc4", "dev");
  }


  @Test
  void every_dev_key_file_parses_without_diagnostics_and_every_message_has_a_key() throws IOException {
    Path dev = muc4().resolve("dev");
    List<Diagnostic> problems = new ArrayList<>();
    List<KeyTemplate> keys = new ArrayList<>();
    List<MucMessage> messages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dev)) {
      for (Path f : files.sorted().toList()) {
        String content = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (f.getFileName().toString().startsWith("key-")) {
          keys.addAll(KeyReader.parse(f.toString(), content, problems::add));
        } else if (f.getFileName().toString().startsWith("dev-muc3-")) {
          messages.addAll(MessageReader.parse(content));
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(messages).hasSize(1300);
    assertThat(keys.stream().map(KeyTemplate::messageId).distinct()).hasSize(1300);
    assertThat(messages.stream().filter(m -> m.published() == null).map(m -> m.text().substring(0, 60)))
        .allMatch(t -> t.contains("NO DATE"));
  }

  @Test
  void scores_a_sample_of_the_test_messages() throws IOException {
    EvalResult r = new Muc4Evaluator().evaluate(muc4().resolve("tst1"), Fixtures.engine(), new Sample(10, 1));
    assertThat(r.documents()).isEqualTo(10);
    assertThat(r.field(Muc4Evaluator.MICRO)).isPresent();
  }
}
