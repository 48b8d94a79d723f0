package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Classes of perpetrator errors found on the MUC-4 development messages (issue 14), each with a
 * short wire report of our own in capitals, as MUC-4's are: the government named as the author of
 * a massacre is a body of the state, not people described; attackers told of in a later sentence
 * about the incident are its perpetrators; what unknown attackers wore is part of their description; the people of a force keep the body named
 * before them ("army troops"); people a toll counts as killed are no attackers; a singular word for fighters that qualifies a noun
 * ("the guerrilla movement") describes no people.
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

  @Test
  void attackers_told_of_in_a_later_sentence_of_the_incident_are_its_perpetrators() {
    Incident i = Engines.first("LIMA, 4 MAR 90 (RADIO) -- [TEXT] A TRADE UNION LEADER WAS KIDNAPPED LAST NIGHT IN THE "
        + "CENTER OF AREQUIPA. AS HE WAS PARKING HIS CAR, FOUR HEAVILY ARMED MEN FORCED HIM INTO A GREEN VAN AND DROVE "
        + "OFF TOWARD THE AIRPORT.", PUBLISHED);

    assertThat(i.perpetrators()).extracting(Perpetrator::individuals).contains("FOUR HEAVILY ARMED MEN");
    assertThat(i.perpetrators()).extracting(Perpetrator::count).contains(4);
  }

  @Test
  void what_unknown_attackers_wore_is_part_of_their_description() {
    Incident caps = Engines.first("SAN SALVADOR, 4 MAR 90 (RADIO) -- [TEXT] A TEACHER WAS SHOT DEAD LAST NIGHT IN "
        + "SOYAPANGO BY INDIVIDUALS WEARING MILITARY UNIFORMS, WITNESSES SAID.", PUBLISHED);
    Incident mixed = Engines.first("Gunmen dressed in police uniforms shot dead a judge in Cali, Colombia, on Monday.",
        PUBLISHED);

    assertThat(caps.perpetrators()).extracting(Perpetrator::individuals)
        .contains("INDIVIDUALS WEARING MILITARY UNIFORMS");
    assertThat(mixed.perpetrators()).extracting(Perpetrator::individuals).contains("Gunmen dressed in police uniforms");
  }

  @Test
  void the_people_of_a_force_keep_the_body_named_before_them() {
    Incident ruled = Engines.first("Army soldiers attacked a cooperative in San Miguel, El Salvador, yesterday and killed "
        + "five peasants, the church said.", PUBLISHED);
    Incident chosen = Engines.first("Guatemalan army troops opened fire on a civilian patrol near Coban on Thursday, "
        + "killing nine peasants.", PUBLISHED);

    assertThat(ruled.perpetrators()).extracting(Perpetrator::mention).contains("Army soldiers");
    assertThat(chosen.perpetrators()).extracting(Perpetrator::mention).contains("Guatemalan army troops");
  }

  @Test
  void people_a_toll_counts_as_killed_are_no_attackers() {
    Incident i = Engines.first("SAN SALVADOR, 4 MAR 90 (AFP) -- [TEXT] AT LEAST EIGHT PERSONS WERE KILLED AND SEVERAL "
        + "INJURED WHEN A CAR BOMB EXPLODED TODAY OUTSIDE A MARKET IN SANTA ANA, THE POLICE REPORTED.", PUBLISHED);

    assertThat(i.casualties().killed().value()).isEqualTo(8);
    assertThat(i.perpetrators()).extracting(Perpetrator::individuals).doesNotContain("AT LEAST EIGHT PERSONS");
  }

  @Test
  void a_word_for_fighters_that_qualifies_a_noun_describes_no_people_but_a_band_of_them_does() {
    Incident groups = Engines.first("BOGOTA, 4 MAR 90 (RADIO) -- [TEXT] PARAMILITARY GROUPS MURDERED FIVE PEASANTS IN "
        + "URABA YESTERDAY, THE POLICE REPORTED.", PUBLISHED);
    Incident column = Engines.first("SAN SALVADOR, 4 MAR 90 (RADIO) -- [TEXT] A GUERRILLA COLUMN ATTACKED THE TOWN OF SAN "
        + "MIGUEL YESTERDAY AND BURNED THE MAYOR'S OFFICE.", PUBLISHED);

    assertThat(groups.perpetrators()).extracting(Perpetrator::individuals).doesNotContain("PARAMILITARY");
    assertThat(column.perpetrators()).extracting(Perpetrator::individuals).contains("GUERRILLA COLUMN");
  }
}
