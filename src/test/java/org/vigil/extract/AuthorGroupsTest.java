package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Which group a report names as the author (issue 14, classes found on real summaries): an
 * organisation that says whom a victim or a building belongs to is not who attacked (a council
 * member's council, a candidate's party), a group that claims or is blamed stays the author, and
 * the Islamic State's provinces written "the X Province of the Islamic State" are that province,
 * not the parent whose name ends the phrase.
 */
class AuthorGroupsTest {

  private static List<String> groups(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, LocalDate.of(2024, 4, 11))).incidents();
    assertThat(incidents).isNotEmpty();
    return incidents.get(0).perpetrators().stream().filter(p -> p.group() != null).map(Perpetrator::group).toList();
  }

  @Test
  void the_body_a_victim_belongs_to_is_no_perpetrator() {
    assertThat(groups("Gunmen shot dead Ravi Kumar, a former Zila Parishad Council member, in Gaya, Bihar, India, on "
        + "Tuesday. No group claimed responsibility.")).isEmpty();
    assertThat(groups("Gunmen abducted Musa Bello, the Gusau Local Government Council Chairman, in Gusau, Zamfara, "
        + "Nigeria, on Tuesday.")).isEmpty();
  }

  @Test
  void a_party_whose_office_was_attacked_is_no_perpetrator() {
    assertThat(groups("Assailants set fire to the office of the Awami League's candidate in Khulna, Bangladesh, on "
        + "Tuesday. No casualties were reported.")).isEmpty();
  }

  @Test
  void a_group_that_claims_the_attack_stays_its_author() {
    assertThat(groups("A bomb killed Abdi Warsame, a district council member, in Baidoa, Somalia, on Tuesday. "
        + "Al-Shabaab claimed responsibility for the attack.")).containsExactly("Al-Shabaab");
  }

  @Test
  void a_province_written_before_the_parent_is_the_province() {
    assertThat(groups("Gunmen killed five miners near Mach, Balochistan, Pakistan, on Tuesday. The Pakistan Province "
        + "of the Islamic State claimed responsibility.")).containsExactly("Islamic State Pakistan Province");
    assertThat(groups("Militants attacked an army post near Marawi, Philippines, on Tuesday. The East Asia Province of "
        + "the Islamic State claimed the attack.")).containsExactly("Islamic State East Asia Province");
  }
}
