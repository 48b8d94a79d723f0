package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What an earlier attack hit ("responding to earlier attacks on power pylons") is that attack's
 * target, not the target of the attack on those who responded; the same words as the attack's own
 * object stay its target.
 */
class EarlierEventTargetsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 12);

  @Test
  void a_patrol_bombed_while_responding_to_earlier_attacks_on_pylons_is_the_only_target() {
    Incident i = Engines.first("A roadside bomb hit a police patrol responding to earlier attacks on power pylons near "
        + "Kirkuk, Iraq. No one was hurt.", PUBLISHED);
    assertThat(i.targets()).extracting(Target::text).contains("police patrol").doesNotContain("power pylons");
  }

  @Test
  void pylons_bombed_are_the_target() {
    Incident i = Engines.first("A roadside bomb hit power pylons near Kirkuk, Iraq. No one was hurt.", PUBLISHED);
    assertThat(i.targets()).extracting(Target::text).anyMatch(t -> t.contains("pylons"));
  }
}
