package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** Wire copy written all in capitals reads as the same report written in mixed case. */
class CapitalsTest {

  private static List<String> targets(String text) {
    Extraction x = Engines.bundled().extract(Report.of("caps", text, LocalDate.of(1990, 3, 12)));
    assertThat(x.incidents()).isNotEmpty();
    return x.incidents().get(0).targets().stream().map(Target::text).toList();
  }

  @Test
  void a_target_in_capitals_stops_where_the_noun_phrase_ends() {
    List<String> caps = targets("URBAN GUERRILLAS DYNAMITED A POWER SUBSTATION SUNDAY NIGHT IN SOYAPANGO. "
        + "POLICE SAID NO ONE WAS HURT IN THE BLAST.");
    List<String> mixed = targets("Urban guerrillas dynamited a power substation Sunday night in Soyapango. "
        + "Police said no one was hurt in the blast.");

    assertThat(mixed).containsExactly("power substation");
    assertThat(caps).containsExactly("POWER SUBSTATION");
  }

  @Test
  void a_target_in_capitals_still_takes_a_following_target_word() {
    assertThat(targets("GUNMEN FIRED ON A POLICE PATROL CAR NEAR THE AIRPORT, WOUNDING TWO OFFICERS."))
        .anyMatch(t -> t.startsWith("POLICE PATROL CAR") || t.equals("POLICE PATROL"));
  }

  @Test
  void a_name_in_capitals_starts_after_the_nationality_and_order_written_before_it() {
    Extraction x = Engines.bundled().extract(Report.of("caps", "SAN SALVADOR, 12 MAR 90 -- UNIDENTIFIED GUNMEN "
        + "SHOT AND KILLED SPANISH JESUIT RAMON ETXEBARRIA ARANA TODAY OUTSIDE HIS PARISH IN MEJICANOS. "
        + "A SPANIARD TOMAS UGARTE BERRIO WAS WOUNDED.", LocalDate.of(1990, 3, 12)));
    assertThat(x.incidents()).isNotEmpty();
    List<String> named = x.incidents().get(0).victims().stream().filter(Victim::named).map(Victim::text).toList();

    assertThat(named).contains("RAMON ETXEBARRIA ARANA");
    assertThat(named).noneMatch(n -> n.startsWith("SPANISH") || n.startsWith("JESUIT") || n.startsWith("SPANIARD"));
  }

  @Test
  void people_described_by_how_they_looked_keep_that_word() {
    Extraction x = Engines.bundled().extract(Report.of("looks", "Masked assailants set fire to a bus in Tunja on "
        + "Monday night; the driver was wounded.", LocalDate.of(1990, 3, 12)));
    assertThat(x.incidents()).isNotEmpty();

    assertThat(x.incidents().get(0).perpetrators()).extracting(Perpetrator::individuals)
        .contains("Masked assailants");
  }

  @Test
  void premises_keep_the_owner_named_after_them_up_to_a_word_that_ends_the_phrase() {
    assertThat(targets("URBAN GUERRILLAS DYNAMITED THE OFFICES OF THE NATIONAL WATER BOARD IN SOYAPANGO LAST NIGHT, POLICE SAID."))
        .contains("OFFICES OF THE NATIONAL WATER BOARD");
    assertThat(targets("Gunmen set fire to the residences of opposition deputies such as Ana Ruiz in Cobán."))
        .contains("residences of opposition deputies");
  }

  @Test
  void fighters_named_by_their_band_keep_the_band_noun() {
    Extraction x = Engines.bundled().extract(Report.of("band", "URBAN GUERRILLA COMMANDOS DYNAMITED A POWER "
        + "SUBSTATION IN SOYAPANGO LAST NIGHT, POLICE SAID.", LocalDate.of(1990, 3, 12)));
    assertThat(x.incidents()).isNotEmpty();

    assertThat(x.incidents().get(0).perpetrators()).extracting(Perpetrator::individuals)
        .contains("URBAN GUERRILLA COMMANDOS");
  }
}
