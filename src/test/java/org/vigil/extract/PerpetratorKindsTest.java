package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Attackers a report describes by a generic kind rather than a named group (issue 14): the
 * record says which kind, keeps the words, and tells it apart from the people attacked.
 */
class PerpetratorKindsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 2);

  private static List<Perpetrator> perpetrators(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
    assertThat(incidents).isNotEmpty();
    return incidents.get(0).perpetrators();
  }

  @Test
  void attackers_blamed_on_islamist_militants_are_of_that_kind_with_their_description_kept() {
    List<Perpetrator> p = perpetrators("Gunmen raided a gendarmerie post near Djibo, Burkina Faso, on Sunday, "
        + "killing six gendarmes. Nobody said it was behind the raid; officials blamed Islamist militants.");
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.category()).isEqualTo("Muslim extremists");
      assertThat(x.group()).isNull();
      assertThat(x.mention()).isEqualTo("Islamist militants");
      assertThat(x.individuals()).isEqualTo("Gunmen");
    });
  }

  @Test
  void settlers_who_attacked_a_village_are_its_perpetrators() {
    List<Perpetrator> p = perpetrators("Israeli settlers attacked homes in a village south of Nablus on Friday, "
        + "injuring two farmers.");
    assertThat(p).extracting(Perpetrator::category).contains("Israeli settlers");
  }

  @Test
  void herdsmen_are_not_given_an_ethnicity_the_report_does_not_write() {
    List<Perpetrator> p = perpetrators("Suspected herdsmen attacked a village in Benue, Nigeria, on Monday, "
        + "killing seven people.");
    assertThat(p).extracting(Perpetrator::category).doesNotContain("Fulani extremists");
  }

  @Test
  void settlers_who_were_attacked_are_not_the_perpetrators() {
    List<Perpetrator> p = perpetrators("A gunman opened fire on Israeli settlers near Nablus on Friday, "
        + "injuring two of them.");
    assertThat(p).extracting(Perpetrator::category).doesNotContain("Israeli settlers");
  }

  @Test
  void a_kind_that_only_describes_a_named_group_gives_way_to_the_group() {
    List<Perpetrator> p = perpetrators("A car bomb killed four people in Bilbao, Spain, on Monday. "
        + "Police blamed the Basque separatist group ETA.");
    assertThat(p).extracting(Perpetrator::category).doesNotContain("Separatists");
  }

  @Test
  void a_militia_backed_by_a_state_is_a_kind_of_its_own() {
    List<Perpetrator> p = perpetrators("Two rockets struck near the airport in Erbil, Iraq, on Tuesday, wounding "
        + "a contractor. Officials suspected an Iran-backed militia.");
    assertThat(p).extracting(Perpetrator::category).contains("Iran-backed militia");
  }

  @Test
  void a_group_whose_members_were_attacked_is_not_the_attacker_under_its_acronym_either() {
    assertThat(perpetrators("Gunmen attacked members of the Popular Mobilization Forces (PMF) near Baiji, Saladin, "
        + "Iraq, on Sunday. One PMF fighter was killed.")).noneMatch(x -> "Popular Mobilization Forces".equals(x.group()));
    assertThat(perpetrators("Gunmen ambushed a convoy of the Popular Mobilization Forces near Baiji, Saladin, Iraq, "
        + "on Sunday.")).noneMatch(x -> "Popular Mobilization Forces".equals(x.group()));
  }

  @Test
  void a_kind_of_attackers_the_codebook_names_makes_an_attack_told_by_a_weak_verb_an_incident() {
    assertThat(perpetrators("Israeli settlers attacked two Palestinian farmers near Burin, West Bank, on Monday."))
        .extracting(Perpetrator::category).contains("Israeli settlers");
    assertThat(perpetrators("Hindu nationalists attacked a church in Udupi, Karnataka, India, on Sunday."))
        .extracting(Perpetrator::category).contains("Hindu extremists");
    assertThat(perpetrators("Settlers attacked and injured three shepherds near Burin, West Bank, on Monday."))
        .extracting(Perpetrator::mention).contains("Settlers");
  }

  @Test
  void a_malformed_line_of_the_list_is_named() {
    assertThatThrownBy(() -> PerpetratorKinds.parse("kinds.tsv", "Anarchists\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinds.tsv:1");
  }

  @Test
  void hired_assassins_are_the_attackers_not_the_victims() {
    List<Incident> all = Engines.bundled().extract(Report.of("test", "A magistrate and her driver were shot dead "
        + "in Cucuta on Tuesday by a group of six paid assassins riding motorcycles.", PUBLISHED)).incidents();
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.perpetrators()).extracting(Perpetrator::mention).anyMatch(m -> m.contains("paid assassins"));
      assertThat(i.victims()).extracting(Victim::text).noneMatch(v -> v.contains("assassins"));
    });
  }
}

