package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * A place named only as where the victims belong ("the rector of the university", "priests from
 * the college") is named with them: the target is those people, typed by their place; a place
 * that was attacked stays the target. Sentences of our own.
 */
class AffiliationsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 11);

  private static List<Target> targets(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
    assertThat(incidents).isNotEmpty();
    return incidents.stream().flatMap(i -> i.targets().stream()).toList();
  }

  @Test
  void the_university_of_a_murdered_rector_names_the_rector() {
    assertThat(targets("GUNMEN SHOT DEAD JUAN PEREZ, RECTOR OF THE SAN MARCOS NATIONAL UNIVERSITY, IN LIMA, PERU, "
        + "ON MONDAY."))
        .anyMatch(t -> t.text().equals("RECTOR OF THE SAN MARCOS NATIONAL UNIVERSITY")
            && t.type() == TargetType.EDUCATIONAL)
        .noneMatch(t -> t.text().endsWith("SAN MARCOS NATIONAL UNIVERSITY") && !t.text().startsWith("RECTOR"));
  }

  @Test
  void the_college_the_victims_came_from_names_them() {
    assertThat(targets("Soldiers killed four priests from the Santa Rosa College in Tumaco, Colombia, on Monday."))
        .extracting(Target::text).noneMatch(t -> t.equals("Santa Rosa College"));
  }

  @Test
  void the_person_named_with_their_place_is_one_target_not_two() {
    assertThat(targets("An official of the World Bank was shot dead in Kabul, Afghanistan, on Monday."))
        .extracting(Target::text).containsExactly("official of the World Bank");
  }

  @Test
  void the_court_of_a_murdered_magistrate_names_the_magistrate() {
    assertThat(targets("A High Court magistrate was assassinated in Medellin, Colombia, on Monday."))
        .containsExactly(new Target(TargetType.GOVERNMENT, "High Court magistrate"));
  }

  @Test
  void a_university_that_was_bombed_is_the_target() {
    assertThat(targets("A bomb exploded at the gate of the National University in Lima, Peru, on Monday."))
        .extracting(Target::text).anyMatch(t -> t.endsWith("National University"));
  }
}
