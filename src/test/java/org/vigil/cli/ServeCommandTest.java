package org.vigil.cli;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigil serve} on a data directory's SQLite file: TAXII and the REST API, with authentication and the settings' limits. */
class ServeCommandTest {

  @TempDir Path dir;

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  @Test
  void serve_answers_taxii_and_rest_for_a_user_with_a_key_and_401_without() throws Exception {
    String data = dir.resolve("d").toString();
    assertThat(run("admin", "add-org", "newsroom", "--data", data)).isZero();
    assertThat(run("admin", "add-user", "pat", "--org", "newsroom", "--data", data)).isZero();
    StringWriter keyOut = new StringWriter();
    CommandLine addKey = Main.commandLine();
    addKey.setOut(new PrintWriter(keyOut, true));
    addKey.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(addKey.execute("admin", "add-key", "pat", "--data", data)).isZero();
    String key = keyOut.toString().strip();

    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new ServeCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.parseArgs("--data", data, "--port", "0");
    ServeCommand serve = cl.getCommand();
    ServeCommand.Running running = serve.start();
    try {
      int port = running.server().port();
      assertThat(out.toString()).contains("serving the web UI at http://127.0.0.1:" + port + "/ui/")
          .contains("TAXII 2.1 at http://127.0.0.1:" + port + "/taxii2/");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/taxii2/")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).isEqualTo(401);
      HttpResponse<String> taxii = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/taxii2/"))
          .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(taxii.statusCode()).isEqualTo(200);
      assertThat(taxii.headers().firstValue("Content-Type")).hasValue("application/taxii+json;version=2.1");
      HttpResponse<String> rest = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats"))
          .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(rest.statusCode()).isEqualTo(200);
      assertThat(rest.body()).contains("\"incidents\":0");
    } finally {
      running.stop();
    }
    assertThat(run("admin", "audit", "--data", data)).isZero();
  }

  @Test
  void a_bad_server_setting_stops_serve_naming_the_key() throws Exception {
    Path data = dir.resolve("d");
    Files.createDirectories(data);
    Files.writeString(data.resolve("vigil.properties"), "server.max-page-size = 0\n");
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("serve", "--data", data.toString(), "--port", "0")).isEqualTo(1);
    assertThat(err.toString()).contains("server.max-page-size").contains("0");
  }

  @Test
  void serve_demo_loads_the_demo_set_and_prints_the_address_and_a_login() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new ServeCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.parseArgs("--demo", "--port", "0");
    ServeCommand serve = cl.getCommand();
    ServeCommand.Running running = serve.start();
    try {
      int port = running.server().port();
      assertThat(out.toString()).contains("sign in at http://127.0.0.1:" + port + "/ui/login as user 'analyst' "
          + "with password '");
      assertThat(running.store().stats(Viewer.OPERATOR).reports()).isGreaterThanOrEqualTo(60);
      HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + port + "/ui/login")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
    } finally {
      running.stop();
    }
    assertThat(running.temporary()).isNotNull().doesNotExist();
  }

  @Test
  void a_bad_ui_setting_stops_serve_naming_the_key() throws Exception {
    Path data = dir.resolve("u");
    Files.createDirectories(data);
    Files.writeString(data.resolve("vigil.properties"), "kb.marking = purple\n");
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("serve", "--data", data.toString(), "--port", "0")).isEqualTo(1);
    assertThat(err.toString()).contains("kb.marking").contains("purple");
  }
}
