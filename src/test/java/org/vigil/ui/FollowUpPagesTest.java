package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/** The demo's follow-up reports on the incident page: one incident, the latest toll, its history. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpPagesTest {

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

  private long incidentOf(String report) {
    return demo.call(s -> {
      long id = s.reports().after(Viewer.OPERATOR, 0, 1000).stream().filter(r -> r.extId().equals(report)).findFirst().orElseThrow().id();
      return s.sources().ofReport(Viewer.OPERATOR, id).get(0).incidentId();
    });
  }

  private List<String> reportsOf(Store s, long incident) {
    return s.sources().ofIncident(Viewer.OPERATOR, incident).stream().map(SourceRow::reportId)
        .map(r -> s.reports().byId(Viewer.OPERATOR, r).orElseThrow().extId()).toList();
  }

  @Test
  void the_mogadishu_follow_ups_are_one_incident_with_the_toll_that_has_risen_and_a_later_threat_stays_apart() {
    long bombing = incidentOf("own-01-mogadishu-toll-rises");

    List<String> reports = demo.call(s -> reportsOf(s, bombing));
    Integer killed = demo.call(s -> s.incidents().byId(Viewer.OPERATOR, bombing).orElseThrow().killed());

    assertThat(reports).containsExactlyInAnyOrder("own-01-mogadishu-toll-rises", "own-02-mogadishu-syndicated",
        "team-02-mogadishu-car-bomb-claimed");
    assertThat(killed).isEqualTo(19);
    assertThat(incidentOf("team-41-mogadishu-hotel-threat-and-mortar")).isNotEqualTo(bombing);
  }

  @Test
  void the_incident_page_shows_the_history_of_the_toll_and_why_each_report_was_merged_in_words() {
    String page = demo.get("/ui/incidents/" + incidentOf("own-01-mogadishu-toll-rises")).body();

    assertThat(page).contains("<h2>Casualty figures</h2>").contains("killed: 19</h3>")
        .contains("the most recent report&#39;s figure")
        .contains("<tr class=\"chosen\"><td>2024-03-14</td><td>19</td>")
        .contains("<td>2024-03-13</td><td>at least 12</td>")
        .contains("same group (Al-Shabaab), same type (bombing), same day");
  }

  @Test
  void a_memorial_of_an_old_bombing_makes_no_new_bombing() {
    long memorial = incidentOf("team-34-manchester-arena-anniversary");

    boolean recalled = demo.call(s -> s.incidents().byId(Viewer.OPERATOR, memorial).orElseThrow().backgroundOnly());
    boolean counts = demo.call(s -> s.sources().ofIncident(Viewer.OPERATOR, memorial).stream().anyMatch(SourceRow::counts));

    assertThat(recalled).as("known only from recollections").isTrue();
    assertThat(counts).as("a recollection's toll does not count").isFalse();
  }

  @Test
  void the_id_of_an_incident_merged_into_another_leads_to_that_one() {
    long kept = incidentOf("own-05-maiduguri-market");
    long other = incidentOf("own-07-peshawar-checkpoint");
    demo.call(s -> s.inTransaction(() -> {
      new IncidentMerger(s, Registries.bundled().groups(), MergeRules.defaults()).mergeInto(kept, other, "test merge");
      return null;
    }));

    HttpResponse<String> r = demo.get("/ui/incidents/" + other);
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue("/ui/incidents/" + kept);
    assertThat(demo.get("/ui/incidents/" + kept).body()).contains("<h2>Merged into this incident</h2>")
        .contains("incident " + other);
  }
}
