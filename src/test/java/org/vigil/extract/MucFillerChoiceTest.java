package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Which phrase fills a role inside a report that does tell of an incident (issue 14), each class
 * with a short report of our own: a word for fighters that only qualifies the attack ("a terrorist
 * attack") says who is blamed but describes and counts no people.
 */
class MucFillerChoiceTest {

  private static final LocalDate PUBLISHED = LocalDate.of(1990, 3, 6);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void a_terrorist_attack_describes_no_terrorist() {
    Incident i = first("A retired judge died in Lima, Peru, on Monday of the wounds he received in a terrorist attack "
        + "on his car last week.");
    assertThat(i.perpetrators()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.individuals()).isNull();
      assertThat(p.count()).isNull();
    });
  }

  @Test
  void a_terrorist_who_threw_a_grenade_is_described() {
    Incident i = first("A terrorist threw a grenade at a police patrol in Huancayo, Peru, on Monday, wounding two officers.");
    assertThat(i.perpetrators()).extracting(Perpetrator::individuals).contains("terrorist");
  }
}
