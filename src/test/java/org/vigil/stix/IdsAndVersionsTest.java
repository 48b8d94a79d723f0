package org.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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

  @Test
  void the_content_digest_is_that_of_the_sorted_text_without_version_stamps_as_stored_digests_were_made() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", "note");
    o.put("id", "note--8c6af861-7b20-41ef-9b59-6344fd872a8f");
    o.put("modified", "2024-02-01T00:00:00.000Z");
    o.put("created", "2024-01-01T00:00:00.000Z");
    o.put("content", "a \"quoted\" line\nand a tab\t, \u0001, caf\u00e9");
    o.putArray("object_refs").add("identity--1").add("identity--2");
    ObjectNode nested = o.putObject("extensions").putObject("x");
    nested.put("z", 2.5);
    nested.put("modified", true);
    nested.putNull("a");
    String text = "{\"content\":\"a \\\"quoted\\\" line\\nand a tab\\t, \\u0001, caf\u00e9\","
        + "\"extensions\":{\"x\":{\"a\":null,\"modified\":true,\"z\":2.5,},},"
        + "\"id\":\"note--8c6af861-7b20-41ef-9b59-6344fd872a8f\",\"object_refs\":[\"identity--1\",\"identity--2\",],"
        + "\"type\":\"note\",}";

    assertThat(Versions.contentHash(StixObject.of(o))).isEqualTo(sha256(text));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StixObject identity(String name, String time) {
    ObjectNode o = Sdo.base("identity", "identity--8c6af861-7b20-41ef-9b59-6344fd872a8f", time, null, Tlp.GREEN);
    o.put("name", name);
    return StixObject.of(o);
  }
}
