package org.vigil.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Role;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.web.TestServer;

/**
 * Issue 19: what broke partners' integrations, replayed over HTTP with the requests the OASIS
 * python clients send (taxii2-client's {@code Collection.add_objects}, {@code get_objects} with
 * paging by {@code next} and by {@code added_after}, python-stix2's {@code TAXIICollectionSink}
 * and {@code TAXIICollectionSource}). alpha and beta both read and write one collection; gamma
 * only reads it; no one lists the others as partners.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerClientTest {

  static final String COLLECTION = "2f6b9c1d-7a3e-4f5b-8c2d-1e0f9a8b7c6d";
  static final String OBJECTS = "/taxii2/sharing/collections/" + COLLECTION + "/objects/";
  static final String TLP1_GREEN = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
  static final String TLP1_WHITE = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";

  @TempDir static Path dir;
  TestServer t;

  @BeforeAll
  void start() {
    t = new TestServer(dir, TestServer.settings());
    t.store.collections().putApiRoot(new ApiRootRow("sharing", "Sharing", null, 10_000_000));
    t.store.collections().addCollection(new CollectionRow(COLLECTION, "sharing", "Partners", null, null,
        List.of("application/stix+json;version=2.1"), Tlp.AMBER.ordinal(), false, false));
    for (String org : List.of("alpha", "beta", "gamma")) {
      t.user(org, org, Role.ANALYST);
      t.store.collections().grant(COLLECTION, t.org(org).id(), true, !org.equals("gamma"));
    }
    t.user("alpha-reader", "alpha", Role.READER);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  static String id(String type) {
    return type + "--" + UUID.randomUUID();
  }

  static String indicator(String id, String modified, String extra) {
    return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\",\"created\":"
        + "\"2024-01-01T00:00:00.000Z\",\"modified\":\"" + modified + "\",\"name\":\"x\",\"pattern\":"
        + "\"[ipv4-addr:value = '198.51.100.1']\",\"pattern_type\":\"stix\",\"valid_from\":\"2024-01-01T00:00:00Z\""
        + extra + "}";
  }

  JsonNode post(String user, String... objects) {
    HttpResponse<String> r = t.post(user, OBJECTS, "{\"objects\":[" + String.join(",", objects) + "]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return json(r);
  }

  static List<String> ids(JsonNode envelope) {
    List<String> out = new ArrayList<>();
    envelope.path("objects").forEach(o -> out.add(o.get("id").asText()));
    return out;
  }

  // 1. TLP 1.0 markings, unmarked objects and the references recipients must resolve

  @Test
  void an_object_marked_with_tlp_1_green_as_python_stix2_does_reaches_every_reader() {
    String green = id("indicator");
    String white = id("indicator");
    post("alpha", indicator(green, "2024-01-01T00:00:00.000Z", ",\"object_marking_refs\":[\"" + TLP1_GREEN + "\"]"),
        indicator(white, "2024-01-01T00:00:00.000Z", ",\"object_marking_refs\":[\"" + TLP1_WHITE + "\"]"));
    assertThat(t.get("gamma", OBJECTS + green + "/").statusCode()).isEqualTo(200);
    assertThat(t.get("beta", OBJECTS + white + "/").statusCode()).isEqualTo(200);
  }

  @Test
  void an_unmarked_object_gets_the_collections_default_marking_green() {
    String unmarked = id("indicator");
    post("alpha", indicator(unmarked, "2024-01-01T00:00:00.000Z", ""));
    assertThat(ids(json(t.get("gamma", OBJECTS + unmarked + "/")))).containsExactly(unmarked);
  }

  @Test
  void marking_definitions_and_the_producers_identity_are_readable_with_what_refers_to_them() {
    String producer = id("identity");
    String statement = id("marking-definition");
    String other = id("identity");
    String report = id("indicator");
    String amber = ",\"object_marking_refs\":[\"" + Tlp.AMBER.markingId() + "\"]";
    post("alpha", "{\"type\":\"identity\",\"spec_version\":\"2.1\",\"id\":\"" + producer + "\",\"created\":"
            + "\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"name\":\"Alpha CERT\"" + amber + "}",
        "{\"type\":\"identity\",\"spec_version\":\"2.1\",\"id\":\"" + other + "\",\"created\":"
            + "\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"name\":\"Informant\"" + amber + "}",
        "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"" + statement + "\",\"created\":"
            + "\"2024-01-01T00:00:00.000Z\",\"definition_type\":\"statement\",\"definition\":{\"statement\":"
            + "\"Copyright Alpha\"}}",
        indicator(report, "2024-01-01T00:00:00.000Z", ",\"created_by_ref\":\"" + producer
            + "\",\"object_marking_refs\":[\"" + Tlp.GREEN.markingId() + "\",\"" + statement + "\"]"));
    assertThat(t.get("gamma", OBJECTS + report + "/").statusCode()).isEqualTo(200);
    assertThat(t.get("gamma", OBJECTS + producer + "/").statusCode()).isEqualTo(200);
    assertThat(t.get("gamma", OBJECTS + statement + "/").statusCode()).isEqualTo(200);
    assertThat(t.get("gamma", OBJECTS + other + "/").statusCode()).isEqualTo(404);
  }

  // 2. Cyber-observables

  @Test
  void cyber_observables_are_stored_versioned_by_date_added_and_not_twice() {
    String ip = "ipv4-addr--" + UUID.randomUUID();
    String sco = "{\"type\":\"ipv4-addr\",\"spec_version\":\"2.1\",\"id\":\"" + ip + "\",\"value\":\"198.51.100.7\"}";
    String file = "{\"type\":\"file\",\"id\":\"file--" + UUID.randomUUID() + "\",\"name\":\"dropper.exe\"}";
    JsonNode status = post("alpha", sco, file, indicator(id("indicator"), "2024-01-01T00:00:00.000Z", ""));
    assertThat(status.get("success_count").asInt()).as(status.toString()).isEqualTo(3);
    JsonNode read = json(t.get("gamma", OBJECTS + ip + "/"));
    assertThat(read.get("objects").get(0).get("value").asText()).isEqualTo("198.51.100.7");
    JsonNode versions = json(t.get("gamma", OBJECTS + ip + "/versions/"));
    JsonNode manifest = json(t.get("gamma", OBJECTS.replace("/objects/", "/manifest/") + "?match[id]=" + ip));
    assertThat(versions.get("versions")).hasSize(1);
    assertThat(versions.get("versions").get(0).asText()).isEqualTo(manifest.get("objects").get(0).get("date_added")
        .asText());
    assertThat(post("alpha", sco).get("successes").get(0).get("message").asText()).startsWith("already");
    assertThat(json(t.get("gamma", OBJECTS + ip + "/versions/")).get("versions")).hasSize(1);
  }

  // 3. date_added strictly increasing: paging by added_after loses nothing

  @Test
  void paging_by_added_after_and_the_last_date_added_gets_every_object_of_one_post() {
    List<String> posted = new ArrayList<>();
    List<String> objects = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String id = id("indicator");
      posted.add(id);
      objects.add(indicator(id, "2024-01-01T00:00:00.000Z", ",\"labels\":[\"paging\"]"));
    }
    post("beta", objects.toArray(String[]::new));
    Set<String> byAddedAfter = new HashSet<>();
    String last = "2000-01-01T00:00:00.000000Z";
    for (int page = 0; page < 40; page++) {
      HttpResponse<String> r = t.get("gamma", OBJECTS + "?limit=4&added_after=" + last);
      JsonNode e = json(r);
      ids(e).stream().filter(posted::contains).forEach(byAddedAfter::add);
      if (r.headers().firstValue("X-TAXII-Date-Added-Last").isEmpty()) {
        break;
      }
      last = r.headers().firstValue("X-TAXII-Date-Added-Last").get();
    }
    assertThat(byAddedAfter).containsExactlyInAnyOrderElementsOf(posted);
    Set<String> byNext = new HashSet<>();
    String next = null;
    do {
      JsonNode e = json(t.get("gamma", OBJECTS + "?limit=4" + (next == null ? "" : "&next=" + next)));
      ids(e).stream().filter(posted::contains).forEach(byNext::add);
      next = e.path("more").asBoolean() ? e.get("next").asText() : null;
    } while (next != null);
    assertThat(byNext).containsExactlyInAnyOrderElementsOf(posted);
  }

  // 6. An object's versions belong to its producer

  @Test
  void another_organisation_may_not_add_versions_of_an_object_and_the_status_says_why() {
    String id = id("indicator");
    post("alpha", indicator(id, "2024-01-01T00:00:00.000Z", ""));
    JsonNode newer = post("beta", indicator(id, "2024-06-01T00:00:00.000Z", ",\"labels\":[\"hijacked\"]"));
    JsonNode same = post("beta", indicator(id, "2024-01-01T00:00:00.000Z", ",\"labels\":[\"other\"]"));
    for (JsonNode status : List.of(newer, same)) {
      assertThat(status.get("failure_count").asInt()).isEqualTo(1);
      assertThat(status.get("failures").get(0).get("message").asText()).contains("belongs to the organisation");
      assertThat(json(t.get("beta", "/taxii2/sharing/status/" + status.get("id").asText() + "/"))
          .get("failure_count").asInt()).isEqualTo(1);
    }
    JsonNode versions = json(t.get("gamma", OBJECTS + id + "/versions/"));
    assertThat(versions.get("versions").toString()).isEqualTo("[\"2024-01-01T00:00:00.000Z\"]");
    assertThat(json(t.get("gamma", OBJECTS + id + "/")).get("objects").get(0).has("labels")).isFalse();
  }

  @Test
  void the_producer_may_not_store_one_version_with_two_contents_or_change_its_creator() {
    String id = id("indicator");
    post("alpha", indicator(id, "2024-01-01T00:00:00.000Z", ""));
    JsonNode changed = post("alpha", indicator(id, "2024-01-01T00:00:00.000Z", ",\"labels\":[\"edited\"]"));
    assertThat(changed.get("failures").get(0).get("message").asText()).contains("later \"modified\"");
    JsonNode creator = post("alpha", indicator(id, "2024-02-01T00:00:00.000Z", ",\"created_by_ref\":\""
        + id("identity") + "\""));
    assertThat(creator.get("failures").get(0).get("message").asText()).contains("not a version of the same object");
    assertThat(post("alpha", indicator(id, "2024-03-01T00:00:00.000Z", "")).get("success_count").asInt()).isEqualTo(1);
  }

  // Partners' intelligence in the workspace

  @Test
  void an_incident_posted_by_a_partner_reaches_the_knowledge_base_marked_as_its_own() {
    String incident = id("incident");
    String place = id("location");
    String group = id("intrusion-set");
    String report = id("report");
    String green = ",\"object_marking_refs\":[\"" + TLP1_GREEN + "\"]";
    String common = "\"spec_version\":\"2.1\",\"created\":\"2024-05-01T00:00:00.000Z\",\"modified\":"
        + "\"2024-05-01T00:00:00.000Z\"" + green;
    post("beta", "{\"type\":\"incident\",\"id\":\"" + incident + "\"," + common + ",\"name\":\"Ambush near Kismayo\"}",
        "{\"type\":\"location\",\"id\":\"" + place + "\"," + common + ",\"name\":\"Kismayo\",\"country\":\"SO\","
            + "\"latitude\":-0.3582,\"longitude\":42.5454}",
        "{\"type\":\"intrusion-set\",\"id\":\"" + group + "\"," + common + ",\"name\":\"Al-Shabaab\"}",
        "{\"type\":\"relationship\",\"id\":\"" + id("relationship") + "\"," + common + ",\"relationship_type\":"
            + "\"located-at\",\"source_ref\":\"" + incident + "\",\"target_ref\":\"" + place + "\"}",
        "{\"type\":\"relationship\",\"id\":\"" + id("relationship") + "\"," + common + ",\"relationship_type\":"
            + "\"attributed-to\",\"source_ref\":\"" + incident + "\",\"target_ref\":\"" + group + "\"}",
        "{\"type\":\"report\",\"id\":\"" + report + "\"," + common + ",\"name\":\"Field report 7\",\"published\":"
            + "\"2024-05-01T00:00:00Z\",\"report_types\":[\"threat-report\"],\"object_refs\":[\"" + incident + "\"]}");
    assertThat(json(t.send(t.as("gamma", "/api/incidents?country=SO").setHeader("Accept", "application/json")))
        .get("incidents")).as("beta's GREEN, before beta makes gamma a partner").isEmpty();
    t.store.access().addPartner(t.org("beta").id(), t.org("gamma").id(), Tlp.GREEN);
    HttpResponse<String> r = t.send(t.as("gamma", "/api/incidents?country=SO").setHeader("Accept", "application/json"));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode found = json(r).get("incidents").get(0);
    assertThat(found.get("location").get("name").asText()).isEqualTo("Kismayo");
    assertThat(found.get("perpetrators").get(0).get("group").asText()).isEqualTo("Al-Shabaab");
    assertThat(found.get("sources").get(0).get("title").asText()).isEqualTo("Field report 7");
    assertThat(found.get("sources").get(0).get("sharedBy").asText()).isEqualTo("beta");
    assertThat(found.get("sources").get(0).get("tlp").asText()).isEqualTo("green");
  }

  // 7. can_write is the user's

  @Test
  void a_reader_is_told_it_cannot_write_where_its_organisation_can() {
    JsonNode c = json(t.get("alpha-reader", "/taxii2/sharing/collections/" + COLLECTION + "/"));
    assertThat(c.get("can_read").asBoolean()).isTrue();
    assertThat(c.get("can_write").asBoolean()).isFalse();
    assertThat(json(t.get("alpha-reader", "/taxii2/sharing/collections/")).get("collections").get(0)
        .get("can_write").asBoolean()).isFalse();
    assertThat(json(t.get("alpha", "/taxii2/sharing/collections/" + COLLECTION + "/")).get("can_write").asBoolean())
        .isTrue();
  }

  // 8. Filters as the reference server answers them

  @Test
  void a_filter_that_leaves_no_version_answers_an_empty_page_and_an_unknown_object_404() {
    String id = id("indicator");
    post("alpha", indicator(id, "2024-01-01T00:00:00.000Z", ""));
    HttpResponse<String> none = t.get("gamma", OBJECTS + id + "/?match[version]=2020-01-01T00:00:00.000Z");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(json(none).get("more").asBoolean()).isFalse();
    assertThat(json(none).has("objects")).isFalse();
    HttpResponse<String> versions = t.get("gamma", OBJECTS + id + "/versions/?added_after=2999-01-01T00:00:00Z");
    assertThat(versions.statusCode()).isEqualTo(200);
    assertThat(json(versions).has("versions")).isFalse();
    assertThat(t.get("gamma", OBJECTS + id("indicator") + "/").statusCode()).isEqualTo(404);
  }

  @Test
  void filters_the_server_does_not_know_are_ignored() {
    post("alpha", indicator(id("indicator"), "2024-01-01T00:00:00.000Z", ""));
    HttpResponse<String> r = t.get("gamma", OBJECTS + "?match[relationship_type]=uses&limit=1");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("objects")).hasSize(1);
    assertThat(t.get("gamma", OBJECTS + "?limt=1").statusCode()).isEqualTo(400);
  }
}
