package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input is refused with the limit it hits, never as an internal error, and measured (issue 13). */
class InputLimitsTest extends CommandTest {

  @TempDir Path dir;

  @Test
  void import_of_json_nested_100000_deep_names_the_parser_limit() throws IOException {
    Path f = dir.resolve("deep.json");
    Files.writeString(f, "[".repeat(100_000) + "]".repeat(100_000));
    assertThat(run("import", f.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("nesting depth").contains("exceeds the maximum allowed")
        .contains("StreamReadConstraints.getMaxNestingDepth").doesNotContain("internal error");
  }

  @Test
  void import_of_a_5000_digit_number_names_the_parser_limit() throws IOException {
    Path f = dir.resolve("digits.json");
    Files.writeString(f, "{\"type\":\"bundle\",\"id\":\"bundle--0d8d8b64-5a8e-4d2a-9f3c-1c1e7f0b5a10\","
        + "\"objects\":[{\"n\":" + "9".repeat(5_000) + "}]}");
    assertThat(run("import", f.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("Number value length").contains("StreamReadConstraints.getMaxNumberLength")
        .doesNotContain("internal error");
  }

  @Test
  void extract_of_a_too_long_text_names_the_real_setting() throws IOException {
    Path f = dir.resolve("huge.txt");
    Files.writeString(f, "word ".repeat(1_000_001));
    assertThat(run("extract", f.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("ingest.max-text-chars").doesNotContain("report.max-text-chars");
  }

  @Test
  void bench_robustness_measures_each_kind_of_hostile_text() {
    assertThat(run("bench-robustness", "--sizes", "3000", "--no-corpus")).isZero();
    assertThat(out.toString()).contains("extract.report-millis").contains("one sentence repeated")
        .contains("no punctuation").contains("table of numbers").contains("one sentence ").contains("all capitals")
        .contains("cpu s/100KB").doesNotContain("engine failed");
  }
}
