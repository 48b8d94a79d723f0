package org.vigil.ingest;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ingest.KnowledgeBase.COPY_3;
import static org.vigil.ingest.KnowledgeBase.OTHER_4;
import static org.vigil.ingest.KnowledgeBase.WIRE_1;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.Store;

/** Ingest into a real SQLite file: idempotence, near-duplicates, bad input, .gz and directories. */
class IngestTest {

  @TempDir Path dir;

  @Test
  void the_same_report_ingested_twice_is_stored_once_even_with_other_spacing() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IngestSummary first = KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, OTHER_4);
      IngestSummary again = KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, OTHER_4);
      IngestSummary respaced = KnowledgeBase.ingest(store, dir, "b.jsonl", WIRE_1.replace(". ", ".   "));

      assertThat(first.stored()).isEqualTo(2);
      assertThat(again.stored()).isZero();
      assertThat(again.duplicates()).isEqualTo(2);
      assertThat(respaced.duplicates()).isEqualTo(1);
      assertThat(store.stats(Viewer.OPERATOR).reports()).isEqualTo(2);
      assertThat(store.stats(Viewer.OPERATOR).incidents()).isEqualTo(first.incidentsCreated());
      assertThat(store.stats(Viewer.OPERATOR).duplicates()).as("only the copy seen in another file counts").isEqualTo(1);
    }
  }

  @Test
  void a_syndicated_copy_with_small_edits_is_linked_as_a_near_duplicate() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      IngestSummary s = KnowledgeBase.ingest(store, dir, "a.jsonl", WIRE_1, COPY_3);

      assertThat(s.stored()).isEqualTo(2);
      assertThat(s.nearDuplicates()).isEqualTo(1);
      long original = store.reports().after(Viewer.OPERATOR, 0, 10).get(0).id();
      assertThat(store.reports().after(Viewer.OPERATOR, original, 10).get(0).nearDupOf()).isEqualTo(original);
      assertThat(store.stats(Viewer.OPERATOR).incidents()).as("the copy is a source of the same incident").isEqualTo(1);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, store.incidents().query(Viewer.OPERATOR, 
          org.vigil.store.IncidentFilter.all(), 10, 0).get(0).id()))
          .extracting(org.vigil.store.SourceRow::counts).containsExactly(true, false);
    }
  }

  @Test
  void binary_corrupt_empty_and_oversized_inputs_are_skipped_with_reasons_and_the_rest_is_stored()
      throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, (byte) 0xff});
    Files.write(in.resolve("broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("huge.txt"), "Bomb. ".repeat(400));
    Files.writeString(in.resolve("good.jsonl"), WIRE_1 + "\n");
    try (Store store = KnowledgeBase.open(dir)) {
      IngestSettings small = new IngestSettings(50, 0.7, 1000, 1 << 20, 0);
      IngestSummary s = KnowledgeBase.ingester(store, small).ingest(List.of(in, dir.resolve("missing")));

      assertThat(s.stored()).isEqualTo(1);
      assertThat(s.skipped()).hasSize(5);
      assertThat(s.skippedCount()).isEqualTo(5);
      assertThat(String.join("\n", s.skipped()))
          .contains("image.txt: not UTF-8 text")
          .contains("broken.txt.gz: corrupt gzip data")
          .contains("empty.txt: empty report")
          .contains("huge.txt: text of 2400 characters exceeds the limit of 1000 (ingest.max-text-chars)")
          .contains("missing: no such file or directory");
    }
  }

  @Test
  void gzip_files_in_nested_directories_are_read() throws IOException {
    Path nested = Files.createDirectories(dir.resolve("in/2024/03"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nested.resolve("wire.jsonl.gz")))) {
      out.write((WIRE_1 + "\n" + OTHER_4 + "\n").getBytes(StandardCharsets.UTF_8));
    }
    try (Store store = KnowledgeBase.open(dir)) {
      IngestSummary s = KnowledgeBase.ingester(store, IngestSettings.defaults()).ingest(List.of(dir.resolve("in")));

      assertThat(s.read()).isEqualTo(2);
      assertThat(s.skipped()).isEmpty();
      assertThat(store.reports().after(Viewer.OPERATOR, 0, 10)).extracting(r -> r.extId()).containsExactly("wire-1", "other-4");
    }
  }

  @Test
  void text_and_html_files_take_the_given_publication_date_for_relative_dates() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("kabul.txt"), "KABUL, Afghanistan - Gunmen attacked a checkpoint in Kabul on Saturday, "
        + "killing three police officers, the interior ministry said.");
    Files.writeString(in.resolve("quetta.html"), "<html><head><title>Quetta blast</title></head><body><article><p>QUETTA, "
        + "Pakistan - A roadside bomb killed four soldiers in Quetta on Friday, officials said.</p></article></body></html>");
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingester(store, IngestSettings.defaults()).ingest(List.of(in), java.time.LocalDate.parse("2024-03-10"), org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN));

      assertThat(store.incidents().query(Viewer.OPERATOR, org.vigil.store.IncidentFilter.all(), 10, 0))
          .extracting(org.vigil.store.IncidentRow::dateValue, org.vigil.store.IncidentRow::countryCode)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2024-03-09", "AF"),
              org.assertj.core.groups.Tuple.tuple("2024-03-08", "PK"));
    }
  }

  @Test
  void fingerprints_ignore_spacing_and_case_and_rate_an_edited_copy_as_similar() {
    String a = Fingerprints.normalise("A car bomb   exploded.\nPolice said");
    assertThat(a).isEqualTo("a car bomb exploded police said");
    assertThat(Fingerprints.contentHash(a)).isEqualTo(Fingerprints.contentHash(Fingerprints.normalise("a CAR bomb exploded - police said")));
    int[] sig = Fingerprints.minHash(a);
    assertThat(Fingerprints.decode(Fingerprints.encode(sig))).isEqualTo(sig);
    assertThat(Fingerprints.similarity(sig, sig)).isEqualTo(1.0);
  }
}
