package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo's watchlists and alerts as its analyst first sees them: neither page is empty. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPagesTest {

  DemoServer demo;

  @BeforeAll
  void start(@TempDir Path dir) {
    demo = new DemoServer(dir);
    demo.signIn();
  }

  @AfterAll
  void stop() {
    demo.close();
  }

  @Test
  void the_demo_analyst_finds_a_group_and_a_protected_site_watched() {
    assertThat(demo.get("/ui/watchlists").body()).contains(">Al-Shabaab</td><td>group</td>")
        .contains(">Shrines of Qom</td><td>site</td>");
  }

  @Test
  void the_demo_analyst_finds_alerts_already_raised_by_both_watchlists() {
    assertThat(demo.loaded.alerts()).isGreaterThanOrEqualTo(4);
    assertThat(demo.get("/ui/alerts").body()).doesNotContain("id=\"no-alerts\"").contains("Al-Shabaab")
        .contains("Shrines of Qom").contains("km from Fatima Masumeh Shrine, Qom");
  }
}
