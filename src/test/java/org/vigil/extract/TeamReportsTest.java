package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.registry.Registries;

/**
 * The team's own wire-style reports, each with the incidents a careful coder would extract:
 * every listed field must come out as expected.
 */
class TeamReportsTest {

  private static final Registries REGISTRIES = Registries.bundled();

  static Stream<ExpectedReport> reports() throws IOException, URISyntaxException {
    Path dir = Path.of(TeamReportsTest.class.getResource("reports").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      return json.stream().map(ExpectedReport::read);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void report_gives_the_incidents_a_careful_coder_would(ExpectedReport expected) {
    Extraction x = Engines.bundled().extract(expected.report());
    assertThat(expected.differences(x, REGISTRIES)).as(expected.toString()).isEmpty();
  }
}
