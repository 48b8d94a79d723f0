package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** A group named only as the author of the campaign in whose time an incident happened did not carry it out. */
class CampaignFramesTest {

  private static List<String> groups(String text) {
    return Engines.bundled().extract(Report.of("test", text, LocalDate.of(1989, 12, 2))).incidents().stream()
        .flatMap(i -> i.perpetrators().stream()).map(Perpetrator::group).filter(Objects::nonNull).toList();
  }

  @Test
  void planes_that_bombed_a_suburb_during_the_offensive_by_the_rebels_are_not_the_rebels() {
    assertThat(groups("SAN SALVADOR, 1 DEC 89 -- [TEXT] AIR FORCE PLANES BOMBED A POOR SUBURB OF SAN MIGUEL DURING"
        + " THE LATEST OFFENSIVE BY THE FMLN, KILLING FOUR FARMERS, A PRIEST SAID TODAY."))
        .doesNotContain("Farabundo Marti National Liberation Front");
  }

  @Test
  void a_bombing_amid_the_group_offensive_in_mixed_case_is_not_the_group_s() {
    assertThat(groups("San Salvador, 1 Dec 89 -- Army helicopters bombed a village near Suchitoto amid the FMLN"
        + " offensive, killing three farmers, a parish priest said today."))
        .doesNotContain("Farabundo Marti National Liberation Front");
  }

  @Test
  void the_group_s_full_name_in_brackets_after_the_frame_is_not_the_bomber_either() {
    assertThat(groups("SAN SALVADOR, 1 DEC 89 -- [TEXT] AIR FORCE PLANES BOMBED A POOR SUBURB OF SAN MIGUEL DURING"
        + " THE LATEST OFFENSIVE BY THE FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT], A PRIEST SAID TODAY."))
        .isEmpty();
  }

  @Test
  void the_offensive_itself_stays_the_group_s() {
    assertThat(groups("San Salvador, 1 Dec 89 -- The FMLN offensive killed three farmers near Suchitoto on"
        + " Thursday, a parish priest said."))
        .contains("Farabundo Marti National Liberation Front");
  }

  @Test
  void deaths_told_only_by_the_offensive_stay_the_group_s() {
    assertThat(groups("San Salvador, 1 Dec 89 -- Three farmers died near Suchitoto during the FMLN offensive,"
        + " a parish priest said on Thursday."))
        .contains("Farabundo Marti National Liberation Front");
  }

  @Test
  void rebels_who_bombed_a_bridge_during_their_own_offensive_are_still_named_by_the_sentence_before() {
    assertThat(groups("San Salvador, 1 Dec 89 -- FMLN rebels blew up a bridge near Suchitoto on Thursday."
        + " The attack came during the offensive by the FMLN, a parish priest said."))
        .contains("Farabundo Marti National Liberation Front");
  }
}
