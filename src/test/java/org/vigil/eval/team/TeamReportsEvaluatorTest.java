package org.vigil.eval.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Fixtures;
import org.vigil.eval.Sample;

class TeamReportsEvaluatorTest {

  private final TeamReportsEvaluator team = new TeamReportsEvaluator(Fixtures.REGISTRIES);

  @Test
  void scores_each_expected_current_incident_field_by_field() throws IOException {
    EvalResult r = team.evaluate(Fixtures.resource("team"), Fixtures.engine(), Sample.all());
    assertThat(r.documents()).isEqualTo(1);
    assertThat(r.field("type").orElseThrow().expected()).isEqualTo(1);
    assertThat(r.field("group").orElseThrow().expected()).isEqualTo(1);
    assertThat(r.field("killed").orElseThrow().expected()).isEqualTo(1);
  }

  @Test
  void a_file_that_is_not_a_team_report_is_a_diagnostic(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.json"), "{\"published\": \"yesterday\"}");
    EvalResult r = team.evaluate(dir, Fixtures.engine(), Sample.all());
    assertThat(r.documents()).isZero();
    assertThat(r.diagnostics()).hasSize(1);
    assertThat(r.diagnostics().get(0).reason()).startsWith("not a team report");
  }
}
