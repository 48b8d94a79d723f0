package org.vigil.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.web.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Role;
import org.vigil.store.ApiRootRow;
import org.vigil.web.PublicAddress;
import org.vigil.web.ServerSettings;
import org.vigil.web.TestServer;

/**
 * Issue 19, point 4: behind a TLS proxy, discovery hands out the URLs clients must use. The
 * requests carry the headers a proxy such as nginx adds; taxii2-client follows {@code api_roots}.
 */
class DiscoveryAddressTest {

  @TempDir Path dir;

  JsonNode discovery(PublicAddress address, String... headers) {
    try (TestServer t = new TestServer(dir, TestServer.settings().withPublicAddress(address))) {
      t.store.collections().putApiRoot(new ApiRootRow("sharing", "Sharing", null, 1_000_000));
      t.user("pat", "partner", Role.READER);
      return json(t.send(headers.length == 0 ? t.as("pat", "/taxii2/") : t.as("pat", "/taxii2/").headers(headers)));
    }
  }

  static final String[] FORWARDED = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "cti.example.org"};

  @Test
  void forwarded_scheme_and_host_from_a_trusted_proxy_make_the_api_root_urls() {
    JsonNode d = discovery(new PublicAddress(null, List.of("127.0.0.0/8")), FORWARDED);
    assertThat(d.get("api_roots").get(0).asText()).isEqualTo("https://cti.example.org/taxii2/sharing/");
    assertThat(d.get("default").asText()).isEqualTo("https://cti.example.org/taxii2/sharing/");
  }

  @Test
  void forwarded_headers_from_any_other_peer_are_ignored() {
    JsonNode d = discovery(new PublicAddress(null, List.of("10.0.0.0/8", "::1/128")), FORWARDED);
    assertThat(d.get("api_roots").get(0).asText()).startsWith("http://127.0.0.1:").endsWith("/taxii2/sharing/");
  }

  @Test
  void the_public_url_setting_wins_over_every_header() {
    JsonNode d = discovery(new PublicAddress("https://intel.example.net/vigil/", List.of("127.0.0.1")), FORWARDED);
    assertThat(d.get("api_roots").get(0).asText()).isEqualTo("https://intel.example.net/vigil/taxii2/sharing/");
  }

  @Test
  void a_bad_public_url_or_proxy_range_is_refused_naming_the_setting() {
    assertThatThrownBy(() -> new PublicAddress("cti.example.org", List.of()))
        .hasMessageContaining("server.public-url 'cti.example.org'");
    assertThatThrownBy(() -> new PublicAddress(null, List.of("proxy.local")))
        .hasMessageContaining("server.trusted-proxies entry 'proxy.local'");
    assertThat(ServerSettings.defaults().address()).isEqualTo(PublicAddress.direct());
  }
}
