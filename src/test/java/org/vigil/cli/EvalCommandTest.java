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
        .isEqualTo("vigil: --format: 'xml' is not a gold layout; expected gtd, acled, muc4, vigil, reuters or wikievents");
  }

  @Test
  void without_gold_and_format_it_is_a_usage_error_that_points_to_eval_all() {
    assertThat(run("eval")).isEqualTo(2);
    assertThat(err.toString()).contains("--gold and --format").contains("vigil eval all");
  }

  @Test
  void eval_all_prints_one_table_with_the_targets_and_says_which_sets_are_not_available(@TempDir Path dir)
      throws Exception {
    Path reports = dir.resolve("repo/src/test/resources/org/vigil/extract/reports");
    Files.createDirectories(reports);
    Files.copy(Path.of(resource("team/market-bombing.json")), reports.resolve("market-bombing.json"));
    Path shared = Files.createDirectories(dir.resolve("shared/data/muc4"));
    Files.createDirectories(shared.resolve("tst1"));
    Files.createDirectories(shared.resolve("tst2"));
    Files.copy(Path.of(resource("muc4/tst9-muc4-vigil")), shared.resolve("tst1/tst9-muc4-vigil"));
    Files.copy(Path.of(resource("muc4/key-vigil-9001.muc4")), shared.resolve("tst1/key-vigil-9001.muc4"));
    int code = run("eval", "all", "--shared", dir.resolve("shared").toString(), "--repo", dir.resolve("repo").toString(),
        "--report", dir.resolve("all.json").toString());
    assertThat(code).isZero();
    assertThat(out.toString())
        .containsPattern("MUC-4 tst1\\+tst2 +role-filler micro-F1 +\\d+\\.\\d +>= 45")
        .containsPattern("GTD dev +attack type +n/a +>= 88 +n/a .*gtd-2021h1-dev.csv not found")
        .containsPattern("WikiEvents dev +role-filler micro-F1, not held out +n/a")
        .containsPattern("Team reports +relevance +100.0 +no regression");
    assertThat(err.toString()).contains("Team reports: 1 documents");
    assertThat(Files.readString(dir.resolve("all.json"))).contains("\"rows\"").contains("\"Team reports\"");
  }

  @Test
  void eval_all_with_nothing_to_score_fails_naming_where_it_looked(@TempDir Path dir) {
    assertThat(run("eval", "all", "--shared", dir.resolve("none").toString(), "--repo", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no gold set could be scored");
  }

  @Test
  void a_missing_gold_path_is_one_line() {
    int code = run("eval", "--gold", "no/such/dir", "--format", "gtd");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("vigil: no/such/dir: no such file or directory");
  }
}
