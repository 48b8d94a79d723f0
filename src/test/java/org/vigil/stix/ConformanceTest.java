package org.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.extract.Extraction;
import org.vigil.extract.Extractor;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.report.ReadLimits;
import org.vigil.report.ReportReader;

/** Everything Vigil exports for the team's test reports matches the official OASIS schemas. */
class ConformanceTest {

  private static List<StixObject> exported;

  @BeforeAll
  static void exportTheTeamReports() throws IOException {
    Extractor engine = Extractor.create(Fixtures.REGISTRIES, new GazetteerGeocoder(Gazetteer.loadDefault()));
    ReportReader reader = new ReportReader(ReadLimits.defaults());
    List<Extraction> xs = new ArrayList<>();
    xs.add(Fixtures.kabulBombing());
    xs.add(Fixtures.arrest());
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/org/vigil/extract/reports"))) {
      for (Path f : files.sorted().toList()) {
        reader.read(f, null, r -> xs.add(engine.extract(r)), p -> { });
      }
    }
    StixMapper mapper = Fixtures.mapper(new InMemoryStixIds());
    exported = new StixExporter(new ExtractionSource(xs, mapper, Fixtures.NOW))
        .export(ExportQuery.all(), mapper.producer(Fixtures.NOW));
  }

  @Test
  void every_exported_object_validates_against_the_oasis_schemas() {
    SchemaValidator v = SchemaValidator.of(Shared.schemas());
    assertThat(exported).hasSizeGreaterThan(100);
    assertThat(exported).allSatisfy(o -> assertThat(v.problems(o.json())).as(o.id()).isEmpty());
  }

  @Test
  void every_exported_object_passes_the_interoperability_profile() {
    SchemaValidator v = SchemaValidator.interop(Shared.schemas(), Shared.interop());
    assertThat(exported).allSatisfy(o -> assertThat(v.problems(o.json())).as(o.id()).isEmpty());
  }

  @Test
  void no_exported_object_has_a_custom_top_level_property() {
    assertThat(exported).allSatisfy(o -> assertThat(o.json().fieldNames()).toIterable()
        .as(o.id()).noneMatch(f -> f.startsWith("x_")));
  }

  @Test
  void every_exported_object_passes_the_import_checks() {
    CoreChecks checks = new CoreChecks();
    assertThat(exported).allSatisfy(o -> assertThat(checks.problems(o.json())).as(o.id()).isEmpty());
  }

  @Test
  void the_incident_extensions_validate_against_the_published_extension_schema() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(VigilExtension.schema());
    ObjectMapper json = new ObjectMapper();
    List<StixObject> incidents = exported.stream().filter(o -> o.type().equals("incident")).toList();
    assertThat(incidents).hasSizeGreaterThan(20);
    for (StixObject i : incidents) {
      String x = json.writeValueAsString(i.get("extensions").orElseThrow().get(VigilExtension.ID));
      assertThat(schema.validate(x, InputFormat.JSON)).as(i.id()).isEmpty();
    }
  }

  @Test
  void the_extension_definition_carries_its_schema_in_full() throws IOException {
    StixObject def = VigilExtension.definition();
    assertThat(new ObjectMapper().readTree(def.text("schema").orElseThrow()).get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(exported).contains(def);
  }
}
