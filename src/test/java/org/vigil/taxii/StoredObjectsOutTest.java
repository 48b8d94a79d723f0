package org.vigil.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Role;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.web.TestServer;

/**
 * A page of objects is written from the objects as stored, not from a tree read again: a client
 * gets exactly the bytes that reading each object and writing it back would give, whatever the
 * spacing, escapes, characters and numbers it was posted with.
 */
class StoredObjectsOutTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OBJECTS = "/taxii2/r/collections/c/objects/";

  @TempDir Path dir;

  @Test
  void a_page_is_what_reading_and_writing_each_object_again_gives() throws Exception {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      t.store.collections().putApiRoot(new ApiRootRow("r", "R", null, 1_000_000));
      t.store.collections().addCollection(new CollectionRow("c", "r", "C", null, null,
          List.of("application/stix+json;version=2.1"), Tlp.RED.ordinal(), Tlp.GREEN.ordinal(), false, false));
      t.store.collections().grant("c", t.org("o").id(), true, true);
      t.user("u", "o", Role.ADMIN);
      String posted = "{ \"type\" : \"identity\", \"spec_version\": \"2.1\",\n"
          + "  \"id\": \"identity--5a0a4f3c-8b2e-4c1d-9f6a-2b7e9d1c3a40\", \"created\": \"2024-01-01T00:00:00.000Z\",\n"
          + "  \"modified\": \"2024-01-01T00:00:00.000Z\", \"name\": \"Caf\\u00e9 \\\"Nord\\\" \\\\ / \\ud83d\\ude00 \u00fc\",\n"
          + "  \"identity_class\": \"organization\", \"x_score\": 1.50, \"x_big\": 1e3, \"x_list\": [1, -0.0, true, null,"
          + " {\"a\": \"\\t\"}] }";
      assertThat(t.post("u", OBJECTS, "{\"objects\":[" + posted + "]}").statusCode()).isEqualTo(202);

      HttpResponse<String> page = t.get("u", OBJECTS);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).isEqualTo(JSON.readTree(page.body()).toString())
          .contains(JSON.readTree(posted).toString());
      assertThat(JSON.readTree(page.body()).path("objects").get(0)).isEqualTo(JSON.readTree(posted));
    }
  }
}
