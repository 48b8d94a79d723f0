package org.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsAndVersionsTest {

  @Test
  void the_same_natural_key_always_gets_the_same_id() {
    StixIds ids = new InMemoryStixIds();
    String a = ids.idFor("incident", "incident:r1#0");
    assertThat(ids.idFor("incident", "incident:r1#0")).isEqualTo(a);
    assertThat(ids.idFor("incident", "incident:r1#1")).isNotEqualTo(a);
    assertThat(ids.idFor("report", "incident:r1#0")).startsWith("report--").isNotEqualTo(a);
  }

  @Test
  void ids_are_uuid_version_4() {
    String id = new InMemoryStixIds().idFor("identity", "x");
    assertThat(UUID.fromString(id.substring("identity--".length())).version()).isEqualTo(4);
  }

  @Test
  void a_bad_type_name_is_refused_with_the_value() {
    assertThatThrownBy(() -> new InMemoryStixIds().idFor("Bad Type", "x")).hasMessageContaining("'Bad Type'");
  }

  @Test
  void timestamps_have_millisecond_precision() {
    assertThat(StixTime.format(Instant.parse("2024-04-20T08:15:00Z"))).isEqualTo("2024-04-20T08:15:00.000Z");
    assertThat(StixTime.format(Instant.parse("2024-04-20T08:15:00.123987Z"))).isEqualTo("2024-04-20T08:15:00.123Z");
    assertThat(StixTime.parse("2024-04-20T08:15:00+01:00")).isEmpty();
  }

  @Test
  void an_unchanged_object_keeps_its_version() {
    StixObject v1 = identity("Police", "2024-01-01T00:00:00.000Z");
    StixObject again = identity("Police", "2024-02-01T00:00:00.000Z");
    assertThat(Versions.next(Optional.of(v1), again)).isEqualTo(v1);
  }

  @Test
  void a_changed_object_gets_a_later_modified_and_keeps_created() {
    StixObject v1 = identity("Police", "2024-01-01T00:00:00.000Z");
    StixObject changed = identity("National Police", "2024-01-01T00:00:00.000Z");
    StixObject v2 = Versions.next(Optional.of(v1), changed);
    assertThat(v2.text("created")).contains("2024-01-01T00:00:00.000Z");
    assertThat(v2.text("modified")).contains("2024-01-01T00:00:00.001Z");
    assertThat(v2.text("name")).contains("National Police");
  }

  @Test
  void a_first_version_is_published_as_it_is() {
    StixObject v1 = identity("Police", "2024-01-01T00:00:00.000Z");
    assertThat(Versions.next(Optional.empty(), v1)).isEqualTo(v1);
  }

  private static StixObject identity(String name, String time) {
    ObjectNode o = Sdo.base("identity", "identity--8c6af861-7b20-41ef-9b59-6344fd872a8f", time, null, Tlp.GREEN);
    o.put("name", name);
    return StixObject.of(o);
  }
}
