package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory keeps a mapped copy of the bundled gazetteer that answers as the bundled one. */
class BundledCopyTest {

  private static final Gazetteer BUNDLED = Gazetteer.loadDefault();

  @TempDir Path data;

  private List<Path> copies() throws IOException {
    try (Stream<Path> s = Files.list(data.resolve(InstalledGazetteer.DIR))) {
      return s.filter(p -> p.getFileName().toString().startsWith("bundled-")).toList();
    }
  }

  private static void answersAsTheBundledOne(Gazetteer g) {
    assertThat(g.size()).isEqualTo(BUNDLED.size());
    for (String name : List.of("Kabul", "Qandahar", "San Salvador", "Mosul", "Al Mawsil", "West Kordofan", "Qum")) {
      assertThat(g.lookup(name)).as(name).isEqualTo(BUNDLED.lookup(name));
    }
    assertThat(g.country("IQ")).isEqualTo(BUNDLED.country("IQ"));
    assertThat(g.admin1("IQ", "13")).isEqualTo(BUNDLED.admin1("IQ", "13"));
    assertThat(g.spellingsOfProvince("Oruzgan", "AF")).isEqualTo(BUNDLED.spellingsOfProvince("Oruzgan", "AF"));
  }

  @Test
  void the_first_load_writes_the_copy_and_later_loads_map_it() throws IOException {
    Path stale = Files.createDirectories(data.resolve(InstalledGazetteer.DIR)).resolve("bundled-00000000.idx");
    Files.writeString(stale, "an earlier version's copy");
    answersAsTheBundledOne(InstalledGazetteer.loadFor(data));
    List<Path> written = copies();
    assertThat(written).hasSize(1).doesNotContain(stale);
    long modified = Files.getLastModifiedTime(written.get(0)).toMillis();
    answersAsTheBundledOne(InstalledGazetteer.loadFor(data));
    assertThat(copies()).isEqualTo(written);
    assertThat(Files.getLastModifiedTime(written.get(0)).toMillis()).as("not written again").isEqualTo(modified);
  }

  @Test
  void a_damaged_copy_is_written_again() throws IOException {
    InstalledGazetteer.loadFor(data);
    Path copy = copies().get(0);
    try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
      f.seek(f.length() / 2);
      int b = f.read();
      f.seek(f.length() / 2);
      f.write(b ^ 0x55);
    }
    answersAsTheBundledOne(InstalledGazetteer.loadFor(data));
    assertThat(copies()).containsExactly(copy);
  }

  @Test
  void no_data_directory_is_created_for_it() throws IOException {
    Path missing = data.resolve("not-yet");
    assertThat(InstalledGazetteer.loadFor(missing).size()).isEqualTo(BUNDLED.size());
    assertThat(missing).doesNotExist();
  }
}
