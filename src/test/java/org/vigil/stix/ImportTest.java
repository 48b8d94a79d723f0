package org.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final InMemorySink sink = new InMemorySink();

  private static List<StixObject> exported() {
    StixMapper mapper = Fixtures.mapper(new InMemoryStixIds());
    return new StixExporter(new ExtractionSource(List.of(Fixtures.kabulBombing(), Fixtures.arrest()), mapper,
        Fixtures.NOW)).export(ExportQuery.all(), mapper.producer(Fixtures.NOW));
  }

  private static byte[] bytes(ObjectNode bundle) throws IOException {
    return JSON.writeValueAsBytes(bundle);
  }

  @Test
  void export_then_import_gives_back_the_same_objects() throws Exception {
    List<StixObject> out = exported();
    ImportResult r = StixImporter.withCoreChecks().importInto("b.json", bytes(StixExporter.bundle(out)), sink);
    assertThat(sink.all()).containsExactlyInAnyOrderElementsOf(out);
    assertThat(r.objects()).hasSameSizeAs(out);
    StixObject incident = out.stream().filter(o -> o.type().equals("incident")).findFirst().orElseThrow();
    assertThat(sink.find(incident.id())).contains(incident);
    assertThat(r.summary()).contains("incident 2").contains("0 references to objects outside the bundle");
  }

  @Test
  void objects_come_after_the_objects_they_refer_to() throws Exception {
    List<StixObject> out = new ArrayList<>(exported());
    java.util.Collections.reverse(out);
    ImportResult r = StixImporter.withCoreChecks().read("b.json", bytes(StixExporter.bundle(out)));
    List<String> order = r.objects().stream().map(StixObject::id).toList();
    for (StixObject o : r.objects()) {
      for (String ref : DependencyOrder.refs(o)) {
        if (order.contains(ref) && !ref.equals(o.id())) { // an identity may be its own creator
          assertThat(order.indexOf(ref)).as(o.id() + " -> " + ref).isLessThan(order.indexOf(o.id()));
        }
      }
    }
  }

  @Test
  void unknown_object_types_and_custom_properties_are_kept_as_they_are() throws Exception {
    ObjectNode bundle = StixExporter.bundle(List.of());
    ObjectNode custom = ((ArrayNode) bundle.get("objects")).addObject();
    custom.put("type", "x-acme-widget");
    custom.put("id", "x-acme-widget--2f0e6c1e-1f3b-4a1e-9c7e-6c1b8a7d1e11");
    custom.put("spec_version", "2.1");
    custom.put("created", "2024-01-01T00:00:00.000Z");
    custom.put("modified", "2024-01-01T00:00:00.000Z");
    custom.putObject("x_acme_data").put("depth", 3);
    ImportResult r = StixImporter.withCoreChecks().importInto("b.json", bytes(bundle), sink);
    assertThat(r.unknownTypes()).isEqualTo(1);
    assertThat(sink.find(custom.get("id").asText()).orElseThrow().json()).isEqualTo(custom);
  }

  @Test
  void an_invalid_object_is_reported_with_file_index_id_and_reason_and_nothing_is_stored() throws Exception {
    List<StixObject> out = exported();
    ObjectNode bundle = StixExporter.bundle(out);
    ObjectNode bad = (ObjectNode) bundle.get("objects").get(5);
    bad.put("modified", "yesterday");
    assertThatThrownBy(() -> StixImporter.withCoreChecks().importInto("bad.json", bytes(bundle), sink))
        .isInstanceOfSatisfying(StixImportException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          ImportProblem p = e.problems().get(0);
          assertThat(p.source()).isEqualTo("bad.json");
          assertThat(p.index()).isEqualTo(5);
          assertThat(p.id()).isEqualTo(bad.get("id").asText());
          assertThat(p.reason()).contains("modified 'yesterday' is not a STIX timestamp");
          assertThat(p.toString()).startsWith("bad.json: object 5 (" + bad.get("id").asText() + "): ");
        });
    assertThat(sink.size()).isZero();
  }

  @Test
  void a_sink_failure_leaves_the_in_memory_store_as_it_was() throws Exception {
    StixImporter.withCoreChecks().importInto("a.json", bytes(StixExporter.bundle(exported())), sink);
    int before = sink.size();
    ImportSink failing = objects -> {
      throw new IllegalStateException("disk full");
    };
    assertThatThrownBy(() -> StixImporter.withCoreChecks().importInto("b.json",
        bytes(StixExporter.bundle(exported())), failing)).hasMessage("disk full");
    assertThat(sink.size()).isEqualTo(before);
  }

  @Test
  void two_different_objects_with_one_id_and_version_are_refused() throws Exception {
    ObjectNode bundle = StixExporter.bundle(List.of(Tlp.GREEN.markingDefinition()));
    ObjectNode twin = Tlp.GREEN.markingDefinition().json();
    twin.put("name", "TLP:GREENISH");
    ((ArrayNode) bundle.get("objects")).add(twin);
    assertThatThrownBy(() -> StixImporter.withCoreChecks().read("t.json", bytes(bundle)))
        .hasMessageContaining("object 1").hasMessageContaining("same id and version");
  }

  @Test
  void a_reference_that_is_not_an_id_is_refused() throws Exception {
    ObjectNode bundle = StixExporter.bundle(exported());
    ObjectNode rel = null;
    for (var o : bundle.get("objects")) {
      if (o.get("type").asText().equals("relationship")) {
        rel = (ObjectNode) o;
        break;
      }
    }
    rel.put("target_ref", "somewhere");
    assertThatThrownBy(() -> StixImporter.withCoreChecks().read("r.json", bytes(bundle)))
        .hasMessageContaining("target_ref 'somewhere' is not an id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[]}",
      "{\"type\":\"bundle\",\"id\":\"bundle--5b1c9f3e-6a43-4a43-9d5c-0a1d2b9c7e11\",\"objects\":{}}", "{\"a\":1}"})
  void what_is_not_a_bundle_is_refused_with_the_reason(String content) {
    assertThatThrownBy(() -> StixImporter.withCoreChecks().read("x.json", content.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StixImportException.class).hasMessageStartingWith("x.json: ");
  }

  static Stream<Arguments> examples() throws IOException {
    Path dir = Shared.examples();
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir.resolve("examples"))) {
      files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> out.add(Arguments.of(f)));
    }
    for (String valid : List.of("identity", "identity_custom", "identity_unicode", "identity_warning", "tool",
        "tlp-amber")) {
      out.add(Arguments.of(dir.resolve("validator-cases/" + valid + ".json")));
    }
    out.add(Arguments.of(dir.resolve("tlp2/tlp2-marking-definitions.json")));
    out.add(Arguments.of(dir.resolve("tlp2/tlp1-marking-definitions-stix21-spec.json")));
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void the_oasis_examples_and_valid_cases_import(Path file) throws Exception {
    StixImporter importer = new StixImporter(new CoreChecks().and(SchemaValidator.of(Shared.schemas())));
    ImportResult r = importer.importInto(file.toString(), Files.readAllBytes(file), sink);
    assertThat(r.objects()).isNotEmpty();
    assertThat(sink.size()).isEqualTo(r.objects().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid_braces:not JSON", "invalid_comma:not JSON",
      "invalid_identity:no \"modified\"", "invalid_timestamp:is before created"})
  void the_invalid_validator_cases_are_refused_with_a_reason(String c) throws IOException {
    String[] parts = c.split(":", 2);
    Path file = Shared.examples().resolve("validator-cases/" + parts[0] + ".json");
    StixImporter importer = new StixImporter(new CoreChecks().and(SchemaValidator.of(Shared.schemas())));
    assertThatThrownBy(() -> importer.importInto(file.toString(), Files.readAllBytes(file), sink))
        .isInstanceOf(StixImportException.class).hasMessageContaining(parts[1]);
    assertThat(sink.size()).isZero();
  }

  @Test
  void a_new_version_of_an_incident_is_kept_beside_the_old_one_and_found_as_the_latest() throws Exception {
    StixObject v1 = exported().stream().filter(o -> o.type().equals("incident")).findFirst().orElseThrow();
    ObjectNode changed = v1.json();
    ((ObjectNode) changed.at("/extensions/" + VigilExtension.ID + "/casualties/killed")).put("value", 14);
    StixObject v2 = Versions.next(java.util.Optional.of(v1), StixObject.of(changed));
    assertThat(v2.text("modified").orElseThrow()).isGreaterThan(v1.text("modified").orElseThrow());
    assertThat(v2.text("created")).isEqualTo(v1.text("created"));
    StixImporter.withCoreChecks().importInto("v.json", bytes(StixExporter.bundle(List.of(v2, v1))), sink);
    assertThat(sink.versions(v1.id())).hasSize(2);
    assertThat(sink.find(v1.id())).contains(v2);
  }

  @Test
  void a_marking_reference_to_something_other_than_a_marking_definition_is_refused() throws Exception {
    ObjectNode bundle = StixExporter.bundle(exported());
    ObjectNode incident = null;
    for (var o : bundle.get("objects")) {
      if (o.get("type").asText().equals("incident")) {
        incident = (ObjectNode) o;
        break;
      }
    }
    incident.putArray("object_marking_refs").add(incident.get("created_by_ref").asText());
    assertThatThrownBy(() -> StixImporter.withCoreChecks().read("m.json", bytes(bundle)))
        .hasMessageContaining("object_marking_refs holds 'identity--").hasMessageContaining("expected a marking-definition id");
  }
}
