package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * "The murder of ..." names a killing as a noun, as wire news often does when it reports an
 * arrest or an inquiry days later; before issue 14's relevance round only the verb "murdered" was
 * a trigger, so such reports gave no incident or only the arrest. The noun is a weak trigger: it
 * needs support: a date written onto it and a place, a named group and a date or place, or a toll ("the murder of a radio reporter" counts one), so a murder rate, a murder
 * trial or murder charges stay no incident.
 */
class MurderNounTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

  private static List<Incident> news(String text) {
    return Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents().stream()
        .filter(i -> !i.background()).toList();
  }

  @Test
  void the_murder_of_a_judge_on_a_named_day_is_an_incident() {
    assertThat(news("Police in Cali said on Friday that Monday's murder of a provincial judge in Jamundi was the "
        + "work of hired gunmen. The judge had been hearing a case against a drug ring."))
        .extracting(Incident::type).isNotEmpty().doesNotContain(IncidentType.ARREST);
  }

  @Test
  void a_murder_a_named_group_claimed_is_an_incident_beside_the_arrest() {
    assertThat(news("The ELN claimed the murder of a councilman in Saravena on Sunday. Soldiers arrested a man "
        + "on Thursday in connection with the murder."))
        .extracting(Incident::type).anyMatch(t -> t != IncidentType.ARREST);
  }

  @Test
  void the_murder_of_two_farmers_gives_its_toll() {
    assertThat(news("Police near Popayan are investigating the murder of two farmers who had refused to pay "
        + "protection money."))
        .extracting(i -> i.casualties().killed() == null ? null : i.casualties().killed().value()).containsExactly(2);
  }

  @Test
  void the_murder_of_one_person_on_a_named_day_and_place_counts_one_killed() {
    assertThat(news("Police are investigating the murder of a radio reporter in Pasto on Tuesday."))
        .singleElement().satisfies(i -> {
          assertThat(i.casualties().killed()).isEqualTo(Count.exact(1));
          assertThat(i.victims()).extracting(Victim::text).containsExactly("a radio reporter");
        });
  }

  @Test
  void the_people_named_after_of_the_are_the_ones_taken() {
    assertThat(news("Police are investigating the kidnapping of the two surveyors in Zaria on Tuesday."))
        .singleElement().satisfies(i -> assertThat(i.victims()).extracting(Victim::text).containsExactly("two surveyors"));
  }

  @Test
  void the_killing_of_a_thing_is_no_one_killed() {
    assertThat(news("The killing of a tax bill in the Senate on Tuesday angered farmers.")).isEmpty();
  }

  @Test
  void a_murder_rate_a_murder_trial_and_murder_charges_are_no_incident() {
    assertThat(news("The city's murder rate fell by a tenth last year, the mayor said.")).isEmpty();
    assertThat(news("The murder trial of a former mayor opened in Quito on Tuesday.")).isEmpty();
    assertThat(news("Prosecutors dropped murder charges against two former guards, their lawyer said.")).isEmpty();
  }
}
