package org.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading reports from files: formats, offsets and bad input that must not stop a batch. */
class ReportReaderTest {

  @TempDir Path dir;

  private final List<Report> reports = new ArrayList<>();
  private final List<ReadProblem> problems = new ArrayList<>();

  private void read(ReadLimits limits, Path file) {
    new ReportReader(limits).read(file, LocalDate.of(2024, 4, 20), reports::add, problems::add);
  }

  @Test
  void html_loses_its_boilerplate_and_offsets_map_back_to_the_html() throws IOException {
    String html = "<html><head><title>T</title><script>var x = 1;</script></head><body>"
        + "<nav>Home | World</nav><article><h1>Blast in Kabul</h1><p>A bomb exploded in <b>Kabul</b> "
        + "on Friday &amp; killed five.</p></article><footer>Copyright</footer></body></html>";
    Path f = dir.resolve("page.html");
    Files.writeString(f, html);
    read(ReadLimits.defaults(), f);
    assertThat(problems).isEmpty();
    Report r = reports.get(0);
    assertThat(r.text()).contains("A bomb exploded in Kabul on Friday & killed five.")
        .doesNotContain("Home").doesNotContain("Copyright").doesNotContain("var x");
    int at = r.text().indexOf("Kabul on");
    int start = r.origin().toOriginal(at);
    assertThat(html.substring(start, r.origin().toOriginalEnd(at + 5))).isEqualTo("Kabul");
  }

  @Test
  void a_bad_json_line_is_reported_with_its_line_and_the_others_are_read() throws IOException {
    Path f = dir.resolve("batch.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"text\":\"First report.\",\"published\":\"2024-01-02\"}\n"
        + "{not json\n"
        + "{\"id\":\"c\",\"title\":\"no text here\"}\n"
        + "{\"id\":\"d\",\"text\":\"Fourth report.\"}\n");
    read(ReadLimits.defaults(), f);
    assertThat(reports).extracting(Report::id).containsExactly("a", "d");
    assertThat(reports.get(0).published()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(problems).extracting(ReadProblem::line).containsExactly(2, 3);
    assertThat(problems.get(1).reason()).contains("\"text\"");
  }

  @Test
  void binary_empty_and_oversized_files_are_skipped_with_the_reason() throws IOException {
    Path binary = dir.resolve("image.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "  \n");
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "word ".repeat(100));
    read(new ReadLimits(200, 1000, 64), binary);
    read(new ReadLimits(200, 1000, 64), empty);
    read(new ReadLimits(200, 1000, 64), big);
    assertThat(reports).isEmpty();
    assertThat(problems).extracting(p -> p.file() + ": " + p.reason()).satisfiesExactly(
        p -> assertThat(p).contains("image.txt").containsAnyOf("binary", "not UTF-8"),
        p -> assertThat(p).contains("empty.txt").contains("empty"),
        p -> assertThat(p).contains("big.txt").contains("report.max-text-chars"));
  }

  @Test
  void a_json_file_may_hold_one_report_over_several_lines() throws IOException {
    Path f = dir.resolve("one.json");
    Files.writeString(f, "{\n  \"id\": \"x1\",\n  \"text\": \"Gunmen attacked a bus.\"\n}\n");
    read(ReadLimits.defaults(), f);
    assertThat(reports).extracting(Report::id).containsExactly("x1");
  }
}
