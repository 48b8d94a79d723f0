package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Classes of errors found by probing the engine with ordinary reports of violence (issue 14,
 * "extraction that is right on real news"), each with short reports of our own in the style of
 * wire news.
 */
class ViolentNewsClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 6);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void a_train_derailed_with_explosives_was_bombed() {
    Incident i = first("Militants derailed a passenger train with explosives near Quetta, killing six.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.casualties().killed().value()).isEqualTo(6);
  }

  @Test
  void a_pipeline_sabotaged_with_explosives_was_bombed() {
    Incident i = first("Insurgents sabotaged a gas pipeline in the Sinai with explosives on Monday, officials said.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
  }

  @Test
  void a_train_derailed_by_other_means_was_an_attack_on_the_railway() {
    Incident i = first("Rebels derailed a freight train near Bhopal by removing bolts from the track, police said.");
    assertThat(i.type()).isEqualTo(IncidentType.FACILITY_ATTACK);
  }
}
