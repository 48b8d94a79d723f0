package org.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaValidatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static SchemaValidator validator() {
    return SchemaValidator.of(Shared.schemas());
  }

  @ParameterizedTest
  @EnumSource(Tlp.class)
  void the_official_tlp_marking_definitions_are_valid(Tlp tlp) {
    assertThat(validator().problems(tlp.markingDefinition().json())).isEmpty();
  }

  @Test
  void a_valid_identity_from_the_validator_cases_passes() throws IOException {
    ObjectNode o = (ObjectNode) JSON.readTree(Shared.examples().resolve("validator-cases/identity.json").toFile());
    assertThat(validator().problems(o)).isEmpty();
  }

  @Test
  void an_identity_without_modified_fails_and_the_reason_names_the_property() throws IOException {
    ObjectNode o = (ObjectNode) JSON.readTree(
        Shared.examples().resolve("validator-cases/invalid_identity.json").toFile());
    assertThat(validator().problems(o)).anySatisfy(p -> assertThat(p).contains("modified"));
  }

  @Test
  void a_uuid_v7_id_is_rejected() throws IOException {
    ObjectNode o = (ObjectNode) JSON.readTree(Shared.examples().resolve("validator-cases/identity.json").toFile());
    o.put("id", "identity--01890a5d-ac96-774b-bcce-b302099a8057");
    assertThat(validator().problems(o)).isNotEmpty();
  }

  @Test
  void the_extension_definition_and_project_identity_are_valid() {
    assertThat(validator().problems(VigilExtension.definition().json())).isEmpty();
    assertThat(validator().problems(VigilExtension.project().json())).isEmpty();
  }

  @Test
  void a_folder_without_the_schemas_is_refused_with_its_name(@org.junit.jupiter.api.io.TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaValidator.of(dir))
        .hasMessageContaining(dir.toString()).hasMessageContaining("common/core.json");
  }

  @Test
  void a_schema_outside_the_local_copy_is_never_fetched(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    java.nio.file.Files.createDirectories(dir.resolve("common"));
    java.nio.file.Files.writeString(dir.resolve("common/core.json"), "{\"$id\": \"" + SchemaValidator.SCHEMA_BASE
        + "common/core.json\", \"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"$ref\": \"https://example.invalid/elsewhere.json\"}");
    ObjectNode o = JSON.createObjectNode().put("type", "x-custom").put("id", "x-custom--8c6af861-7b20-41ef-9b59-6344fd872a8f");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaValidator.of(dir).problems(o))
        .hasStackTraceContaining("is not fetched from the network");
  }
}
