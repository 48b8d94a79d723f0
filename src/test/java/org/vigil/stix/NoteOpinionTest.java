package org.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteOpinionTest {

  private final StixIds ids = new InMemoryStixIds();
  private final Instant t = Fixtures.NOW;
  private final String author = ids.idFor("identity", "org:partner");
  private final String incident = ids.idFor("incident", "incident:r1#0");

  private Note note(String content, List<String> refs) {
    return new Note(ids.idFor("note", "n1"), t, t, author, Tlp.AMBER, "Check", content, List.of("A. Analyst"), refs);
  }

  @Test
  void a_note_is_a_valid_stix_note() {
    StixObject o = note("Second source confirms the toll.", List.of(incident)).toStix();
    assertThat(o.type()).isEqualTo("note");
    assertThat(o.text("content")).contains("Second source confirms the toll.");
    assertThat(o.tlp()).contains(Tlp.AMBER);
    assertThat(new CoreChecks().problems(o.json())).isEmpty();
    assertThat(SchemaValidator.of(Shared.schemas()).problems(o.json())).isEmpty();
  }

  @Test
  void an_opinion_is_a_valid_stix_opinion() {
    StixObject o = new Opinion(ids.idFor("opinion", "o1"), t, t, author, Tlp.GREEN, Opinion.Value.STRONGLY_AGREE,
        "Matches our records.", List.of(), List.of(incident)).toStix();
    assertThat(o.text("opinion")).contains("strongly-agree");
    assertThat(SchemaValidator.of(Shared.schemas()).problems(o.json())).isEmpty();
  }

  @Test
  void a_note_about_nothing_is_refused() {
    assertThatThrownBy(() -> note("x", List.of())).hasMessageContaining("refers to 0 objects, expected 1 to");
  }

  @Test
  void a_blank_note_is_refused() {
    assertThatThrownBy(() -> note("  ", List.of(incident))).hasMessageContaining("content");
  }

  @Test
  void a_note_with_a_bad_reference_is_refused_naming_it() {
    assertThatThrownBy(() -> note("x", List.of("incident-1"))).hasMessageContaining("'incident-1'");
  }

  @Test
  void an_opinion_with_a_v7_id_is_refused() {
    assertThatThrownBy(() -> new Opinion("opinion--01890a5d-ac96-774b-bcce-b302099a8057", t, t, author, Tlp.GREEN,
        Opinion.Value.AGREE, null, List.of(), List.of(incident))).hasMessageContaining("opinion--UUIDv4");
  }
}
