package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * The phrases the rules propose as role fillers (issue 14): the role model can only choose among
 * them, so a filler cut too short or run into a neighbouring word is lost whatever the model learns.
 */
class RoleCandidatesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(1990, 2, 10);

  /** The words of every candidate phrase of the text, spaces made single. */
  private static List<String> candidates(String text) {
    Doc doc = Engines.bundled().assemble(Report.of("test", text, PUBLISHED)).doc();
    return RoleCandidates.find(doc, 0, doc.tokens.size()).stream()
        .map(c -> doc.words(c.span()).replaceAll("\\s+", " ")).toList();
  }

  @Test
  void a_person_is_proposed_with_the_rank_before_the_name_and_without_it() {
    assertThat(candidates("THE COMMISSION SAID COLONEL ARTURO VELASCO MENA ORDERED THE RAID ON THE VILLAGE."))
        .contains("COLONEL ARTURO VELASCO MENA", "ARTURO VELASCO MENA");
    assertThat(candidates("FORMER MAJOR TOMAS ORTIZ LEON WAS NAMED BY THE WITNESSES."))
        .contains("FORMER MAJOR TOMAS ORTIZ LEON", "TOMAS ORTIZ LEON");
  }

  @Test
  void a_name_of_five_words_or_with_a_particle_is_proposed_whole() {
    assertThat(candidates("GUNMEN KILLED PRESIDENTIAL HOPEFUL MARCOS ANTONIO REYES TELLO IN THE CAPITAL."))
        .contains("MARCOS ANTONIO REYES TELLO");
    assertThat(candidates("THE BODY OF PROFESSOR JULIAN PEREZ Y PEREZ WAS FOUND ON A ROAD."))
        .contains("JULIAN PEREZ Y PEREZ");
  }

  @Test
  void an_amount_or_a_count_before_an_of_phrase_belongs_to_it() {
    assertThat(candidates("THE CAR WAS LOADED WITH 40 KG OF DYNAMITE, POLICE SAID."))
        .contains("40 KG OF DYNAMITE");
    assertThat(candidates("WITNESSES SAID SIX MEMBERS OF THE ARMY OPENED FIRE ON THE BUS."))
        .contains("SIX MEMBERS OF THE ARMY");
  }

  @Test
  void participles_that_describe_stay_before_the_head() {
    assertThat(candidates("HEAVILY ARMED MEN AMBUSHED AN ARMORED VEHICLE OUTSIDE A STATE-OWNED BANK."))
        .contains("HEAVILY ARMED MEN", "ARMORED VEHICLE", "STATE-OWNED BANK");
  }

  @Test
  void words_of_time_dashes_and_modal_verbs_do_not_start_a_phrase() {
    List<String> found = candidates("POLICE DEFUSED THIS AFTERNOON'S CAR BOMB. THE REBELS SAID THEY COULD DESTROY"
        + " STORES. A BOMB HIT THE COMPANY - WHOSE MAIN OFFICES ARE IN TOWN - AT NIGHT.");
    assertThat(found).contains("CAR BOMB", "MAIN OFFICES")
        .noneMatch(s -> s.startsWith("AFTERNOON") || s.startsWith("'") || s.startsWith("S CAR"))
        .noneMatch(s -> s.startsWith("COULD") || s.startsWith("-") || s.startsWith("WHOSE"));
  }

  @Test
  void a_phrase_never_starts_inside_a_group_name_or_at_a_hyphen() {
    List<Incident> found = Engines.incidents("SHINING PATH TERRORISTS DYNAMITED A BRIDGE NEAR AYACUCHO ON FRIDAY.",
        PUBLISHED);
    assertThat(found).flatExtracting(Incident::perpetrators).extracting(Perpetrator::individuals)
        .doesNotContain("PATH TERRORISTS");
    List<Incident> hyphen = Engines.incidents("HEAVILY-ARMED SHINING PATH TERRORISTS DYNAMITED A BRIDGE NEAR AYACUCHO.",
        PUBLISHED);
    assertThat(hyphen).flatExtracting(Incident::perpetrators).extracting(Perpetrator::individuals)
        .isNotEmpty().allMatch(s -> s == null || !s.startsWith("-") && !s.startsWith("PATH"));
    assertThat(candidates("ON 3 JANUARY SHINING PATH TERRORISTS DYNAMITED A BRIDGE.")).contains("SHINING PATH TERRORISTS")
        .noneMatch(s -> s.startsWith("JANUARY"));
  }

  @Test
  void an_owner_before_a_possessive_is_no_word_of_time() {
    List<Incident> found = Engines.incidents("LAST WEEK RAUL MENDEZ'S HOUSE WAS DYNAMITED BY GUERRILLAS IN SANTA ANA.",
        PUBLISHED);
    assertThat(found).flatExtracting(Incident::targets).extracting(Target::text)
        .contains("RAUL MENDEZ'S HOUSE").noneMatch(t -> t.contains("WEEK"));
  }
}
