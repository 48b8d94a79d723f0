package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise. */
class ProgressTest {

  private final StringWriter err = new StringWriter();

  @Test
  void a_terminal_gets_a_bar_redrawn_in_place_with_reports_per_second() {
    Progress p = new Progress(new PrintWriter(err), true, 2);
    p.update(5, 10, 400, 390);
    p.finish();
    assertThat(err.toString()).startsWith("\r[###############               ] 5/10 files, 400 reports, 390 stored, ")
        .contains(" reports/s ").endsWith(System.lineSeparator());
  }

  @Test
  void otherwise_plain_lines_come_at_most_every_few_seconds() {
    Progress p = new Progress(new PrintWriter(err), false, 3600);
    p.update(1, 10, 200, 200);
    p.update(2, 10, 400, 400);
    p.finish();
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .startsWith("vigil: ingest: 200 reports read, 200 stored, ").endsWith(" reports/s");
  }
}
