package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * A road or highway named after "on", "at" or "in" says where an incident happened, not what was
 * attacked (a class of MUC-4 false targets); a road that was blocked, mined or blown up is still
 * a target. Sentences of our own.
 */
class RoadPlacesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 11);

  private static List<String> targets(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
    assertThat(incidents).isNotEmpty();
    return incidents.stream().flatMap(i -> i.targets().stream()).map(Target::text).toList();
  }

  @Test
  void a_road_where_vehicles_were_burned_is_no_target() {
    assertThat(targets("Rebels burned two buses on the Northern Trunk Highway near Tumaco, Colombia, on Monday."))
        .noneMatch(t -> t.toLowerCase().contains("highway"));
    assertThat(targets("REBELS BURNED TWO BUSES ON THE NORTHERN TRUNK HIGHWAY NEAR TUMACO, COLOMBIA, ON MONDAY."))
        .noneMatch(t -> t.toLowerCase().contains("highway"));
  }

  @Test
  void a_road_where_people_were_ambushed_or_killed_is_no_target() {
    assertThat(targets("GUERRILLAS AMBUSHED AN ARMY CONVOY AT KM 12 OF THE COASTAL ROAD IN USULUTAN DEPARTMENT, "
        + "EL SALVADOR, KILLING THREE SOLDIERS."))
        .noneMatch(t -> t.toLowerCase().contains("road"));
    assertThat(targets("Gunmen shot dead a judge in his car while he was on the Cali-Buga road in Colombia on Monday."))
        .noneMatch(t -> t.toLowerCase().contains("road"));
  }

  @Test
  void a_road_that_was_blown_up_is_a_target() {
    assertThat(targets("REBELS BLEW UP THE HIGHWAY LINKING TUMACO WITH PASTO, COLOMBIA, ON MONDAY."))
        .anyMatch(t -> t.toLowerCase().contains("highway"));
  }
}
