package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import picocli.CommandLine;

/** The commands on PostgreSQL through {@code --db} and through {@code db.url} in vigil.properties. */
@Tag("postgres")
class PostgresCliTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void ingest_stats_and_incidents_work_on_postgresql_by_url_and_by_settings_file() throws IOException {
    EmbeddedPostgres pg;
    try {
      pg = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("embedded PostgreSQL could not start here: " + e);
      return;
    }
    try (pg) {
      String url = "postgresql://postgres:secret-not-shown@localhost:" + pg.getPort() + "/postgres";
      Path f = Files.writeString(dir.resolve("r.jsonl"), KnowledgeBase.WIRE_1 + "\n" + KnowledgeBase.LOCAL_2 + "\n");
      assertThat(run("ingest", f.toString(), "--db", url)).as(err.toString()).isZero();
      assertThat(run("stats", "--db", url, "--format", "json")).isZero();
      assertThat(new ObjectMapper().readTree(out.toString()).get("incidents").asLong()).isEqualTo(1);

      Path data = Files.createDirectories(dir.resolve("data"));
      Files.writeString(data.resolve("vigil.properties"), "db.url = jdbc:postgresql://localhost:" + pg.getPort()
          + "/postgres?user=postgres\n");
      assertThat(run("incidents", "--data", data.toString(), "--format", "csv")).isZero();
      assertThat(out.toString()).contains(",bombing,accomplished,SO,");
      assertThat(Files.exists(data.resolve("vigil.db"))).isFalse();

      assertThat(run("stats", "--db", "postgresql://postgres:secret-not-shown@localhost:1/none")).isEqualTo(1);
      assertThat(err.toString()).startsWith("vigil: cannot open the knowledge base at jdbc:postgresql://localhost:1/none")
          .doesNotContain("secret-not-shown");
    }
  }
}
