package org.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.extract.Extractor;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.ingest.IngestSettings;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.store.AlertRow;
import org.vigil.store.Database;
import org.vigil.store.GroupRow;
import org.vigil.store.IncidentRow;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;
import org.vigil.store.Viewer;
import org.vigil.store.WatchlistRow;

/**
 * The demo of {@code vigil serve --demo} as a first-time analyst meets it, loaded into a real
 * SQLite file: reports that read like news, the two watchlists with their alerts, and the key
 * records right.
 */
class DemoDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Store store;
  static DemoData.Loaded loaded;

  @BeforeAll
  static void loadTheDemo() {
    Registries registries = Registries.bundled();
    store = SqlStore.open(Database.sqlite(dir));
    store.inTransaction(() -> {
      store.groups().seed(registries.groups().all().stream()
          .map(g -> new GroupRow(g.id(), g.name(), g.parent(), null)).toList());
      return null;
    });
    Extractor extractor = Extractor.create(registries, new GazetteerGeocoder(Gazetteer.loadDefault()));
    loaded = DemoData.load(store, registries, extractor, MergeRules.defaults(), IngestSettings.defaults(), dir);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void every_report_has_a_headline_a_named_source_and_a_date_not_a_test_description() throws IOException {
    List<String> names = DemoData.reportNames();
    assertThat(names).hasSizeGreaterThanOrEqualTo(60);
    assertThat(loaded.summary().read()).isEqualTo(names.size());
    for (String name : names) {
      JsonNode r = resource(name);
      String title = r.path("title").asText();
      assertThat(title).as(name).isNotBlank().hasSizeLessThan(100)
          .doesNotContainPattern("(?i)\\b(is an?|gives|counts|records|reads)\\b.*\\b(incident|plot|attack|bombing|count)")
          .doesNotContain("<");
      assertThat(r.path("source").asText()).as(name).isNotBlank().doesNotContain("Example").doesNotContain("Test");
      assertThat(r.path("text").asText()).as(name).doesNotContain("Example Wire").doesNotContain("<script");
      assertThat(LocalDate.parse(r.path("published").asText())).as(name).isBetween(LocalDate.of(2020, 1, 1),
          LocalDate.of(2026, 1, 1));
    }
    assertThat(names.stream().map(n -> resource(n).path("title").asText()).distinct()).hasSameSizeAs(names);
  }

  @Test
  void a_group_and_a_protected_site_are_watched_and_have_raised_alerts() {
    List<WatchlistRow> watchlists = store.watches().all();
    assertThat(watchlists).extracting(WatchlistRow::kind).containsExactlyInAnyOrder("group", "site");
    Map<Long, List<AlertRow>> alerts = store.alerts().latest(1000).stream()
        .collect(Collectors.groupingBy(AlertRow::watchlistId));
    assertThat(loaded.alerts()).isEqualTo(alerts.values().stream().mapToInt(List::size).sum());
    WatchlistRow group = watchlists.stream().filter(w -> w.kind().equals("group")).findFirst().orElseThrow();
    WatchlistRow site = watchlists.stream().filter(w -> w.kind().equals("site")).findFirst().orElseThrow();
    assertThat(group.value()).isEqualTo("Al-Shabaab");
    assertThat(alerts.get(group.id())).hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(a -> assertThat(incident(a.incidentId()).countryCode()).isIn("SO", "KE"));
    assertThat(alerts.get(site.id())).singleElement()
        .satisfies(a -> assertThat(incident(a.incidentId()).type()).isEqualTo("foiled_plot"));
  }

  @Test
  void the_mogadishu_restaurant_bombing_is_one_incident_from_its_three_reports() {
    IncidentRow i = onlyIncidentOf("own-01-mogadishu-toll-rises");
    assertThat(incidentsOf("own-02-mogadishu-syndicated")).containsExactly(i);
    assertThat(incidentsOf("team-02-mogadishu-car-bomb-claimed")).containsExactly(i);
    assertThat(i.type()).isEqualTo("bombing");
    assertThat(i.countryCode()).isEqualTo("SO");
    assertThat(i.groupId()).isEqualTo("al-shabaab");
    assertThat(i.killed()).isEqualTo(19);
  }

  @Test
  void the_shrine_plot_is_foiled_in_qom_and_the_kerman_bombing_is_background_with_more_than_90_killed() {
    List<IncidentRow> all = incidentsOf("team-01-shrine-pilgrims-foiled-plot");
    IncidentRow plot = all.stream().filter(i -> !i.backgroundOnly()).collect(single());
    assertThat(plot.type()).isEqualTo("foiled_plot");
    assertThat(plot.place()).isEqualTo("Qom");
    IncidentRow kerman = all.stream().filter(i -> "Kerman".equals(i.place())).collect(single());
    assertThat(kerman.backgroundOnly()).isTrue();
    assertThat(kerman.type()).isEqualTo("bombing");
    assertThat(kerman.countryCode()).isEqualTo("IR");
    assertThat(record(kerman).at("/casualties/killed/qualifier").asText()).isEqualTo("more_than");
    assertThat(kerman.killed()).isEqualTo(90);
  }

  @Test
  void the_siege_of_palma_recalled_from_pemba_is_in_mozambique() {
    IncidentRow palma = incidentsOf("team-52-cabo-delgado-church-burning-abductions-palma").stream()
        .filter(i -> "Palma".equals(i.place())).collect(single());
    assertThat(palma.countryCode()).isEqualTo("MZ");
    assertThat(palma.backgroundOnly()).isTrue();
    assertThat(palma.dateValue()).isEqualTo("2021-03");
  }

  @Test
  void an_anniversary_recalls_the_attack_on_its_own_date_and_adds_no_news_incident() {
    assertThat(incidentsOf("own-08-background-anniversary")).extracting(DemoDataTest::summary)
        .allMatch(i -> i.endsWith(", background")).contains("bombing 2004-03-11 ES killed 193, background");
  }

  @Test
  void a_memorial_a_verdict_and_a_release_recall_their_attacks_once_each_on_their_own_dates() {
    assertThat(incidentsOf("team-34-manchester-arena-anniversary")).extracting(DemoDataTest::summary)
        .containsExactly("bombing 2017-05-22 GB killed 23, background");
    assertThat(incidentsOf("team-33-dhaka-cafe-siege-appeal-verdict")).extracting(DemoDataTest::summary)
        .containsExactly("hostage_barricade 2016-07-01 BD killed 27, background");
    assertThat(incidentsOf("team-13-galaxy-leader-crew-freed")).extracting(DemoDataTest::summary)
        .containsExactly("hijacking 2023-11 YE killed null, background");
  }

  @Test
  void an_arrest_for_an_old_kidnapping_places_the_kidnapping_in_the_philippines_not_with_the_hostages_nationality() {
    assertThat(incidentsOf("team-21-zamboanga-abu-sayyaf-arrest")).extracting(DemoDataTest::summary)
        .containsExactlyInAnyOrder("arrest 2023-03-01 PH killed null, news", "kidnapping 2001 PH killed null, background");
  }

  @Test
  void a_foiled_ferry_plot_is_one_plot_and_a_beating_is_accomplished() {
    assertThat(incidentsOf("own-04-mombasa-foiled-plot")).extracting(IncidentRow::type).containsExactly("foiled_plot");
    assertThat(record(onlyIncidentOf("own-12-lima-official-beaten")).path("status").asText()).isEqualTo("accomplished");
  }

  /** "bombing 2004-03-11 ES killed 193, background": what an analyst checks first. */
  static String summary(IncidentRow i) {
    return i.type() + " " + i.dateValue() + " " + i.countryCode() + " killed " + i.killed()
        + (i.backgroundOnly() ? ", background" : ", news");
  }

  @Test
  void reports_about_sport_business_films_politics_drills_and_denials_add_no_incident() {
    for (String name : DemoData.reportNames()) {
      if (name.matches("team-(2[5-9]|3[0-2])-.*")) {
        assertThat(incidentsOf(name.replace(".json", ""))).as(name).isEmpty();
      }
    }
  }

  static IncidentRow onlyIncidentOf(String report) {
    List<IncidentRow> all = incidentsOf(report);
    assertThat(all).as(report).hasSize(1);
    return all.get(0);
  }

  static List<IncidentRow> incidentsOf(String report) {
    long id = store.reports().after(Viewer.OPERATOR, 0, 1000).stream().filter(r -> r.extId().equals(report))
        .findFirst().orElseThrow(() -> new AssertionError("no report " + report)).id();
    return store.sources().ofReport(Viewer.OPERATOR, id).stream().map(s -> incident(s.incidentId())).distinct()
        .toList();
  }

  static IncidentRow incident(long id) {
    return store.incidents().byId(Viewer.OPERATOR, id).orElseThrow();
  }

  static JsonNode record(IncidentRow i) {
    try {
      return JSON.readTree(i.recordJson());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static <T> java.util.stream.Collector<T, ?, T> single() {
    return Collectors.collectingAndThen(Collectors.toList(), l -> {
      assertThat(l).hasSize(1);
      return l.get(0);
    });
  }

  private static JsonNode resource(String name) {
    try (InputStream in = DemoData.class.getResourceAsStream("/org/vigil/demo/reports/" + name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
