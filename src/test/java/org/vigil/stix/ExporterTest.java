package org.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExporterTest {

  private final StixMapper green = Fixtures.mapper(new InMemoryStixIds());

  private List<StixObject> export(IncidentSource source, ExportQuery q) {
    return export(source, q, green);
  }

  private static List<StixObject> export(IncidentSource source, ExportQuery q, StixMapper mapper) {
    return new StixExporter(source).export(q, mapper.producer(Fixtures.NOW));
  }

  @Test
  void the_bundle_starts_with_the_markings_extension_and_producer_it_needs() {
    List<StixObject> out = export(new ExtractionSource(List.of(Fixtures.kabulBombing()), green, Fixtures.NOW),
        ExportQuery.all());
    Set<String> ids = out.stream().map(StixObject::id).collect(Collectors.toSet());
    assertThat(ids).contains(Tlp.GREEN.markingId(), Tlp.CLEAR.markingId(), VigilExtension.ID,
        VigilExtension.PROJECT_ID, green.producer(Fixtures.NOW).id());
    assertThat(ids).hasSameSizeAs(out);
  }

  @Test
  void objects_above_the_tlp_limit_are_left_out_with_every_reference_to_them() {
    StixIds ids = new InMemoryStixIds();
    StixMapper red = new StixMapper(Fixtures.REGISTRIES, ids, new StixConfig("Vigil", Tlp.RED));
    List<StixObject> all = new ArrayList<>(red.map(Fixtures.kabulBombing(), Fixtures.NOW));
    // the incident itself is shared at GREEN; everything else stays RED
    StixObject incident = all.stream().filter(o -> o.type().equals("incident")).findFirst().orElseThrow();
    ObjectNode j = incident.json();
    j.putArray("object_marking_refs").add(Tlp.GREEN.markingId());
    all.set(all.indexOf(incident), StixObject.of(j));
    List<StixObject> out = export(q -> all, new ExportQuery(null, Tlp.AMBER), red);
    Set<String> ids2 = out.stream().map(StixObject::id).collect(Collectors.toSet());
    assertThat(ids2).contains(incident.id());
    assertThat(out).allSatisfy(o -> assertThat(o.tlp().orElse(Tlp.CLEAR).above(Tlp.AMBER)).isFalse());
    assertThat(out).allSatisfy(o -> assertThat(ids2).containsAll(DependencyOrder.refs(o).stream()
        .filter(r -> !r.startsWith("marking-definition--")).toList()));
    assertThat(out).noneMatch(o -> o.type().equals("relationship") || o.type().equals("report"));
  }

  @Test
  void since_leaves_out_objects_last_modified_before_it() {
    List<StixObject> all = green.map(Fixtures.kabulBombing(), Fixtures.NOW);
    List<StixObject> later = export(q -> all, new ExportQuery(Fixtures.NOW.plusSeconds(1), Tlp.RED));
    assertThat(later).noneMatch(o -> o.type().equals("incident"));
    List<StixObject> earlier = export(q -> all, new ExportQuery(Instant.parse("2024-04-20T00:00:00Z"), Tlp.RED));
    assertThat(earlier).anyMatch(o -> o.type().equals("incident"));
  }

  @Test
  void a_report_that_cannot_be_mapped_is_reported_and_the_others_are_still_exported() {
    InMemoryStixIds good = new InMemoryStixIds();
    StixIds broken = (type, key) -> key.contains("r2") ? type + "--not-a-uuid" : good.idFor(type, key);
    StixMapper mapper = new StixMapper(Fixtures.REGISTRIES, broken, StixConfig.defaults());
    List<String> problems = new ArrayList<>();
    List<StixObject> out = new ExtractionSource(List.of(Fixtures.arrest(), Fixtures.kabulBombing()), mapper,
        Fixtures.NOW, problems::add).objects(ExportQuery.all());
    assertThat(problems).singleElement().asString().startsWith("report r2: cannot be mapped to STIX: ")
        .contains("not-a-uuid");
    assertThat(out).anyMatch(o -> o.type().equals("incident"));
  }
}
