package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * People and property named by the state force they belong to take the force's kind as their
 * target type (issue 14, target-type round five); a post anyone armed may hold is the post of the
 * people harmed there. Sentences of our own.
 */
class ForceTargetsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

  private static List<Target> targets(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("force", text, PUBLISHED)).incidents();
    assertThat(incidents).as(text).isNotEmpty();
    return incidents.get(0).targets();
  }

  private static TargetType targetType(String text) {
    List<Target> targets = targets(text);
    assertThat(targets).as(text).isNotEmpty();
    return targets.get(0).type();
  }

  @Test
  void a_member_or_vehicle_of_an_intelligence_service_is_a_government_target() {
    assertThat(targetType("Gunmen shot dead a National Directorate of Security (NDS) officer in Herat, Afghanistan, "
        + "on Monday.")).isEqualTo(TargetType.GOVERNMENT);
    assertThat(targetType("A sticky bomb hit a vehicle of the National Directorate of Security in Ghazni, "
        + "Afghanistan, on Monday, wounding two of its staff.")).isEqualTo(TargetType.GOVERNMENT);
  }

  @Test
  void a_paramilitary_force_is_military_and_a_force_called_police_is_police() {
    assertThat(targetType("A bomb struck a Pakistan Rangers vehicle in Karachi, Pakistan, on Monday, wounding two men."))
        .isEqualTo(TargetType.MILITARY);
    assertThat(targetType("Gunmen opened fire on Central Reserve Police Force personnel in Srinagar, India, on Monday."))
        .isEqualTo(TargetType.POLICE);
  }

  @Test
  void a_checkpoint_of_a_police_force_is_the_polices() {
    assertThat(targetType("Militants attacked a Kurdish Asayish checkpoint near Hasakah, Syria, on Monday, killing "
        + "two guards.")).isEqualTo(TargetType.POLICE);
  }

  @Test
  void a_force_named_as_the_author_of_strikes_is_no_target() {
    assertThat(targets("Militants fired a rocket at a market in Sderot, Israel, on Monday, wounding two shoppers, in "
        + "revenge for Israel Defense Forces (IDF) strikes on Gaza.")).extracting(Target::type)
        .doesNotContain(TargetType.MILITARY);
  }

  @Test
  void a_security_post_where_militiamen_or_intelligence_officers_fell_is_theirs() {
    assertThat(targetType("Insurgents attacked a security outpost in Ghazni, Afghanistan, on Monday. Three "
        + "pro-government militia members were killed.")).isEqualTo(TargetType.NON_STATE_MILITIA);
    assertThat(targetType("Insurgents attacked a security checkpoint in Kunduz, Afghanistan, on Monday. Two "
        + "National Directorate of Security (NDS) officers were killed.")).isEqualTo(TargetType.GOVERNMENT);
  }

  @Test
  void an_army_base_stays_the_armys_whoever_fell_there() {
    assertThat(targetType("Insurgents attacked an army base in Ghazni, Afghanistan, on Monday. Three pro-government "
        + "militia members were killed.")).isEqualTo(TargetType.MILITARY);
  }

  @Test
  void forces_that_intercepted_or_defused_the_device_are_not_its_target() {
    assertThat(targets("Security forces intercepted an explosives-laden drone aimed at civilians in Jizan, Saudi "
        + "Arabia, on Monday.")).extracting(Target::type).doesNotContain(TargetType.MILITARY);
    assertThat(targetType("Soldiers discovered and safely defused a bomb planted outside a school in Mosul, Iraq, on "
        + "Monday.")).isEqualTo(TargetType.EDUCATIONAL);
  }
}
