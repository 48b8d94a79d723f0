package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private final List<CsvRow> rows = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private void read(String csv) throws IOException {
    new CsvReader("t.csv", new StringReader(csv)).read(rows::add, problems::add);
  }

  @Test
  void quoted_fields_keep_commas_doubled_quotes_and_line_breaks() throws IOException {
    read("a,b\n\"x, y\",\"say \"\"hi\"\"\nthen go\"\n");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("a")).contains("x, y");
    assertThat(rows.get(0).get("b")).contains("say \"hi\"\nthen go");
    assertThat(problems).isEmpty();
  }

  @Test
  void a_row_with_the_wrong_number_of_fields_is_a_diagnostic_with_its_line_and_reading_goes_on() throws IOException {
    read("a,b\n1,2\n3\n\"multi\nline\",4\n5,6,7\n8,9\r\n");
    assertThat(rows).extracting(CsvRow::line).containsExactly(2, 4, 7);
    assertThat(problems).extracting(Diagnostic::toString).containsExactly(
        "t.csv:3: row has 1 fields, expected 2 as in the header; row skipped",
        "t.csv:6: row has 3 fields, expected 2 as in the header; row skipped");
  }

  @Test
  void blank_and_non_numeric_values_are_empty_lookups() throws IOException {
    read("\uFEFFn,m\n ,abc\n");
    assertThat(rows.get(0).get("n")).isEmpty();
    assertThat(rows.get(0).integer("m")).isEmpty();
    assertThat(rows.get(0).get("missing")).isEmpty();
  }

  @Test
  void an_empty_file_is_a_diagnostic() throws IOException {
    read("");
    assertThat(problems).extracting(Diagnostic::reason).containsExactly("empty file; expected a header row");
  }
}
