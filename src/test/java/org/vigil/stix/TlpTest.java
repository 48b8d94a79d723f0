package org.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TlpTest {

  @Test
  void the_marking_definitions_are_exactly_the_official_oasis_ones() throws IOException {
    JsonNode bundle = new ObjectMapper().readTree(
        Shared.examples().resolve("tlp2/tlp2-marking-definitions.json").toFile());
    int found = 0;
    for (JsonNode o : bundle.get("objects")) {
      if (o.get("type").asText().equals("marking-definition")) {
        Tlp t = Tlp.fromMarkingId(o.get("id").asText()).orElseThrow();
        assertThat(t.markingDefinition().json()).isEqualTo(o);
        found++;
      }
    }
    assertThat(found).isEqualTo(Tlp.values().length);
  }

  @Test
  void the_tlp_1_marking_definitions_of_stix_2_1_read_as_their_tlp_2_equivalents() throws IOException {
    JsonNode bundle = new ObjectMapper().readTree(
        Shared.examples().resolve("tlp2/tlp1-marking-definitions-stix21-spec.json").toFile());
    java.util.Map<String, Tlp> read = new java.util.HashMap<>();
    for (JsonNode o : bundle.get("objects")) {
      read.put(o.get("definition").get("tlp").asText(), Tlp.fromMarkingId(o.get("id").asText()).orElseThrow());
    }
    assertThat(read).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("white", Tlp.CLEAR, "green", Tlp.GREEN,
        "amber", Tlp.AMBER, "red", Tlp.RED));
  }

  @Test
  void levels_are_ordered_from_clear_to_red() {
    assertThat(Tlp.RED.above(Tlp.AMBER_STRICT)).isTrue();
    assertThat(Tlp.AMBER_STRICT.above(Tlp.AMBER)).isTrue();
    assertThat(Tlp.GREEN.above(Tlp.GREEN)).isFalse();
    assertThat(Tlp.CLEAR.above(Tlp.GREEN)).isFalse();
  }

  @Test
  void labels_are_read_in_the_forms_users_write() {
    assertThat(Tlp.fromLabel("amber+strict")).contains(Tlp.AMBER_STRICT);
    assertThat(Tlp.fromLabel("TLP:AMBER+STRICT")).contains(Tlp.AMBER_STRICT);
    assertThat(Tlp.fromLabel("Red")).contains(Tlp.RED);
    assertThat(Tlp.fromLabel("white")).isEmpty();
  }
}
