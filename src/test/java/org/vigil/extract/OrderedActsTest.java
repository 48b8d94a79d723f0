package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * "X gave the order to kill Y" tells of the killing, with X among those who did it: before, the
 * killing was read as a plan (or dropped for a word of business in the sentence), the one who
 * ordered it was no perpetrator, and in capitals "THE ORDER" was read as a group of that name.
 */
class OrderedActsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(1990, 3, 10);

  @Test
  void the_colonel_who_gave_the_order_to_assassinate_is_a_perpetrator_of_an_assassination_done() {
    List<Incident> all = Engines.incidents("Usulutan, 9 March 1990 -- A sergeant told the judge that Colonel Juan "
        + "Perez gave the order to assassinate four teachers on 2 March near Usulutan, saying everything was at "
        + "stake.", PUBLISHED);
    assertThat(all).filteredOn(i -> i.type() == IncidentType.ASSASSINATION).isNotEmpty()
        .allMatch(i -> i.status() == Status.ACCOMPLISHED);
    assertThat(Engines.perpetratorWords(all)).contains("Colonel Juan Perez");
  }

  @Test
  void the_major_who_ordered_the_killing_is_its_perpetrator() {
    List<Incident> all = Engines.incidents("Usulutan, 9 March 1990 -- The prosecutor said Major Luis Ortega "
        + "ordered the killing of two union leaders on 2 March near Usulutan.", PUBLISHED);
    assertThat(Engines.perpetratorWords(all)).contains("Major Luis Ortega");
  }

  @Test
  void the_commander_an_ambush_was_ordered_by_is_its_perpetrator() {
    List<Incident> all = Engines.incidents("Tumaco, 9 March 1990 -- The ambush of an army patrol near Tumaco on "
        + "Monday that killed three soldiers was ordered by Commander Ramiro Lozano, the army said.", PUBLISHED);
    assertThat(Engines.perpetratorWords(all)).contains("Commander Ramiro Lozano");
  }

  @Test
  void the_order_a_colonel_gave_is_no_group_in_capitals() {
    Extraction e = Engines.bundled().extract(Report.of("r", "SAN SALVADOR, 9 MAR 90 -- [TEXT] TWO SERGEANTS TOLD "
        + "THE JUDGE THAT COLONEL JUAN PEREZ GAVE THE ORDER. THE FOUR TEACHERS WERE MURDERED ON 2 MARCH IN "
        + "USULUTAN. THE UNITED STATES CONDEMNED THE CRIME.", PUBLISHED));
    assertThat(e.entities()).filteredOn(x -> x.type().equals("group")).extracting(Entity::mention)
        .doesNotContain("THE ORDER");
    assertThat(e.incidents()).flatExtracting(Incident::perpetrators).allMatch(p -> p.group() == null);
  }
}
