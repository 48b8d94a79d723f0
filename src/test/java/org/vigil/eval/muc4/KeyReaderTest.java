package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.Fixtures;
import org.vigil.eval.GoldEntity;

class KeyReaderTest {

  private final List<Diagnostic> problems = new ArrayList<>();

  private List<KeyTemplate> keys() throws IOException {
    return KeyReader.parse("key", Files.readString(Fixtures.resource("muc4/key-vigil-9001.muc4")), problems::add);
  }

  @Test
  void reads_every_template_with_its_message_id_type_and_stage() throws IOException {
    List<KeyTemplate> t = keys();
    assertThat(t).extracting(KeyTemplate::messageId).containsExactly("DEV-MUC3-9001", "DEV-MUC3-9002", "DEV-MUC3-9003");
    assertThat(t.get(0).type()).isEqualTo("BOMBING");
    assertThat(t.get(0).stage()).isEqualTo("ACCOMPLISHED");
    assertThat(problems).isEmpty();
  }

  @Test
  void alternatives_separated_by_a_slash_are_mentions_of_one_entity() throws IOException {
    assertThat(keys().get(0).roles().get(Role.PERP_ORGANIZATION))
        .containsExactly(GoldEntity.of("NATIONAL LIBERATION ARMY", "ELN"));
  }

  @Test
  void an_irrelevant_message_has_one_empty_template() throws IOException {
    KeyTemplate t = keys().get(1);
    assertThat(t.empty()).isTrue();
    assertThat(t.roles().values()).allMatch(List::isEmpty);
  }

  @Test
  void optional_fillers_and_indented_further_fillers_are_read() throws IOException {
    assertThat(keys().get(2).roles().get(Role.PHYSICAL_TARGET)).containsExactly(
        new GoldEntity(List.of("CAR"), true), GoldEntity.of("MAYOR'S CAR"));
  }

  @Test
  void names_are_human_targets_and_descriptions_keep_the_strings_before_a_cross_reference() throws IOException {
    assertThat(keys().get(2).roles().get(Role.HUMAN_TARGET)).containsExactly(GoldEntity.of("JOSE ANTONIO RIVAS"));
    assertThat(keys().get(2).roles().get(Role.HUMAN_TARGET_DESCRIPTION)).containsExactly(
        GoldEntity.of("MAYOR"), GoldEntity.of("BYSTANDERS"));
  }

  @Test
  void a_line_that_is_no_slot_is_a_diagnostic_with_its_line() {
    KeyReader.parse("k", "0.  MESSAGE: ID    DEV-MUC3-0001\nGARBAGE\n", problems::add);
    assertThat(problems).extracting(Diagnostic::toString)
        .containsExactly("k:2: line 'GARBAGE' is neither a numbered slot nor an indented filler; skipped");
  }
}
