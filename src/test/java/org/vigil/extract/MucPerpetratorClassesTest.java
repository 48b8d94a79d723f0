package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Classes of perpetrator errors found on the MUC-4 development messages (issue 14), each with a
 * short wire report of our own in capitals, as MUC-4's are: the government named as the author of
 * a massacre is a body of the state, not people described.
 */
class MucPerpetratorClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(1990, 3, 5);

  @Test
  void the_government_blamed_for_a_massacre_is_a_body_of_the_state_not_people() {
    Incident i = Engines.first("SAN SALVADOR, 4 MAR 90 (RADIO) -- [TEXT] THE GOVERNMENT MASSACRED 12 PEASANTS IN THE "
        + "VILLAGE OF SAN JOSE LAS FLORES, THE REBELS SAID TODAY. THE GOVERNMENT IS RESPONSIBLE FOR THIS CRIME, THEY "
        + "ADDED.", PUBLISHED);

    assertThat(i.perpetrators()).anyMatch(p -> p.agency() != null && p.agency().name().equals("government"));
    assertThat(i.perpetrators()).noneMatch(p -> "GOVERNMENT".equals(p.individuals()));
  }
}
