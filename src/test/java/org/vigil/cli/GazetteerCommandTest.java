package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil gazetteer install} on a small country dump the team wrote in GeoNames' layout
 * (two invented villages of Benue and Zamfara that no bundled gazetteer holds), from a file and
 * from a local HTTP server, and what the engine then finds.
 */
class GazetteerCommandTest extends CommandTest {

  @TempDir Path dir;
  private HttpServer server;

  private static String row(long id, String name, String alternates, double lat, double lon, String cc,
      String a1, long pop) {
    return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat),
        Double.toString(lon), "P", "PPL", cc, "", a1, "", "", "", Long.toString(pop), "", "100",
        "Africa/Lagos", "2024-01-01");
  }

  /** A zip like GeoNames' NG.zip: the country's table and a readme. */
  private static byte[] countryZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("NG.txt"));
      zip.write((row(9100001, "Ugbakpa", "Ugbakpa Ward", 7.52, 8.61, "NG", "26", 0) + "\n"
          + row(9100002, "Tsafe Daji", "", 12.05, 6.80, "NG", "57", 0) + "\n"
          + "9100003\tBroken\n").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("not a table".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @BeforeEach
  void serve() throws IOException {
    byte[] zip = countryZip();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/dump/NG.zip", ex -> {
      ex.sendResponseHeaders(200, zip.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(zip);
      }
    });
    server.createContext("/dump/missing.zip", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void status_says_the_bundled_gazetteer_is_in_use_when_none_is_installed() {
    assertThat(run("gazetteer", "status", "--data", dir.toString())).isZero();
    assertThat(out.toString()).contains("no gazetteer installed").contains("bundled one is in use")
        .contains("cities500");
  }

  @Test
  void installs_a_country_zip_from_a_file_and_the_engine_then_finds_its_villages() throws IOException {
    Path zip = Files.write(dir.resolve("NG.zip"), countryZip());
    Path data = dir.resolve("data");
    assertThat(run("gazetteer", "install", zip.toString(), "--data", data.toString())).isZero();
    assertThat(out.toString()).contains("installed").contains("2 populated places")
        .contains("skipped 1 malformed line").contains("NG.zip!NG.txt line 3");
    assertThat(run("gazetteer", "status", "--data", data.toString())).isZero();
    assertThat(out.toString()).contains("installed gazetteer (in use)").contains("NG.zip");
    assertThat(run("geo", "--data", data.toString(), "Gunmen attacked Ugbakpa, Benue, Nigeria.")).isZero();
    assertThat(out.toString()).contains("-> Ugbakpa (city, Benue, Nigeria)");
  }

  @Test
  void installs_a_dump_from_a_url_served_locally() {
    Path data = dir.resolve("data");
    assertThat(run("gazetteer", "install", url("/dump/NG.zip"), "--data", data.toString())).isZero();
    assertThat(out.toString()).contains("2 populated places");
    assertThat(Files.exists(data.resolve("gazetteer").resolve("sources").resolve("NG.zip"))).isTrue();
    assertThat(run("geo", "--data", data.toString(), "Bandits raided Tsafe Daji in Zamfara.")).isZero();
    assertThat(out.toString()).contains("-> Tsafe Daji (city, Zamfara, Nigeria)");
  }

  @Test
  void a_url_the_server_does_not_have_is_an_error_naming_the_status() {
    assertThat(run("gazetteer", "install", url("/dump/missing.zip"), "--data", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("answered 404, expected 200");
    assertThat(Files.exists(dir.resolve("gazetteer").resolve("geonames.idx"))).isFalse();
  }

  @Test
  void a_download_over_the_limit_is_refused() {
    assertThat(run("gazetteer", "install", url("/dump/NG.zip"), "--data", dir.toString(),
        "--max-download-bytes", "10")).isEqualTo(1);
    assertThat(err.toString()).contains("exceed the limit of 10").contains("--max-download-bytes");
  }

  @Test
  void a_file_that_is_not_a_geonames_dump_is_refused_before_anything_is_installed() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThat(run("gazetteer", "install", notes.toString(), "--data", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("holds no GeoNames file");
    assertThat(Files.exists(dir.resolve("gazetteer"))).isFalse();
  }
}
