package org.vigil.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.access.Role;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.web.TestServer;

/**
 * TLP clearance, tested as an adversary would: alpha adds one object at each level (and one
 * unmarked, which gets the collection's default, GREEN); beta is alpha's AMBER partner, gamma only shares the collection, delta has no
 * access to it. For every TAXII endpoint nobody receives an object above their clearance, and a
 * hidden object answers exactly like one that does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlpEnforcementTest {

  static final String COLLECTION = "0a7e1d6f-1c3b-4e7a-9f1e-6d2b8c4a5e01";
  static final String OBJECTS = "/taxii2/sharing/collections/" + COLLECTION + "/objects/";

  @TempDir static Path dir;
  TestServer t;
  final Map<String, String> idByLevel = new LinkedHashMap<>();
  String alphaStatus;

  @BeforeAll
  void start() {
    t = new TestServer(dir, TestServer.settings());
    t.store.collections().putApiRoot(new ApiRootRow("sharing", "Sharing", null, 1_000_000));
    t.store.collections().addCollection(new CollectionRow(COLLECTION, "sharing", "Shared incidents", null, null,
        List.of("application/stix+json;version=2.1"), Tlp.RED.ordinal(), false, false));
    for (String org : List.of("alpha", "beta", "gamma")) {
      t.org(org);
      t.store.collections().grant(COLLECTION, t.org(org).id(), true, true);
      t.user(org, org, Role.ADMIN);
    }
    t.org("delta");
    t.user("delta", "delta", Role.ADMIN);
    t.store.access().addPartner(t.org("alpha").id(), t.org("beta").id(), org.vigil.stix.Tlp.AMBER);
    t.store.access().addPartner(t.org("gamma").id(), t.org("alpha").id(), org.vigil.stix.Tlp.AMBER);
    StringBuilder objects = new StringBuilder();
    for (Tlp level : Tlp.values()) {
      idByLevel.put(level.label(), "indicator--" + UUID.randomUUID());
    }
    idByLevel.put("unmarked", "indicator--" + UUID.randomUUID());
    for (Map.Entry<String, String> e : idByLevel.entrySet()) {
      String marking = Tlp.fromLabel(e.getKey()).map(l -> ",\"object_marking_refs\":[\"" + l.markingId() + "\"]")
          .orElse("");
      for (String modified : List.of("2024-01-01T00:00:00.000Z", "2024-02-01T00:00:00.000Z")) {
        objects.append(objects.length() == 0 ? "" : ",").append("{\"type\":\"indicator\",\"spec_version\":\"2.1\",")
            .append("\"id\":\"").append(e.getValue()).append("\",\"created\":\"2024-01-01T00:00:00.000Z\",")
            .append("\"modified\":\"").append(modified).append("\",\"name\":\"").append(e.getKey()).append("\"")
            .append(marking).append("}");
      }
    }
    HttpResponse<String> r = t.post("alpha", OBJECTS, "{\"objects\":[" + objects + "]}");
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(json(r).get("success_count").asInt()).isEqualTo(12);
    alphaStatus = json(r).get("id").asText();
  }

  @AfterAll
  void stop() {
    t.close();
  }

  List<String> cleared(String user) {
    return switch (user) {
      case "alpha" -> List.copyOf(idByLevel.values());
      case "beta" -> List.of(idByLevel.get("clear"), idByLevel.get("green"), idByLevel.get("amber"),
          idByLevel.get("unmarked"));
      default -> List.of(idByLevel.get("clear"), idByLevel.get("green"), idByLevel.get("unmarked"));
    };
  }

  List<String> hidden(String user) {
    List<String> h = new ArrayList<>(idByLevel.values());
    h.removeAll(cleared(user));
    return h;
  }

  static List<String> ids(JsonNode envelope) {
    List<String> out = new ArrayList<>();
    envelope.path("objects").forEach(o -> out.add(o.get("id").asText()));
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"alpha", "beta", "gamma"})
  void objects_and_manifest_list_exactly_what_the_clearance_allows(String user) {
    assertThat(ids(json(t.get(user, OBJECTS)))).containsExactlyInAnyOrderElementsOf(cleared(user));
    assertThat(ids(json(t.get(user, OBJECTS + "?match[version]=all")))).hasSize(2 * cleared(user).size());
    assertThat(ids(json(t.get(user, OBJECTS.replace("/objects/", "/manifest/") + "?match[version]=all"))))
        .hasSize(2 * cleared(user).size()).noneMatch(hidden(user)::contains);
  }

  @ParameterizedTest
  @ValueSource(strings = {"beta", "gamma"})
  void a_hidden_object_answers_like_one_that_does_not_exist_on_every_endpoint(String user) {
    String missing = "indicator--" + UUID.randomUUID();
    for (String id : hidden(user)) {
      for (String suffix : List.of("", "versions/")) {
        HttpResponse<String> h = t.get(user, OBJECTS + id + "/" + suffix);
        HttpResponse<String> m = t.get(user, OBJECTS + missing + "/" + suffix);
        assertThat(h.statusCode()).isEqualTo(404);
        assertThat(h.body().replace(id, "ID")).isEqualTo(m.body().replace(missing, "ID"));
      }
      assertThat(json(t.get(user, OBJECTS + "?match[id]=" + id)).has("objects")).isFalse();
      HttpResponse<String> del = t.delete(user, OBJECTS + id + "/");
      assertThat(del.statusCode()).isEqualTo(404);
      assertThat(del.body().replace(id, "ID"))
          .isEqualTo(t.delete(user, OBJECTS + missing + "/").body().replace(missing, "ID"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"alpha", "beta", "gamma"})
  void pages_and_date_added_headers_count_only_visible_objects(String user) {
    List<String> paged = new ArrayList<>();
    String next = null;
    do {
      HttpResponse<String> r = t.get(user, OBJECTS + "?limit=1&match[version]=all" + (next == null ? "" : "&next=" + next));
      JsonNode e = json(r);
      paged.addAll(ids(e));
      next = e.path("more").asBoolean() ? e.get("next").asText() : null;
    } while (next != null);
    assertThat(paged).hasSize(2 * cleared(user).size()).noneMatch(hidden(user)::contains);
  }

  @ParameterizedTest
  @ValueSource(strings = {"alpha", "beta", "gamma", "delta"})
  void the_rest_object_search_finds_only_what_the_clearance_allows(String user) {
    HttpResponse<String> r = t.send(t.as(user, "/api/objects?q=indicator&limit=100").setHeader("Accept", "application/json"));
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> found = new ArrayList<>();
    json(r).get("objects").forEach(o -> found.add(o.get("object").get("id").asText()));
    List<String> expected = user.equals("delta") ? List.of() : cleared(user);
    assertThat(found).hasSize(2 * expected.size()).allMatch(expected::contains);
    for (String hiddenId : hidden(user)) {
      assertThat(json(t.send(t.as(user, "/api/objects?q=" + hiddenId).setHeader("Accept", "application/json")))
          .get("objects")).isEmpty();
    }
  }

  @Test
  void a_status_is_only_readable_by_the_organisation_that_posted() {
    assertThat(t.get("alpha", "/taxii2/sharing/status/" + alphaStatus + "/").statusCode()).isEqualTo(200);
    assertThat(t.get("beta", "/taxii2/sharing/status/" + alphaStatus + "/").statusCode()).isEqualTo(404);
  }

  @Test
  void an_organisation_without_access_cannot_learn_the_collection_exists() {
    assertThat(t.get("delta", "/taxii2/sharing/collections/" + COLLECTION + "/").statusCode()).isEqualTo(404);
    assertThat(t.get("delta", OBJECTS).statusCode()).isEqualTo(404);
    assertThat(json(t.get("delta", "/taxii2/sharing/collections/")).has("collections")).isFalse();
    assertThat(t.post("delta", OBJECTS, "{\"objects\":[]}").statusCode()).isEqualTo(404);
  }

  @Test
  void a_version_of_an_id_another_organisation_holds_is_refused_alike_whether_or_not_it_is_visible() {
    List<String> messages = new ArrayList<>();
    for (String level : List.of("red", "green")) {
      String id = idByLevel.get(level);
      HttpResponse<String> r = t.post("gamma", OBJECTS, "{\"objects\":[{\"type\":\"indicator\",\"spec_version\":"
          + "\"2.1\",\"id\":\"" + id + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":"
          + "\"2024-03-01T00:00:00.000Z\",\"object_marking_refs\":[\"" + Tlp.RED.markingId() + "\"]}]}");
      assertThat(json(r).get("failure_count").asInt()).isEqualTo(1);
      messages.add(json(r).get("failures").get(0).get("message").asText().replace(id, "ID"));
    }
    assertThat(messages.get(0)).isEqualTo(messages.get(1)).contains("belongs to the organisation that added");
    assertThat(ids(json(t.get("alpha", OBJECTS + "?match[id]=" + idByLevel.get("red"))))).hasSize(1);
  }

  @Test
  void reads_of_amber_and_red_objects_and_every_write_are_audited() throws InterruptedException {
    t.get("beta", OBJECTS + idByLevel.get("amber") + "/");
    t.shared.flushAudit(); // read entries are written by the audit queue, soon after the response
    List<String> log = t.store.audit().latest(1000).stream().map(e -> e.userName() + " " + e.action() + " " + e.target())
        .toList();
    assertThat(log).anyMatch(l -> l.startsWith("beta taxii.read " + idByLevel.get("amber")));
    assertThat(log).anyMatch(l -> l.startsWith("alpha taxii.add " + idByLevel.get("red")));
    assertThat(log).noneMatch(l -> l.contains("taxii.read " + idByLevel.get("green")));
  }
}
