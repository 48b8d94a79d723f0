package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Role;
import org.vigil.web.TestServer;

/**
 * The benchmark's client reads whole answers, short and long, good and refused, one after the
 * other on one connection, so that each request it counts was answered; it sends nothing
 * beyond the loopback address.
 */
class LoopbackClientTest {

  @Test
  void answers_short_and_long_follow_each_other_on_one_connection(@TempDir Path dir) throws Exception {
    try (TestServer t = new TestServer(dir, TestServer.settings())) {
      t.user("ana", "Observatory", Role.ANALYST);
      QueryLoad.fill(t.store, 300, 1);
      URI base = URI.create(t.url("/"));
      String key = "Bearer " + t.key("ana");
      byte[] page = LoopbackClient.request(base.resolve("/api/incidents?limit=100"), key, "application/json", null);
      byte[] stats = LoopbackClient.request(base.resolve("/api/stats"), key, "application/json", null);
      byte[] refused = LoopbackClient.request(base.resolve("/api/stats"), "Bearer not-a-key", "application/json", null);
      byte[] report = LoopbackClient.request(base.resolve("/api/reports"), key, "application/json",
          "{\"text\":\"Gunmen attacked a police post in Kirkuk on Friday, killing two officers.\"}");

      try (LoopbackClient client = new LoopbackClient(base.getPort())) {
        assertThat(client.send(page)).as("a page of 100 incidents, longer than the server's output buffer").isEqualTo(200);
        assertThat(client.send(stats)).isEqualTo(200);
        assertThat(client.send(refused)).isEqualTo(401);
        assertThat(client.send(report)).isEqualTo(202);
        assertThat(client.send(page)).isEqualTo(200);
      }
      assertThat(t.send(t.as("ana", "/api/incidents?limit=100")).headers().firstValue("Transfer-Encoding"))
          .as("the long page came in chunks").hasValue("chunked");
    }
  }

  @Test
  void it_refuses_an_address_other_than_the_loopback() {
    assertThatThrownBy(() -> LoopbackClient.request(URI.create("http://example.org:8080/api/stats"), "Bearer k",
        "application/json", null)).hasMessageContaining("loopback address only, not example.org");
  }
}
