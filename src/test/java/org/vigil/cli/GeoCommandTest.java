package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GeoCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void prints_each_place_with_the_candidates_it_weighed() {
    Run r = run("geo", "A bomb exploded in Kerman, Iran.");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"Kerman\"").contains("-> Kerman (city, Kerman, Iran)")
        .contains("population and feature prior").contains("incident location: Kerman (city, Iran)");
  }

  @Test
  void explains_a_village_kept_as_written_inside_its_province() {
    Run r = run("geo", "Gunmen attacked Ungwan Dankali village in Kauru, Kaduna State, Nigeria.");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"Ungwan Dankali village\"").contains("-> Ungwan Dankali (")
        .contains("why: kept as written").contains("coordinates and precision of");
  }

  @Test
  void prints_json_with_the_place_fields() {
    Run r = run("geo", "--format", "json", "Fighting near Moscow.");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"countryCode\" : \"RU\"").contains("\"relation\" : \"near\"")
        .contains("\"precision\" : \"CITY\"").contains("\"incidentLocation\" : {");
  }

  @Test
  void the_source_country_is_a_weak_prior() {
    Run r = run("geo", "--source-country", "us", "Police responded to a shooting in Kerman.");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("California");
  }

  @Test
  void an_unknown_source_country_is_a_one_line_user_error() {
    Run r = run("geo", "--source-country", "XX", "Kerman");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("vigil: --source-country 'XX'").doesNotContain("\n");
  }

  @Test
  void geonames_dump_files_can_replace_the_bundled_gazetteer(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("cities500.txt"), String.join("\t", "99072", "Mosul", "Mosul",
        "Al-Mawsil", "36.335", "43.11889", "P", "PPLA", "IQ", "", "15", "", "", "", "1739800", "",
        "0", "Asia/Baghdad", "2024-01-01") + "\n");
    Run r = run("geo", "--geonames", dir.toString(), "A bomb exploded in al-Mawsil.");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("-> Mosul (city, Nineveh, Iraq)");
  }

  @Test
  void a_missing_geonames_directory_is_a_user_error(@TempDir Path dir) {
    Run r = run("geo", "--geonames", dir.resolve("nope").toString(), "Mosul");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("is not a directory");
  }

  @Test
  void an_empty_text_is_a_user_error() {
    Run r = run("geo", " ");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("empty");
  }
}
