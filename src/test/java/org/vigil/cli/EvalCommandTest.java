package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(EvalCommandTest.class.getResource("/org/vigil/eval/" + name).toURI()).toString();
  }

  @Test
  void prints_the_score_table_and_writes_the_full_result_as_json(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("r.json");
    int code = run("eval", "--gold", resource("muc4"), "--format", "muc4", "--report", report.toString());
    assertThat(code).isZero();
    assertThat(out.toString()).contains("muc4: 3 document(s)").contains("role fillers (micro)");
    assertThat(Files.readString(report)).contains("\"fields\"").contains("\"errors\"");
  }

  @Test
  void an_unknown_format_is_one_line_naming_the_value_and_the_choices() throws Exception {
    int code = run("eval", "--gold", resource("muc4"), "--format", "xml");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("vigil: --format: 'xml' is not a gold layout; expected gtd, acled, muc4, wikievents or vigil");
  }

  @Test
  void a_missing_gold_path_is_one_line() {
    int code = run("eval", "--gold", "no/such/dir", "--format", "gtd");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("vigil: no/such/dir: no such file or directory");
  }
}
