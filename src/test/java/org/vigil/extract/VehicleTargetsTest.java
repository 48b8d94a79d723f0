package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Vehicles that were attacked are targets (issue 14, a class of MUC-4 and GTD misses), after the
 * incident's other targets; the attackers' own vehicles are not. Sentences of our own.
 */
class VehicleTargetsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 11);

  private static Incident first(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
    assertThat(incidents).isNotEmpty();
    return incidents.get(0);
  }

  private static List<String> targets(String text) {
    return first(text).targets().stream().map(Target::text).toList();
  }

  @Test
  void a_vehicle_burned_or_hit_is_a_target() {
    assertThat(targets("Rebels killed a farmer near Tumaco, Colombia, on Monday and burned a fuel truck."))
        .contains("fuel truck");
    assertThat(targets("A bomb exploded under the mayor's car in Popayan, Colombia, on Monday, wounding his driver."))
        .anyMatch(t -> t.endsWith("car"));
  }

  @Test
  void a_grenade_that_hit_a_car_is_a_bombing_of_it() {
    Incident i = first("A grenade hit the mayor's car in Popayan, Colombia, on Monday, wounding his driver.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.targets()).extracting(Target::text).anyMatch(t -> t.endsWith("car"));
  }

  @Test
  void a_vehicle_packed_with_explosives_is_a_bombing_of_what_it_hit() {
    Incident i = first("A car packed with explosives hit the gate of a hotel in Mogadishu, Somalia, on Monday.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.targets()).extracting(Target::text).anyMatch(t -> t.contains("hotel")).noneMatch(t -> t.equals("car"));
  }

  @Test
  void the_vehicles_listed_after_one_are_targets_too() {
    assertThat(targets("Guerrillas burned three vehicles near Tumaco, Colombia, on Monday: an ambulance, a fuel "
        + "truck and a station wagon.")).contains("ambulance", "fuel truck", "station wagon");
  }

  @Test
  void the_vehicles_listed_after_a_dash_written_against_the_word_are_targets_too() {
    assertThat(targets("POPAYAN, 5 MAR 90 -- [TEXT] THE GUERRILLAS ALSO BURNED THREE VEHICLES AT THE ENTRANCE OF THE TOWN OF TIMBIO-- A RED "
        + "CROSS AMBULANCE, A TANK TRUCK CARRYING DIESEL, AND A PICKUP.")).anyMatch(t -> t.endsWith("AMBULANCE"))
        .contains("PICKUP");
  }

  @Test
  void a_vehicle_follows_the_other_targets_and_takes_the_type_of_its_force() {
    assertThat(first("Gunmen burned a car and attacked a school in Tumaco, Colombia, on Monday.").targets())
        .extracting(Target::type).containsExactly(TargetType.EDUCATIONAL, TargetType.PRIVATE_CITIZENS);
    assertThat(first("Rebels torched a National Guard jeep near Tumaco, Colombia, on Monday.").targets())
        .anyMatch(t -> t.text().endsWith("jeep") && t.type() == TargetType.MILITARY);
  }

  @Test
  void the_attackers_vehicles_are_no_targets() {
    assertThat(targets("Gunmen in a car opened fire on a crowd in Cucuta, Colombia, on Monday, killing two."))
        .noneMatch(t -> t.contains("car"));
    assertThat(targets("A car bomb exploded outside a police station in Cucuta, Colombia, on Monday."))
        .noneMatch(t -> t.equals("car"));
    assertThat(targets("Rebels set fire to a car dealership in Cucuta, Colombia, on Monday."))
        .containsExactly("car dealership");
  }
}
