package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads small files the team wrote in GeoNames' dump formats. */
class GeoNamesDumpTest {

  @TempDir Path dir;

  private static String geoname(long id, String name, String ascii, String alternates, double lat,
      double lon, String fclass, String fcode, String cc, String a1, String a2, long pop) {
    return String.join("\t", Long.toString(id), name, ascii, alternates, Double.toString(lat),
        Double.toString(lon), fclass, fcode, cc, "", a1, a2, "", "", Long.toString(pop), "", "0",
        "Asia/Baghdad", "2024-01-01");
  }

  private void write(String file, String... lines) throws IOException {
    Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private void writeIraq(String mainFile) throws IOException {
    write(mainFile,
        geoname(99072, "Mosul", "Mosul", "Al-Mawsil,Mossoul", 36.335, 43.11889, "P", "PPLA", "IQ", "15", "", 1739800),
        geoname(94787, "Kirkuk", "Kirkuk", "Karkuk", 35.46806, 44.39222, "P", "PPLA", "IQ", "13", "", 601433),
        geoname(90220, "Dāqūq", "Daquq", "", 35.13917, 44.44906, "P", "PPLA2", "IQ", "13", "1001", 0),
        geoname(7000001, "Tiny Village", "Tiny Village", "", 35.2, 44.5, "P", "PPL", "IQ", "13", "1001", 300),
        geoname(7000002, "Newtown", "Newtown", "", 33.0, 42.0, "P", "PPL", "IQ", "99", "", 600),
        geoname(7000003, "Oldtown", "Oldtown", "", 34.0, 43.0, "P", "PPL", "IQ", "99", "", 700),
        geoname(90000, "Muhafazat Kirkuk", "Muhafazat Kirkuk", "", 35.4, 44.3, "A", "ADM1", "IQ", "13", "", 0));
    write("admin1CodesASCII.txt", "IQ.13\tKirkuk\tKirkuk\t90000", "IQ.15\tNinawa\tNinawa\t99071",
        "IQ.99\tNew Area\tNew Area\t99099");
    write("admin2Codes.txt", "IQ.13.1001\tDaquq District\tDaquq District\t8000001");
    write("alternateNamesV2.txt",
        "1\t99072\tar\tالموصل\t\t\t\t\t\t", "2\t99072\ten\tMosul City\t\t\t\t\t\t",
        "3\t99072\tlink\thttps://example.org/Mosul\t\t\t\t\t\t");
  }

  @Test
  void loads_places_admin_areas_and_alternate_names_from_a_cities_file() throws IOException {
    writeIraq("cities500.txt");
    Gazetteer g = GeoNamesDump.load(dir);
    assertThat(g.lookup("Al-Mawsil")).extracting(GazetteerEntry::name).containsExactly("Mosul");
    assertThat(g.lookup("Mosul City")).extracting(GazetteerEntry::geonameId).containsExactly(99072L);
    assertThat(g.lookup("https://example.org/Mosul")).isEmpty();
    assertThat(g.admin1("IQ", "13")).get().extracting(GazetteerEntry::name).isEqualTo("Kirkuk");
    assertThat(g.admin1("IQ", "13").orElseThrow().lat()).isEqualTo(35.4, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(g.country("IQ")).isPresent();
    assertThat(g.lookup("Daquq")).extracting(GazetteerEntry::kind)
        .contains(PlaceKind.ADMIN2, PlaceKind.PLACE);
  }

  @Test
  void an_admin2_district_from_the_dump_resolves_at_district_precision() throws IOException {
    writeIraq("allCountries.txt");
    GazetteerGeocoder geocoder = new GazetteerGeocoder(GeoNamesDump.load(dir));
    String text = "Gunmen attacked a village in Daquq District, Kirkuk, Iraq.";
    List<ResolvedPlace> places = geocoder.resolve(text, GeoContext.none());
    assertThat(places).first().satisfies(p -> {
      assertThat(p.precision()).isEqualTo(Precision.DISTRICT);
      assertThat(p.name()).isEqualTo("Daquq District");
      assertThat(p.admin1()).isEqualTo("Kirkuk");
      assertThat(p.countryCode()).isEqualTo("IQ");
    });
  }

  @Test
  void an_admin_area_without_its_own_row_is_placed_at_the_mean_of_its_places() throws IOException {
    writeIraq("cities1000.txt");
    Gazetteer g = GeoNamesDump.load(dir);
    GazetteerEntry area = g.admin1("IQ", "99").orElseThrow();
    assertThat(area.lat()).isEqualTo(33.5, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(area.lon()).isEqualTo(42.5, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void a_district_without_its_own_row_lies_at_its_seat() throws IOException {
    writeIraq("cities500.txt");
    Gazetteer g = GeoNamesDump.load(dir);
    GazetteerEntry district = g.lookup("Daquq District").stream()
        .filter(e -> e.kind() == PlaceKind.ADMIN2).findFirst().orElseThrow();
    assertThat(district.lat()).isEqualTo(35.13917, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(district.lon()).isEqualTo(44.44906, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void a_malformed_line_is_reported_with_its_file_and_line_number() throws IOException {
    write("cities500.txt", geoname(1, "A", "A", "", 1, 1, "P", "PPL", "IQ", "13", "", 5), "2\tBroken");
    assertThatThrownBy(() -> GeoNamesDump.load(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("cities500.txt line 2");
  }

  @Test
  void coordinates_out_of_range_are_reported_with_their_line() throws IOException {
    write("cities500.txt", geoname(1, "A", "A", "", 1, 1, "P", "PPL", "IQ", "13", "", 5),
        geoname(2, "B", "B", "", 95, 1, "P", "PPL", "IQ", "13", "", 5));
    assertThatThrownBy(() -> GeoNamesDump.load(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("cities500.txt line 2").hasMessageContaining("out of range");
  }

  @Test
  void a_directory_without_a_geoname_table_is_an_error() {
    assertThatThrownBy(() -> GeoNamesDump.load(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("no allCountries.txt, country file or citiesN.txt");
  }
}
