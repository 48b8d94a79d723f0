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
        p -> assertThat(p).contains("big.txt").contains("ingest.max-text-chars"));
  }

  @Test
  void a_json_file_may_hold_one_report_over_several_lines() throws IOException {
    Path f = dir.resolve("one.json");
    Files.writeString(f, "{\n  \"id\": \"x1\",\n  \"text\": \"Gunmen attacked a bus.\"\n}\n");
    read(ReadLimits.defaults(), f);
    assertThat(reports).extracting(Report::id).containsExactly("x1");
  }

  @Test
  void a_json_line_that_is_not_utf8_loses_only_itself_and_is_named_by_its_line() throws IOException {
    Path f = dir.resolve("mixed.jsonl");
    byte[] bad = "{\"id\":\"b\",\"text\":\"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes("{\"id\":\"a\",\"text\":\"First report.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.writeBytes(bad);
    bytes.writeBytes("\n{\"id\":\"c\",\"text\":\"Third report.\"}\r\n{broken\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.write(f, bytes.toByteArray());
    List<Integer> lines = new ArrayList<>();
    new ReportReader(ReadLimits.defaults()).readNumbered(f, null, (r, line) -> {
      reports.add(r);
      lines.add(line);
    }, problems::add);
    assertThat(reports).extracting(Report::id).containsExactly("a", "c");
    assertThat(lines).containsExactly(1, 3);
    assertThat(problems).extracting(ReadProblem::line).containsExactly(2, 4);
    assertThat(problems.get(0).toString()).isEqualTo(f + ":2: line is not UTF-8 text");
    assertThat(problems.get(1).reason()).isEqualTo("not valid JSON at column 2: found b where a field name in double quotes was expected");
  }

  @Test
  void html_nested_a_million_deep_is_refused_as_too_deep_before_it_is_parsed() throws IOException {
    Path f = dir.resolve("deep.html");
    Files.writeString(f, "<html><body>" + "<div>".repeat(1_000_000) + "A bomb exploded in Kabul." + "</div>".repeat(1_000_000));
    read(ReadLimits.defaults(), f);
    assertThat(reports).isEmpty();
    assertThat(problems).singleElement().extracting(ReadProblem::reason).asString()
        .contains("nested deeper than 512");
  }

  @Test
  void html_with_unclosed_paragraphs_and_scripts_full_of_tags_is_not_taken_for_deep() throws IOException {
    Path f = dir.resolve("old.html");
    Files.writeString(f, "<html><body><script>" + "<div>".repeat(2_000) + "</script>"
        + "<p>Paragraph without end. ".repeat(2_000) + "<li>An item<br><img src=x>" + "</body></html>");
    read(ReadLimits.defaults(), f);
    assertThat(problems).isEmpty();
    assertThat(reports).singleElement().extracting(Report::text).asString().contains("Paragraph without end.");
  }
}
