package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Who is named among the harmed (issue 14, MUC-4 human-target errors): a body named after its kind
 * ("the organization UNOC") is no person, the official who condemned a murder neither suffered nor
 * was the object of it, and "former" before a title begins no one's name.
 */
class NamedHarmedTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 4);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void a_body_named_after_its_kind_is_not_a_person_harmed() {
    Incident i = first("SAN MIGUEL, 4 MAR 24 -- GUNMEN KILLED THREE MEMBERS OF THE PEASANT ORGANIZATION UNOC IN "
        + "SAN MIGUEL TODAY.");
    assertThat(i.victims()).extracting(Victim::text).containsExactly("THREE MEMBERS");
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(3));
  }

  @Test
  void the_minister_who_condemned_a_murder_is_neither_its_target_nor_its_victim() {
    Incident i = first("Interior Minister Jorge Alvarado has strongly condemned the murder of judge Pedro Ruiz, "
        + "who was shot dead by gunmen outside his home in Cali on Friday.");
    assertThat(i.targets()).extracting(Target::text).noneMatch(t -> t.contains("Alvarado"));
    assertThat(i.victims()).extracting(Victim::text).contains("Pedro Ruiz").noneMatch(v -> v.contains("Alvarado"));
  }

  @Test
  void an_official_described_between_commas_before_condemning_is_no_target_either() {
    Incident i = first("SAN SALVADOR, 4 MAR 24 -- JORGE ALVARADO, VICE PRESIDENT OF THE REPUBLIC AND INTERIOR "
        + "MINISTER, HAS STRONGLY CONDEMNED THE MURDER OF JUDGE PEDRO RUIZ, WHO WAS SHOT DEAD BY GUNMEN OUTSIDE "
        + "HIS HOME IN SAN SALVADOR TODAY.");
    assertThat(i.targets()).extracting(Target::text).doesNotContain("VICE PRESIDENT");
    assertThat(i.victims()).extracting(Victim::text).contains("PEDRO RUIZ").doesNotContain("JORGE ALVARADO");
  }

  @Test
  void a_title_qualified_as_former_begins_no_name() {
    Incident i = first("LIMA, 4 MAR 24 -- THE SHINING PATH TODAY CLAIMED RESPONSIBILITY FOR THE MURDER OF FORMER "
        + "INTERIOR MINISTER JORGE ALVARADO MENDEZ.  POLICE SAID THE INVESTIGATION CONTINUES.");
    assertThat(i.victims()).extracting(Victim::text).containsExactly("JORGE ALVARADO MENDEZ");
  }
}
