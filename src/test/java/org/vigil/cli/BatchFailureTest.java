package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report the engine fails on costs only itself: each batch path finishes and says which (issue 13). */
class BatchFailureTest extends CommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path batch() throws IOException {
    Path f = dir.resolve("night.jsonl");
    Files.writeString(f, "{\"id\":\"r1\",\"text\":\"Gunmen kidnapped five aid workers in Agadez on Monday.\","
        + "\"published\":\"2024-02-21\"}\n"
        + "{\"id\":\"r2\",\"text\":\"A bomb exploded in Kabul. " + FailingEngine.MARK + "\"}\n"
        + "{\"id\":\"r3\",\"text\":\"A car bomb killed 12 people in Mogadishu on Sunday.\",\"published\":\"2024-02-20\"}\n");
    return f;
  }

  @Test
  void extract_jsonl_writes_one_line_per_report_and_an_error_line_for_the_failed_one() throws IOException {
    Path f = batch();
    assertThat(runFailing("extract", "--format", "jsonl", f.toString())).isEqualTo(1);
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(3);
    JsonNode failed = JSON.readTree(lines[1]);
    assertThat(failed.at("/report/id").asText()).isEqualTo("r2");
    assertThat(failed.get("incidents").size()).isZero();
    assertThat(failed.get("error").asText()).contains("IllegalStateException").contains("injected failure");
    assertThat(JSON.readTree(lines[0]).at("/incidents/0/type").asText()).isEqualTo("kidnapping");
    assertThat(JSON.readTree(lines[2]).at("/incidents/0/type").asText()).isEqualTo("bombing");
    assertThat(err.toString()).contains(f + ":2: report r2: engine failed: IllegalStateException: injected failure")
        .contains("1 of 3 report(s) failed").doesNotContain("\tat ");
  }

  @Test
  void extract_prints_the_stack_trace_only_with_verbose() throws IOException {
    assertThat(runFailing("extract", "--format", "jsonl", "--verbose", batch().toString())).isEqualTo(1);
    assertThat(err.toString()).contains("\tat ");
  }

  @Test
  void extract_json_and_text_say_the_same_in_their_own_way() throws IOException {
    Path f = batch();
    assertThat(runFailing("extract", "--format", "text", f.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("report r2: engine failed: IllegalStateException")
        .contains("report r3").contains("bombing");
    assertThat(runFailing("extract", "--format", "json", f.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("\"error\" : \"engine failed: IllegalStateException");
  }

  @Test
  void a_report_over_the_time_limit_is_a_failure_naming_the_setting() throws IOException {
    Path f = dir.resolve("long.txt");
    Files.writeString(f, "A bomb exploded in Kabul on Tuesday, killing 5 people. ".repeat(20_000));
    assertThat(run("extract", "--format", "jsonl", "--report-millis", "1", f.toString())).isEqualTo(1);
    assertThat(JSON.readTree(out.toString()).get("error").asText()).contains("extract.report-millis");
    assertThat(run("extract", "--report-millis", "0", f.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("--report-millis").contains("at least 1");
  }

  @Test
  void ingest_stores_a_failed_report_for_reextract_counts_it_among_skipped_and_exits_1() throws IOException {
    String data = dir.resolve("kb").toString();
    assertThat(runFailing("ingest", batch().toString(), "--data", data)).isEqualTo(1);
    assertThat(out.toString()).contains("read:             3").contains("new:              3")
        .contains("skipped:          1 (1 failed in the engine, stored for vigil reextract)")
        .contains("report r2: engine failed: IllegalStateException: injected failure");
    assertThat(err.toString()).contains("vigil: skipped").contains("report r2: engine failed");
    assertThat(run("incidents", "--data", data, "--format", "json")).isZero();
    assertThat(JSON.readTree(out.toString()).size()).isEqualTo(2);

    assertThat(run("reextract", "--data", data)).isZero();
    assertThat(out.toString()).contains("reports re-extracted: 3").contains("engine failures (incidents kept as they were): 0");
    assertThat(run("incidents", "--data", data, "--format", "json")).isZero();
    assertThat(JSON.readTree(out.toString()).size()).isEqualTo(3);
  }

  @Test
  void reextract_lists_the_report_it_fails_on_keeps_its_incidents_and_exits_1() throws IOException {
    String data = dir.resolve("kb").toString();
    Path f = dir.resolve("one.jsonl");
    Files.writeString(f, "{\"id\":\"r9\",\"text\":\"A car bomb killed 12 people in Mogadishu on Sunday. "
        + FailingEngine.MARK + "\",\"published\":\"2024-02-20\"}\n");
    assertThat(run("ingest", f.toString(), "--data", data)).isZero();
    assertThat(runFailing("reextract", "--data", data)).isEqualTo(1);
    assertThat(err.toString()).contains("report r9: engine failed: IllegalStateException")
        .contains("1 of 1 report(s) failed");
    assertThat(out.toString()).contains("engine failures (incidents kept as they were): 1");
    assertThat(run("incidents", "--data", data, "--format", "json")).isZero();
    assertThat(JSON.readTree(out.toString()).at("/0/type").asText()).isEqualTo("bombing");
  }

  @Test
  void eval_scores_a_failed_document_as_finding_nothing_lists_it_and_exits_1() throws IOException {
    Path gold = dir.resolve("gtd.csv");
    Files.writeString(gold, "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,attacktype1_txt,"
        + "targtype1_txt,gname,nkill,nwound,summary\n"
        + "1,2017,1,1,Nigeria,Borno,Maiduguri,11.846,13.160,Bombing/Explosion,Private Citizens & Property,"
        + "Boko Haram,3,12,\"01/01/2017: A suicide bomber killed three people at a market in Maiduguri.\"\n"
        + "2,2017,1,2,Iraq,Baghdad,Baghdad,33.31,44.36,Armed Assault,Police,Unknown,2,,"
        + "\"01/02/2017: Gunmen killed two officers in Baghdad. " + FailingEngine.MARK + "\"\n");
    assertThat(runFailing("eval", "--format", "gtd", "--gold", gold.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("gtd: 2 document(s)")
        .contains("1 document(s) the engine failed on, scored as finding nothing")
        .doesNotContain("problem(s) in the gold data");
    assertThat(err.toString()).contains("document 2: engine failed: IllegalStateException")
        .contains("1 of 2 document(s) failed in the engine");
  }

  @Test
  void bench_counts_a_failed_report_names_it_once_and_measures_the_rest() throws IOException {
    assertThat(runFailing("bench", "--seconds", "1", "--warmup", "0", batch().toString())).isEqualTo(1);
    assertThat(out.toString()).contains("articles/s").contains("reports the engine failed on: 1");
    assertThat(err.toString()).containsOnlyOnce("report r2: engine failed: IllegalStateException");
  }

  @Test
  void export_leaves_the_failed_report_out_of_the_bundle_names_it_and_exports_the_others() throws IOException {
    Path f = batch();
    Path bundle = dir.resolve("bundle.json");
    assertThat(runFailing("export", f.toString(), "-o", bundle.toString())).isEqualTo(1);
    List<String> reports = new ArrayList<>();
    JSON.readTree(bundle.toFile()).get("objects").forEach(o -> {
      if (o.get("type").asText().equals("report")) {
        reports.add(o.get("name").asText());
      }
    });
    assertThat(reports).containsExactlyInAnyOrder("r1", "r3");
    assertThat(err.toString()).contains(f + ":2: report r2: engine failed: IllegalStateException: injected failure")
        .contains("left out of the bundle");
  }
}
