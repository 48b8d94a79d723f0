package org.vigil.cli;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.SyntheticReports;
import org.vigil.report.Report;
import org.vigil.store.Database;
import org.vigil.store.Stats;
import org.vigil.store.SqlStore;
import picocli.CommandLine;

/**
 * kill -9 during ingest: a real child JVM ingests generated reports and is killed (SIGKILL)
 * once it has reported some stored. The store must be consistent, hold at least what was
 * reported stored, and a re-run must complete it to exactly what one uninterrupted run gives.
 */
class CrashSafetyTest {

  private static final Pattern STORED = Pattern.compile("vigil: ingest: (\\d+) reports read, (\\d+) stored");
  private static final int REPORTS = 1500;

  @TempDir Path dir;

  @Test
  void a_killed_ingest_loses_nothing_reported_stored_and_a_rerun_completes_it_without_duplicates()
      throws IOException, InterruptedException, SQLException {
    Path in = writeReports(Files.createDirectories(dir.resolve("in")));
    Path killed = Files.createDirectories(dir.resolve("killed"));
    Files.writeString(killed.resolve("vigil.properties"), "ingest.batch-size = 50\ningest.progress-seconds = 0\n");

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", in.toString(),
        "--data", killed.toString()).redirectErrorStream(true).start();
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the child was killed
      }
    });
    reader.setDaemon(true);
    reader.start();
    long reportedStored = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    List<String> seen = new ArrayList<>();
    while (reportedStored < 300 && System.nanoTime() < deadline && child.isAlive()) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        seen.add(line);
        Matcher m = STORED.matcher(line);
        if (m.find()) {
          reportedStored = Long.parseLong(m.group(2));
        }
      }
    }
    assertThat(child.isAlive()).as("the child was still ingesting when killed; output: %s", seen).isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(reportedStored).as("progress before the kill: %s", seen).isGreaterThanOrEqualTo(300).isLessThan(REPORTS);

    assertConsistent(killed);
    try (SqlStore store = SqlStore.open(Database.sqlite(killed))) {
      assertThat(store.stats(Viewer.OPERATOR).reports()).isGreaterThanOrEqualTo(reportedStored);
    }

    assertThat(run("ingest", in.toString(), "--data", killed.toString())).isZero();
    Path clean = dir.resolve("clean");
    assertThat(run("ingest", in.toString(), "--data", clean.toString())).isZero();
    assertConsistent(killed);
    try (SqlStore resumed = SqlStore.open(Database.sqlite(killed)); SqlStore once = SqlStore.open(Database.sqlite(clean))) {
      Stats a = resumed.stats(Viewer.OPERATOR);
      Stats b = once.stats(Viewer.OPERATOR);
      assertThat(a).isEqualTo(b);
      assertThat(a.reports()).isGreaterThan(REPORTS * 9 / 10);
    }
  }

  private static void assertConsistent(Path data) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.SQLITE_FILE));
        Statement st = c.createStatement()) {
      assertThat(one(st, "PRAGMA integrity_check")).isEqualTo("ok");
      assertThat(one(st, "SELECT count(*) FROM pragma_foreign_key_check")).isEqualTo("0");
      assertThat(one(st, "SELECT count(*) FROM incidents i WHERE NOT EXISTS "
          + "(SELECT 1 FROM incident_sources s WHERE s.incident_id = i.id)")).as("incidents without a source").isEqualTo("0");
      assertThat(one(st, "SELECT count(*) FROM reports r WHERE NOT EXISTS "
          + "(SELECT 1 FROM report_bands b WHERE b.report_id = r.id)")).as("reports without lookup keys").isEqualTo("0");
      assertThat(one(st, "SELECT count(*) - count(DISTINCT content_hash) FROM reports")).isEqualTo("0");
    }
  }

  private static String one(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  /** The generated reports as JSON Lines, 100 per file. */
  private static Path writeReports(Path in) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Report> reports = SyntheticReports.generate(REPORTS, 7);
    for (int f = 0; f * 100 < reports.size(); f++) {
      StringBuilder sb = new StringBuilder();
      for (Report r : reports.subList(f * 100, Math.min(reports.size(), f * 100 + 100))) {
        ObjectNode o = json.createObjectNode();
        o.put("id", r.id());
        o.put("published", r.published() == null ? null : r.published().toString());
        o.put("text", r.text());
        sb.append(o).append('\n');
      }
      Files.writeString(in.resolve(String.format("feed-%03d.jsonl", f)), sb);
    }
    return in;
  }
}
