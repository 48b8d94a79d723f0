package org.vigil.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StixMapperTest {

  private final StixIds ids = new InMemoryStixIds();
  private final StixMapper mapper = Fixtures.mapper(ids);

  private List<StixObject> kabul() {
    return mapper.map(Fixtures.kabulBombing(), Fixtures.NOW);
  }

  private static StixObject one(List<StixObject> objects, String type) {
    return objects.stream().filter(o -> o.type().equals(type)).findFirst().orElseThrow();
  }

  private static Set<String> relationships(List<StixObject> objects) {
    return objects.stream().filter(o -> o.type().equals("relationship"))
        .map(o -> o.text("relationship_type").orElseThrow()).collect(Collectors.toSet());
  }

  @Test
  void an_incident_carries_the_vigil_extension_with_casualties_and_their_qualifiers() {
    StixObject incident = one(kabul(), "incident");
    assertThat(incident.text("name")).contains("Bombing in Kabul, 2024-04-19");
    JsonNode x = incident.get("extensions").orElseThrow().get(VigilExtension.ID);
    assertThat(x.get("extension_type").asText()).isEqualTo("property-extension");
    assertThat(x.get("incident_type").asText()).isEqualTo("bombing");
    assertThat(x.get("status").asText()).isEqualTo("accomplished");
    assertThat(x.get("background").asBoolean()).isFalse();
    assertThat(x.get("date").asText()).isEqualTo("2024-04-19");
    assertThat(x.get("date_precision").asText()).isEqualTo("day");
    assertThat(x.at("/casualties/killed/value").asInt()).isEqualTo(12);
    assertThat(x.at("/casualties/killed/qualifier").asText()).isEqualTo("at_least");
    assertThat(x.at("/target_types/0").asText()).isEqualTo("religious");
    assertThat(x.at("/weapon_types/0").asText()).isEqualTo("explosives");
    assertThat(incident.get("confidence").orElseThrow().asInt()).isEqualTo(90);
  }

  @Test
  void every_object_has_the_default_marking_and_the_producer_as_creator() {
    String producer = mapper.producer(Fixtures.NOW).id();
    for (StixObject o : kabul()) {
      assertThat(o.markingRefs()).containsExactly(Tlp.GREEN.markingId());
      assertThat(o.text("created_by_ref")).contains(producer);
      assertThat(o.text("created")).contains("2024-04-20T08:15:00.123Z");
    }
  }

  @Test
  void a_registry_group_is_an_intrusion_set_with_aliases_and_its_parent_as_a_relationship() {
    List<StixObject> objects = kabul();
    List<StixObject> sets = objects.stream().filter(o -> o.type().equals("intrusion-set")).toList();
    assertThat(sets).extracting(o -> o.text("name").orElseThrow())
        .contains("Islamic State Khorasan Province", "Islamic State");
    assertThat(sets.get(0).get("aliases").orElseThrow().toString()).contains("ISKP");
    assertThat(relationships(objects)).contains("x-vigil-part-of");
  }

  @Test
  void the_incident_is_attributed_located_targeted_derived_and_intelligence_sharing_is_a_custom_relationship() {
    List<StixObject> objects = kabul();
    assertThat(relationships(objects)).contains("attributed-to", "located-at", "targets", "derived-from",
        "x-vigil-shared-intelligence-with");
    StixObject attributed = objects.stream()
        .filter(o -> o.text("relationship_type").orElse("").equals("attributed-to")).findFirst().orElseThrow();
    assertThat(attributed.get("extensions").orElseThrow().get(VigilExtension.ID).get("claim").asText())
        .isEqualTo("claimed");
    StixObject place = one(objects, "location");
    assertThat(place.text("country")).contains("AF");
    assertThat(place.get("latitude").orElseThrow().asDouble()).isEqualTo(34.5281);
  }

  @Test
  void the_report_lists_every_object_it_supports() {
    List<StixObject> objects = kabul();
    StixObject report = one(objects, "report");
    Set<String> refs = new java.util.HashSet<>();
    report.get("object_refs").orElseThrow().forEach(r -> refs.add(r.asText()));
    objects.stream().filter(o -> o != report && !DependencyOrder.refs(o).contains(report.id()))
        .forEach(o -> assertThat(refs).contains(o.id()));
    assertThat(refs).hasSize(objects.size() - 2); // less itself and the incident's derived-from
    assertThat(report.text("published")).contains("2024-04-20T00:00:00.000Z");
    assertThat(report.get("external_references").orElseThrow().at("/0/url").asText())
        .isEqualTo("https://news.example/r1");
  }

  @Test
  void people_arrested_are_a_threat_actor_arrested_by_the_agency_identity() {
    List<StixObject> objects = mapper.map(Fixtures.arrest(), Fixtures.NOW);
    StixObject actor = one(objects, "threat-actor");
    assertThat(actor.text("name")).contains("two members");
    StixObject agency = objects.stream().filter(o -> o.type().equals("identity")
        && o.text("name").orElse("").equals("Islamic Revolutionary Guard Corps")).findFirst().orElseThrow();
    assertThat(objects).anySatisfy(r -> {
      assertThat(r.text("relationship_type")).contains("x-vigil-arrested-by");
      assertThat(r.text("source_ref")).contains(actor.id());
      assertThat(r.text("target_ref")).contains(agency.id());
    });
    assertThat(relationships(objects)).doesNotContain("attributed-to");
  }

  @Test
  void mapping_the_same_report_again_gives_the_same_ids() {
    Set<String> first = kabul().stream().map(StixObject::id).collect(Collectors.toSet());
    Set<String> second = kabul().stream().map(StixObject::id).collect(Collectors.toSet());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void a_report_without_incidents_or_relations_gives_no_objects() {
    var empty = new org.vigil.extract.Extraction(new org.vigil.extract.ReportInfo("r3", null, null, null, null),
        List.of(), List.of(), List.of());
    assertThat(mapper.map(empty, Fixtures.NOW)).isEmpty();
  }

  @Test
  void a_state_force_that_struck_is_a_nation_state_threat_actor_attributed_to_its_agency() {
    List<StixObject> objects = mapper.map(Fixtures.airStrike(), Fixtures.NOW);
    StixObject actor = one(objects, "threat-actor");
    assertThat(actor.text("name")).contains("Israel Defense Forces");
    assertThat(actor.get("threat_actor_types").orElseThrow().get(0).asText()).isEqualTo("nation-state");
    StixObject agency = objects.stream().filter(o -> o.type().equals("identity")
        && o.text("name").orElse("").equals("Israel Defense Forces")).findFirst().orElseThrow();
    assertThat(objects).anyMatch(o -> o.type().equals("relationship")
        && o.text("relationship_type").orElse("").equals("attributed-to")
        && o.text("source_ref").orElse("").equals(actor.id()) && o.text("target_ref").orElse("").equals(agency.id()));
    assertThat(one(objects, "incident").text("name")).contains("Air strike");
  }
}
