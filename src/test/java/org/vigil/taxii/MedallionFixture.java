package org.vigil.taxii;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.store.Organisation;
import org.vigil.store.Store;
import org.vigil.web.TestServer;

/**
 * The OASIS reference server's (medallion's) test data, loaded into a store: its API roots, its
 * collections with their read and write permissions (granted to one organisation, as medallion
 * has no organisations), every object version with the {@code date_added} of its manifest
 * entry, and its status resources. Read from {@code ../shared/conformance/taxii} (or
 * {@code $VIGIL_SHARED/conformance/taxii}); tests skip when it is absent.
 */
final class MedallionFixture {

  static final String FILE = "medallion-default_data.json";
  static final String ORG = "medallion";

  private MedallionFixture() {}

  static Path file() {
    String env = System.getenv("VIGIL_SHARED");
    Path shared = env != null ? Path.of(env) : Path.of(System.getProperty("user.dir"), "..", "shared");
    Path f = shared.resolve("conformance").resolve("taxii").resolve(FILE);
    assumeTrue(Files.isReadable(f), "the reference server's fixture is not at " + f
        + " (set VIGIL_SHARED to the shared folder); skipping the conformance tests");
    return f;
  }

  /** Loads the fixture into {@code s}; returns the organisation its collections belong to. */
  static Organisation load(Store s) {
    JsonNode data;
    try {
      data = TestServer.JSON.readTree(Files.readString(file()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Organisation org = s.access().findOrganisation(ORG).orElseGet(() -> s.access().createOrganisation(ORG));
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith("/")) {
        continue;
      }
      JsonNode info = e.getValue().get("information");
      s.collections().putApiRoot(new ApiRootRow(e.getKey(), info.get("title").asText(),
          info.path("description").asText(null), info.get("max_content_length").asLong()));
      for (JsonNode c : e.getValue().path("collections")) {
        List<String> media = new ArrayList<>();
        c.path("media_types").forEach(m -> media.add(m.asText()));
        CollectionRow row = new CollectionRow(c.get("id").asText(), e.getKey(), c.get("title").asText(),
            c.path("description").asText(null), c.path("alias").asText(null), media, Tlp.RED.ordinal(),
            false, false);
        s.collections().addCollection(row);
        s.collections().grant(c.get("id").asText(), org.id(), c.get("can_read").asBoolean(),
            c.get("can_write").asBoolean());
        for (JsonNode o : c.path("objects")) {
          String version = o.has("modified") ? o.get("modified").asText() : o.get("created").asText();
          String added = dateAdded(c, o.get("id").asText(), version);
          s.objects().add(Stored.of((ObjectNode) o, row, org.id(), Instant.parse(added)));
        }
      }
      for (JsonNode st : e.getValue().path("status")) {
        s.objects().putStatus(st.get("id").asText(), e.getKey(), org.id(), st.toString(),
            st.get("request_timestamp").asText());
      }
    }
    return org;
  }

  private static String dateAdded(JsonNode collection, String id, String version) {
    for (JsonNode m : collection.path("manifest")) {
      if (m.get("id").asText().equals(id) && m.get("version").asText().equals(version)) {
        return m.get("date_added").asText();
      }
    }
    throw new IllegalStateException("the fixture's manifest has no entry for " + id + " version " + version);
  }
}
