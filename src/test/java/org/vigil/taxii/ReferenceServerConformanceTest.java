package org.vigil.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Role;
import org.vigil.web.TestServer;

/**
 * The answers of the OASIS reference server (medallion) on its own test data: the same
 * requests give the same status codes, headers, object lists, pages, versions and manifests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceServerConformanceTest {

  static final String ROOT = "/taxii2/trustgroup1";
  static final String HIGH_VALUE = ROOT + "/collections/91a7b528-80eb-42ed-a74d-c6fbd5a26116";
  static final String ADD = ROOT + "/collections/365fed99-08fa-fdcd-a1b3-fb247eb41d01";
  static final String READ_ONLY = ROOT + "/collections/52892447-4d7e-4f70-b94d-d7f22742ff63";
  static final String SECRET = ROOT + "/collections/64993447-4d7e-4f70-b94d-d7f33742ee63";
  static final String WRITE_ONLY = ROOT + "/collections/472c94ae-3113-4e3e-a4dd-a9f4ac7471d4";
  static final String INDICATOR = "indicator--6770298f-0fd8-471a-ab8c-1c658a46574e";
  static final String MALWARE = "malware--c0931cc6-c75e-47e5-9036-78fabc95d4ec";

  @TempDir static Path dir;
  TestServer t;

  @BeforeAll
  void start() {
    MedallionFixture.file();
    t = new TestServer(dir, TestServer.settings());
    MedallionFixture.load(t.store);
    t.user("admin", MedallionFixture.ORG, Role.ADMIN);
    t.user("user1", MedallionFixture.ORG, Role.ANALYST);
    t.user("reader", MedallionFixture.ORG, Role.READER);
  }

  @AfterAll
  void stop() {
    if (t != null) {
      t.close();
    }
  }

  static List<String> ids(JsonNode envelope) {
    List<String> out = new ArrayList<>();
    envelope.path("objects").forEach(o -> out.add(o.get("id").asText()));
    return out;
  }

  @Test
  void discovery_lists_the_three_api_roots_with_the_taxii_media_type() {
    HttpResponse<String> r = t.get("admin", "/taxii2/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(TestServer.TAXII));
    assertThat(json(r).get("api_roots")).hasSize(3);
    assertThat(json(r).get("api_roots").toString()).contains("/taxii2/api1/", "/taxii2/api2/", "/taxii2/trustgroup1/");
  }

  @Test
  void the_api_root_gives_its_title_versions_and_max_content_length() {
    JsonNode r = json(t.get("admin", ROOT + "/"));
    assertThat(r.get("title").asText()).isEqualTo("Malware Research Group");
    assertThat(r.get("versions").get(0).asText()).isEqualTo(TestServer.TAXII);
    assertThat(r.get("max_content_length").asLong()).isEqualTo(9765625);
  }

  @Test
  void collections_lists_all_five_with_their_permissions() {
    JsonNode r = json(t.get("admin", ROOT + "/collections/"));
    assertThat(r.get("collections")).hasSize(5);
    JsonNode secret = json(t.get("admin", SECRET + "/"));
    assertThat(secret.get("can_read").asBoolean()).isFalse();
    assertThat(secret.get("can_write").asBoolean()).isFalse();
  }

  @Test
  void objects_gives_the_latest_version_of_each_object_sorted_by_date_added() {
    HttpResponse<String> r = t.get("admin", HIGH_VALUE + "/objects/");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode e = json(r);
    assertThat(ids(e)).containsExactly("relationship--2f9a9aa9-108a-4333-83e2-4fb25add0463",
        "indicator--cd981c25-8042-4166-8945-51178443bdac", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
        MALWARE, INDICATOR);
    assertThat(e.get("more").asBoolean()).isFalse();
    assertThat(r.headers().firstValue("X-TAXII-Date-Added-First")).hasValue("2014-05-08T09:00:00.000000Z");
    assertThat(r.headers().firstValue("X-TAXII-Date-Added-Last")).hasValue("2017-12-31T13:49:53.935000Z");
    assertThat(e.get("objects").get(4).get("modified").asText()).isEqualTo("2017-01-27T13:49:53.935Z");
  }

  @Test
  void match_type_version_and_spec_version_filter_as_the_reference_server_does() {
    assertThat(ids(json(t.get("admin", HIGH_VALUE + "/objects/?match[type]=indicator"))))
        .containsExactly("indicator--cd981c25-8042-4166-8945-51178443bdac", INDICATOR);
    JsonNode all = json(t.get("admin", HIGH_VALUE + "/objects/?match[id]=" + INDICATOR + "&match[version]=all"));
    assertThat(all.get("objects")).hasSize(3);
    JsonNode first = json(t.get("admin", HIGH_VALUE + "/objects/?match[id]=" + INDICATOR + "&match[version]=first"));
    assertThat(first.get("objects").get(0).get("modified").asText()).isEqualTo("2016-11-03T12:30:59.000Z");
    JsonNode exact = json(t.get("admin", HIGH_VALUE + "/objects/?match[id]=" + INDICATOR
        + "&match[version]=2016-12-25T12:30:59.444Z"));
    assertThat(exact.get("objects").get(0).get("modified").asText()).isEqualTo("2016-12-25T12:30:59.444Z");
    JsonNode stix20 = json(t.get("admin", HIGH_VALUE + "/objects/?match[spec_version]=2.0"));
    assertThat(ids(stix20)).containsExactly(MALWARE);
    assertThat(stix20.get("objects").get(0).get("modified").asText()).isEqualTo("2018-02-23T18:30:00.000Z");
    JsonNode every = json(t.get("admin", HIGH_VALUE + "/objects/?match[version]=all&match[spec_version]=2.0,2.1"));
    assertThat(every.get("objects")).hasSize(8);
  }

  @Test
  void match_spec_version_naming_both_gives_the_latest_version_overall_not_one_per_spec_version() {
    JsonNode both = json(t.get("admin", HIGH_VALUE + "/objects/?match[id]=" + MALWARE + "&match[spec_version]=2.0,2.1"));
    assertThat(both.get("objects")).hasSize(1);
    assertThat(both.get("objects").get(0).get("modified").asText()).isEqualTo("2018-02-23T18:30:00.000Z");
    JsonNode manifest = json(t.get("admin", HIGH_VALUE + "/manifest/?match[spec_version]=2.1,2.0&match[type]=malware"));
    assertThat(manifest.get("objects")).hasSize(1);
  }

  @Test
  void added_after_keeps_what_entered_the_collection_later() {
    HttpResponse<String> r = t.get("admin", HIGH_VALUE + "/objects/?added_after=2016-11-03T12:30:59.001Z");
    assertThat(ids(json(r))).containsExactly("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", MALWARE,
        INDICATOR);
    assertThat(r.headers().firstValue("X-TAXII-Date-Added-First")).hasValue("2017-01-20T00:00:00.000000Z");
  }

  @Test
  void limit_and_next_page_through_the_objects_and_next_is_bound_to_its_query() {
    JsonNode p1 = json(t.get("admin", HIGH_VALUE + "/objects/?limit=2"));
    assertThat(p1.get("more").asBoolean()).isTrue();
    assertThat(p1.get("objects")).hasSize(2);
    String next = p1.get("next").asText();
    JsonNode p2 = json(t.get("admin", HIGH_VALUE + "/objects/?limit=2&next=" + next));
    JsonNode p3 = json(t.get("admin", HIGH_VALUE + "/objects/?limit=2&next=" + p2.get("next").asText()));
    List<String> paged = new ArrayList<>(ids(p1));
    paged.addAll(ids(p2));
    paged.addAll(ids(p3));
    assertThat(paged).isEqualTo(ids(json(t.get("admin", HIGH_VALUE + "/objects/"))));
    assertThat(p3.get("more").asBoolean()).isFalse();
    assertThat(p3.has("next")).isFalse();
    HttpResponse<String> changed = t.get("admin", HIGH_VALUE + "/objects/?limit=2&match[type]=indicator&next=" + next);
    assertThat(changed.statusCode()).isEqualTo(400);
    assertThat(json(changed).get("http_status").asText()).isEqualTo("400");
    assertThat(json(changed).get("description").asText()).contains("another query");
  }

  @Test
  void versions_lists_every_version_of_an_object_by_date_added() {
    HttpResponse<String> r = t.get("admin", HIGH_VALUE + "/objects/" + INDICATOR + "/versions/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("versions").toString()).isEqualTo(
        "[\"2016-11-03T12:30:59.000Z\",\"2016-12-25T12:30:59.444Z\",\"2017-01-27T13:49:53.935Z\"]");
    assertThat(r.headers().firstValue("X-TAXII-Date-Added-Last")).hasValue("2017-12-31T13:49:53.935000Z");
  }

  @Test
  void versions_page_with_limit_and_next_like_objects() {
    JsonNode p1 = json(t.get("admin", HIGH_VALUE + "/objects/" + INDICATOR + "/versions/?limit=2"));
    assertThat(p1.get("versions")).hasSize(2);
    assertThat(p1.get("more").asBoolean()).isTrue();
    JsonNode p2 = json(t.get("admin", HIGH_VALUE + "/objects/" + INDICATOR + "/versions/?limit=2&next="
        + p1.get("next").asText()));
    assertThat(p2.get("versions").toString()).isEqualTo("[\"2017-01-27T13:49:53.935Z\"]");
    assertThat(p2.get("more").asBoolean()).isFalse();
  }

  @Test
  void manifest_gives_id_date_added_version_and_media_type() {
    JsonNode m = json(t.get("admin", HIGH_VALUE + "/manifest/?match[id]=" + INDICATOR));
    assertThat(m.get("objects")).hasSize(1);
    JsonNode e = m.get("objects").get(0);
    assertThat(e.get("date_added").asText()).isEqualTo("2017-12-31T13:49:53.935000Z");
    assertThat(e.get("version").asText()).isEqualTo("2017-01-27T13:49:53.935Z");
    assertThat(e.get("media_type").asText()).isEqualTo("application/stix+json;version=2.1");
    HttpResponse<String> all = t.get("admin", HIGH_VALUE + "/manifest/");
    assertThat(json(all).get("objects")).hasSize(5);
    assertThat(all.headers().firstValue("X-TAXII-Date-Added-First")).hasValue("2014-05-08T09:00:00.000000Z");
    JsonNode both = json(t.get("admin", HIGH_VALUE + "/manifest/?match[id]=" + MALWARE
        + "&match[version]=all&match[spec_version]=2.0,2.1"));
    assertThat(both.findValuesAsText("media_type")).containsExactlyInAnyOrder(
        "application/stix+json;version=2.0", "application/stix+json;version=2.1");
  }

  @Test
  void object_by_id_gives_its_latest_version_and_404_for_an_unknown_one() {
    JsonNode o = json(t.get("admin", HIGH_VALUE + "/objects/" + MALWARE + "/"));
    assertThat(o.get("objects")).hasSize(1);
    assertThat(o.get("objects").get(0).get("spec_version").asText()).isEqualTo("2.1");
    HttpResponse<String> missing = t.get("admin", HIGH_VALUE + "/objects/indicator--00000000-0000-4000-8000-000000000000/");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("http_status").asText()).isEqualTo("404");
  }

  @Test
  void status_of_the_fixture_is_served_as_stored() {
    JsonNode s = json(t.get("admin", ROOT + "/status/2d086da7-4bdc-4f91-900e-d77486753710/"));
    assertThat(s.get("status").asText()).isEqualTo("pending");
    assertThat(s.get("total_count").asInt()).isEqualTo(4);
    assertThat(t.get("admin", ROOT + "/status/00000000-0000-4000-8000-000000000000/").statusCode()).isEqualTo(404);
  }

  @Test
  void permissions_and_unknown_resources_answer_403_and_404() {
    assertThat(t.get("admin", SECRET + "/objects/").statusCode()).isEqualTo(403);
    assertThat(t.get("admin", WRITE_ONLY + "/objects/").statusCode()).isEqualTo(403);
    assertThat(t.get("admin", WRITE_ONLY + "/manifest/").statusCode()).isEqualTo(403);
    assertThat(t.post("admin", READ_ONLY + "/objects/", "{\"objects\":[]}").statusCode()).isEqualTo(403);
    assertThat(t.get("admin", ROOT + "/collections/not-a-collection/objects/").statusCode()).isEqualTo(404);
    assertThat(t.get("admin", "/taxii2/no-such-root/").statusCode()).isEqualTo(404);
  }

  @Test
  void requests_without_credentials_answer_401_with_a_basic_challenge() {
    HttpResponse<String> r = t.get(null, ROOT + "/");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    HttpResponse<String> basic = t.send(t.as(null, ROOT + "/").header("Authorization",
        TestServer.basic("admin", t.key("admin"))));
    assertThat(basic.statusCode()).isEqualTo(200);
  }

  @Test
  void a_wrong_accept_is_406_and_a_wrong_content_type_415() {
    HttpResponse<String> r = t.send(t.as("admin", HIGH_VALUE + "/objects/").setHeader("Accept", "application/xml"));
    assertThat(r.statusCode()).isEqualTo(406);
    HttpResponse<String> p = t.send(t.as("admin", ADD + "/objects/").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"objects\":[]}")));
    assertThat(p.statusCode()).isEqualTo(415);
  }

  @Test
  void posting_an_envelope_answers_202_with_a_status_and_the_object_can_be_read_back() {
    String id = "indicator--" + java.util.UUID.randomUUID();
    String body = "{\"objects\":[{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\","
        + "\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\","
        + "\"pattern\":\"[file:name = 'x']\",\"pattern_type\":\"stix\",\"valid_from\":\"2024-01-01T00:00:00Z\"}]}";
    HttpResponse<String> r = t.post("user1", ADD + "/objects/", body);
    assertThat(r.statusCode()).isEqualTo(202);
    JsonNode status = json(r);
    assertThat(status.get("status").asText()).isEqualTo("complete");
    assertThat(status.get("success_count").asInt()).isEqualTo(1);
    assertThat(json(t.get("user1", ROOT + "/status/" + status.get("id").asText() + "/")).get("success_count").asInt())
        .isEqualTo(1);
    assertThat(ids(json(t.get("reader", ADD + "/objects/" + id + "/")))).containsExactly(id);
    HttpResponse<String> dateAdded = t.get("reader", ADD + "/objects/" + id + "/");
    assertThat(dateAdded.headers().firstValue("X-TAXII-Date-Added-First")).isPresent();
  }

  @Test
  void a_body_that_is_not_an_envelope_is_422() {
    assertThat(t.post("user1", ADD + "/objects/", "[1, 2]").statusCode()).isEqualTo(422);
    assertThat(t.post("user1", ADD + "/objects/", "{\"type\":\"bundle\"}").statusCode()).isEqualTo(422);
  }

  @Test
  void readers_may_not_post_and_only_admins_delete() {
    assertThat(t.post("reader", ADD + "/objects/", "{\"objects\":[]}").statusCode()).isEqualTo(403);
    String id = "indicator--" + java.util.UUID.randomUUID();
    t.post("user1", ADD + "/objects/", "{\"objects\":[{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\""
        + id + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\"}]}");
    assertThat(t.delete("user1", ADD + "/objects/" + id + "/").statusCode()).isEqualTo(403);
    assertThat(t.delete("admin", ADD + "/objects/" + id + "/").statusCode()).isEqualTo(200);
    assertThat(t.get("admin", ADD + "/objects/" + id + "/").statusCode()).isEqualTo(404);
  }
}
