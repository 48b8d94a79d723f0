package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.TestServer.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Role;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.store.StoredObject;

/** Errors become TAXII error resources or REST problems in one place, and internals never reach the client. */
class ErrorMappingTest {

  @TempDir Path dir;

  @Test
  void an_unexpected_failure_is_a_500_without_a_stack_trace_or_exception_name() {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      String c = "3f1d2a9b-8c7e-4d6f-9a0b-1c2d3e4f5a6b";
      t.store.collections().putApiRoot(new ApiRootRow("r", "R", null, 1000));
      t.store.collections().addCollection(new CollectionRow(c, "r", "C", null, null, List.of(), Tlp.RED.ordinal(),
          false, false));
      t.store.collections().grant(c, t.org("o").id(), true, true);
      t.user("u", "o", Role.READER);
      t.store.objects().add(new StoredObject(0, c, "indicator--6770298f-0fd8-471a-ab8c-1c658a46574e", "indicator",
          "2024-01-01T00:00:00.000Z", "k", "2.1", Instant.EPOCH.toString(), 0, t.org("o").id(), "{not json"));
      HttpResponse<String> r = t.get("u", "/taxii2/r/collections/" + c + "/objects/");
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(json(r).get("http_status").asText()).isEqualTo("500");
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("not json");
    }
  }

  @Test
  void unknown_paths_answer_404_in_the_format_of_their_api() {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      t.user("u", "o", Role.READER);
      HttpResponse<String> taxii = t.get("u", "/taxii2/nowhere/else/at/all/");
      assertThat(taxii.statusCode()).isEqualTo(404);
      assertThat(json(taxii).get("http_status").asText()).isEqualTo("404");
      HttpResponse<String> rest = t.get("u", "/api/nothing-here");
      assertThat(rest.statusCode()).isEqualTo(404);
      assertThat(json(rest).get("status").asInt()).isEqualTo(404);
      assertThat(json(rest).get("title").asText()).isEqualTo("Not Found");
    }
  }
}
