package org.vigil.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.alert.AlertBus;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IntakeSettings;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.merge.MergeRules;
import org.vigil.store.Database;
import org.vigil.store.IncidentFilter;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;
import org.vigil.store.Viewer;
import org.vigil.web.SharedStore;

/** The drop directory against a real SQLite file: what it takes, and when. */
class DropDirectoryTest {

  @TempDir Path dir;
  private Store store;
  private DropDirectory drop;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeEach
  void open() throws Exception {
    store = SqlStore.open(Database.sqlite(dir));
    drop = new DropDirectory(dir.resolve("drop"), 1 << 20, new SharedStore(store),
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void a_file_still_being_copied_in_is_left_until_it_has_settled() throws Exception {
    Path f = drop.dir().resolve("report.txt");
    Files.writeString(f, ""); // cp has created the file and not yet written it

    assertThat(drop.scan()).isZero();
    assertThat(f).exists();
    assertThat(drop.dir().resolve("rejected")).isEmptyDirectory();

    Files.writeString(f, "Gunmen attacked a market in Kano on Friday, killing three people.");
    Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusMillis(2 * DropDirectory.SETTLE_MILLIS)));

    assertThat(drop.scan()).isEqualTo(1);
    assertThat(drop.dir().resolve("done/report.txt")).exists();
    assertThat(store.pending().oldest(10)).singleElement()
        .satisfies(p -> assertThat(p.content()).startsWith("Gunmen attacked"));
  }

  @Test
  void a_dropped_text_without_a_date_is_dated_the_day_it_came_and_its_weekday_finds_the_attack() throws Exception {
    Path f = drop.dir().resolve("kano.txt");
    Files.writeString(f, "Gunmen attacked a market in Kano on Friday, killing three people, police said.");
    Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusMillis(2 * DropDirectory.SETTLE_MILLIS)));
    assertThat(drop.scan()).isEqualTo(1);

    new QueueDrain(new SharedStore(store), KnowledgeBase.ENGINE, KnowledgeBase.REGISTRIES, MergeRules.defaults(),
        IngestSettings.defaults(), IntakeSettings.defaults(), new AlertBus(),
        new PrintStream(log, true, StandardCharsets.UTF_8)).drain();

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate friday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    assertThat(store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 10, 0)).singleElement()
        .satisfies(i -> assertThat(i.dateValue()).isEqualTo(friday.toString()));
  }

  @Test
  void a_settled_binary_file_is_rejected_with_its_reason() throws Exception {
    Path f = drop.dir().resolve("bad.txt");
    Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusMillis(2 * DropDirectory.SETTLE_MILLIS)));

    assertThat(drop.scan()).isZero();
    assertThat(Files.readString(drop.dir().resolve("rejected/bad.txt.reason"))).isEqualTo("the file is not UTF-8 text\n");
  }
}
