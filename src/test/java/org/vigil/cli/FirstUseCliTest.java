package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;

/** What a first-time user of the command line trips over: ports, mistyped paths, broken files. */
class FirstUseCliTest extends CommandTest {

  @TempDir Path dir;

  @Test
  void serve_on_a_port_in_use_says_so_plainly_before_loading_the_demo_and_exits_2() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThat(run("serve", "--demo", "--port", String.valueOf(port))).isEqualTo(2);
      assertThat(err.toString().strip()).isEqualTo("vigil: --port " + port + ": port " + port
          + " on 127.0.0.1 is already in use (another vigil serve, or another program); stop that program or choose "
          + "another port with --port (0 picks a free one)");
      assertThat(out.toString()).doesNotContain("loading the demo");
    }
  }

  @Test
  void serve_help_names_the_web_ui_and_its_address() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString()).contains("Serve the web UI for analysts").contains("http://127.0.0.1:8080/ui/")
        .contains("--demo");
  }

  @Test
  void a_new_store_is_announced_and_read_only_commands_refuse_one_that_does_not_exist() throws IOException {
    Path reports = Files.writeString(dir.resolve("r.jsonl"), KnowledgeBase.WIRE_1 + "\n");
    Path typo = dir.resolve("vigil-dta");
    assertThat(run("ingest", reports.toString(), "--data", typo.toString())).isZero();
    assertThat(err.toString()).startsWith("vigil: new, empty store at " + typo.toAbsolutePath() + "\n");
    assertThat(run("ingest", reports.toString(), "--data", typo.toString())).isZero();
    assertThat(err.toString()).doesNotContain("new, empty store");

    Path absent = dir.resolve("vigil-daat");
    for (String[] command : new String[][] {{"stats"}, {"incidents"}, {"incident", "show", "1"},
        {"review", "1", "killed", "confirm"}, {"search", "bomb"}, {"group", "Al-Shabaab"}, {"watch", "list"}}) {
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
          java.util.stream.Stream.of("--data", absent.toString())).toArray(String[]::new);
      assertThat(run(args)).as(String.join(" ", command)).isEqualTo(1);
      assertThat(err.toString().strip()).as(String.join(" ", command)).isEqualTo("vigil: no knowledge base at "
          + absent.toAbsolutePath() + " (" + absent.resolve("vigil.db") + " does not exist): check --data, or fill one "
          + "with vigil ingest");
    }
    assertThat(absent).doesNotExist();
  }

  @Test
  void ingest_of_a_missing_file_exits_1_naming_it_and_ingests_nothing() throws IOException {
    Path good = Files.writeString(dir.resolve("good.jsonl"), KnowledgeBase.WIRE_1 + "\n");
    Path data = dir.resolve("data");
    assertThat(run("ingest", good.toString(), dir.resolve("missing.txt").toString(), "--data", data.toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("vigil: " + dir.resolve("missing.txt")
        + ": no such file or directory; nothing was ingested");
    assertThat(data).doesNotExist();
  }

  @Test
  void a_broken_json_lines_file_says_file_line_column_and_the_mistake_without_parser_internals() throws IOException {
    Path f = Files.writeString(dir.resolve("bad.jsonl"), KnowledgeBase.WIRE_1 + "\n"
        + "{\"id\":\"b\",\"text\":\"Gunmen attacked a bank\n"
        + "{id:\"c\",\"text\":\"x\"}\n"
        + "{\"id\":\"d\" \"text\":\"x\"}\n"
        + "[\"e\"]\n");
    assertThat(run("ingest", f.toString(), "--data", dir.resolve("data").toString())).isZero();
    assertThat(err.toString())
        .contains("vigil: skipped " + f + ":2: not valid JSON at column 41: the line ends inside a string "
            + "(a closing \" is missing)")
        .contains("vigil: skipped " + f + ":3: not valid JSON at column 2: found i where a field name in double quotes "
            + "was expected")
        .contains("vigil: skipped " + f + ":4: not valid JSON at column 11: found \" where a comma between two fields "
            + "was expected")
        .contains("vigil: skipped " + f + ":5: expected a record in braces {\"text\": ...}, found array")
        .doesNotContain("code 1").doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("Unexpected");
    assertThat(out.toString()).contains("read:             1").contains("skipped:          4");
  }

  @Test
  void a_broken_json_document_over_several_lines_is_one_problem_where_it_breaks() throws IOException {
    Path f = Files.writeString(dir.resolve("bad.json"), "{\n  \"id\": \"a\",\n  \"text\": \"Gunmen attacked a bank\",\n}\n");
    assertThat(run("ingest", f.toString(), "--data", dir.resolve("data").toString())).isZero();
    assertThat(err.toString()).contains("vigil: skipped " + f + ":4: not valid JSON at column 1: found } where a field "
        + "name in double quotes was expected (a trailing comma before it?)");
    assertThat(out.toString()).contains("skipped:          1\n");
  }
}
