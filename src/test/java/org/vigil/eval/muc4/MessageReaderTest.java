package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.eval.Fixtures;

class MessageReaderTest {

  @Test
  void splits_a_file_at_each_header_and_drops_the_header_line() throws IOException {
    List<MucMessage> m = MessageReader.parse(Files.readString(Fixtures.resource("muc4/tst9-muc4-vigil")));
    assertThat(m).extracting(MucMessage::id).containsExactly("DEV-MUC3-9001", "DEV-MUC3-9002", "DEV-MUC3-9003");
    assertThat(m.get(0).text()).startsWith("BOGOTA, 12 MAR 90 --").doesNotContain("(VIGIL)");
  }

  @Test
  void the_dateline_gives_the_publication_date() {
    assertThat(MessageReader.dateline("   SAN SALVADOR, 3 JAN 90 -- [TEXT] X")).isEqualTo(LocalDate.of(1990, 1, 3));
    assertThat(MessageReader.dateline("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- X")).isEqualTo(LocalDate.of(1990, 2, 4));
    assertThat(MessageReader.dateline("PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- X")).isEqualTo(LocalDate.of(1989, 6, 11));
    assertThat(MessageReader.dateline("SAN SALVADOR, NO DATE -- X")).isNull();
  }

  @Test
  void a_dateline_without_a_year_takes_the_previous_messages_year() {
    List<MucMessage> m = MessageReader.parse("DEV-MUC3-0001 (X)\n  LIMA, 3 JAN 90 -- A\n"
        + "DEV-MUC3-0002 (X)\n  TEGUCIGALPA, 7 FEB (REUTER) -- B\n");
    assertThat(m.get(1).published()).isEqualTo(LocalDate.of(1990, 2, 7));
  }

  @Test
  void a_header_without_a_source_in_brackets_starts_a_message_too() {
    assertThat(MessageReader.parse("TST1-MUC3-0001\n\n  LIMA, 1 JAN 90 -- X\nTST1-MUC3-0002\nY\n"))
        .extracting(MucMessage::id).containsExactly("TST1-MUC3-0001", "TST1-MUC3-0002");
  }
}
