package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.incidents;
import static org.vigil.merge.StoredReports.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.alert.Alerter;
import org.vigil.dataset.DatasetImporter;
import org.vigil.geo.Gazetteer;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.query.IncidentViews;
import org.vigil.store.IncidentLink;
import org.vigil.store.IncidentRow;
import org.vigil.store.Review;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;
import org.vigil.store.Ownership;
import org.vigil.stix.Tlp;

/** Follow-up reports in the knowledge base: what joins, what stays apart, and what follows a merge. */
class FollowUpMergeTest {

  private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

  @TempDir Path dir;

  /** Kano, Saturday 2024-03-09: eight killed at Kurmi market. */
  static final String FIRST = report("first", "2024-03-09", "KANO, Nigeria, March 9 (Test Wire) - A suicide bomber "
      + "blew herself up at Kurmi market in Kano on Saturday, killing eight people and wounding 21, police said.");
  /** The next day: three more bodies found, no total. */
  static final String MORE = report("more", "2024-03-10", "KANO, Nigeria, March 10 (Test Wire) - Rescue workers pulled "
      + "three more bodies from the rubble of Kurmi market in Kano on Sunday, a day after a suicide bombing there.");
  /** Two days later: police arrest three men over the bombing. */
  static final String ARREST = report("arrest", "2024-03-12", "KANO, Nigeria, March 12 (Test Wire) - Police in Kano on "
      + "Monday arrested three men suspected of involvement in Saturday's bombing of Kurmi market, a spokesman said.");

  private static IncidentRow only(Store store, String type) {
    List<IncidentRow> of = incidents(store).stream().filter(i -> i.type().equals(type)).toList();
    assertThat(of).hasSize(1);
    return of.get(0);
  }

  @Test
  void more_deaths_reported_later_add_to_the_toll_and_the_history_shows_every_figure() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "kano.jsonl", FIRST, MORE);

      IncidentRow bombing = only(store, "bombing");
      assertThat(bombing.killed()).isEqualTo(11);
      TollHistory h = TollHistory.of(store.sources().ofIncident(Viewer.OPERATOR, bombing.id()), "killed");
      assertThat(h.entries()).extracting(TollHistory.Entry::published, TollHistory.Entry::value,
          TollHistory.Entry::increase, TollHistory.Entry::chosen)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-03-09", 8, false, true),
              org.assertj.core.groups.Tuple.tuple("2024-03-10", 3, true, true));
      assertThat(h.rule()).isEqualTo("the only figure given, plus 3 more reported dead since");
    }
  }

  @Test
  void an_arrest_over_the_bombing_is_linked_to_it_not_merged() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "kano.jsonl", FIRST, ARREST);

      IncidentRow bombing = only(store, "bombing");
      IncidentRow arrest = only(store, "arrest");
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, bombing.id())).hasSize(2);
      assertThat(store.links().of(Viewer.OPERATOR, bombing.id())).extracting(IncidentLink::from, IncidentLink::to, IncidentLink::kind)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(arrest.id(), bombing.id(), "response_to"));
      JsonNode related = new IncidentViews(store, Viewer.OPERATOR).detail(bombing).get("related");
      assertThat(related.get(0).get("direction").asText()).isEqualTo("from");
      assertThat(related.get(0).get("evidence").asText()).contains("suspected of involvement in Saturday's bombing");
    }
  }

  @Test
  void a_threat_and_the_attack_that_followed_stay_two_incidents() throws IOException {
    String threat = report("threat", "2024-08-06", "NAIROBI, Aug 6 (Test Wire) - Al-Shabaab threatened on Tuesday to "
        + "bomb hotels in Nairobi that host foreign delegates.");
    String attack = report("attack", "2024-08-09", "NAIROBI, Aug 9 (Test Wire) - A bomb exploded at a hotel in Nairobi "
        + "on Friday, killing four people. Al-Shabaab claimed the bombing.");
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "nairobi.jsonl", threat, attack);

      assertThat(incidents(store)).extracting(IncidentRow::status)
          .containsExactlyInAnyOrder("threatened", "accomplished");
    }
  }

  @Test
  void two_bombings_in_one_city_on_one_day_at_different_kinds_of_site_stay_apart() throws IOException {
    String market = report("market", "2024-01-18", "BAGHDAD, Jan 18 (Test Wire) - A car bomb exploded in a market in "
        + "Baghdad on Thursday, killing 16 people. Islamic State claimed the attack.");
    String checkpoint = report("checkpoint", "2024-01-18", "BAGHDAD, Jan 18 (Test Wire) - A roadside bomb exploded at "
        + "an army checkpoint in Baghdad on Thursday, killing three soldiers. Islamic State claimed the attack.");
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "baghdad.jsonl", market, checkpoint);

      assertThat(incidents(store)).extracting(IncidentRow::killed).containsExactlyInAnyOrder(16, 3);
    }
  }

  @Test
  void a_supermarket_in_one_report_and_a_shop_in_the_next_are_one_kind_of_site() throws IOException {
    String first = report("first", "2024-06-06", "ZEIST, Netherlands, June 6 (Test Wire) - Arsonists threw a "
        + "firebomb into a Turkish supermarket in Zeist on Thursday night. No one was hurt, police said.");
    String next = report("next", "2024-06-07", "ZEIST, Netherlands, June 7 (Test Wire) - Police are looking for two "
        + "men who set fire to a Turkish shop in Zeist on Thursday night. No one was hurt in the fire.");
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "zeist.jsonl", first, next);

      assertThat(incidents(store)).extracting(IncidentRow::place).containsExactly("Zeist");
    }
  }

  @Test
  void a_funeral_report_naming_the_short_name_of_the_group_and_an_unnamed_checkpoint_joins_the_attack()
      throws IOException {
    String first = report("first", "2024-05-06", "QUETTA, Pakistan, May 6 (Test Wire) - Tehrik-i-Taliban Pakistan "
        + "fighters attacked a police checkpoint on Sariab road in Quetta on Sunday night, killing six policemen.");
    String funeral = report("funeral", "2024-05-08", "QUETTA, Pakistan, May 8 (Test Wire) - Mourners attended the "
        + "funerals on Wednesday of six policemen killed in Sunday's Taliban attack on a checkpoint in Quetta.");
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "quetta.jsonl", first, funeral);

      assertThat(incidents(store)).singleElement().satisfies(i -> assertThat(i.killed()).isEqualTo(6));
    }
  }

  /** The Kano bombing as a GTD record. */
  static final String GTD = "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,"
      + "attacktype1_txt,targtype1_txt,target1,gname,nkill,nwound,success,claimed\r\n"
      + "202403090007,2024,3,9,Nigeria,Kano,Kano,12.0001,8.5167,Bombing/Explosion,Private Citizens & Property,"
      + "Kurmi market,Unknown,11,21,1,0\r\n";

  private DatasetImporter.Result importGtd(Store store) throws IOException {
    Path csv = Files.writeString(dir.resolve("gtd.csv"), GTD);
    return new DatasetImporter(store, new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
        GAZETTEER, KnowledgeBase.REGISTRIES.groups(), 10).run(csv, DatasetImporter.Format.GTD, Ownership.instance(Tlp.GREEN), line -> { });
  }

  @Test
  void a_dataset_record_joins_the_news_of_its_event_and_news_joins_a_record_imported_first() throws IOException {
    Files.createDirectories(dir.resolve("news-first"));
    Files.createDirectories(dir.resolve("records-first"));
    try (Store store = KnowledgeBase.open(dir.resolve("news-first"))) {
      KnowledgeBase.ingest(store, dir, "kano.jsonl", FIRST);
      assertThat(importGtd(store).joined()).isEqualTo(1);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, only(store, "bombing").id())).extracting(SourceRow::dataset)
          .containsExactly(null, "gtd");
    }
    try (Store store = KnowledgeBase.open(dir.resolve("records-first"))) {
      assertThat(importGtd(store).created()).isEqualTo(1);
      KnowledgeBase.ingest(store, dir, "kano.jsonl", FIRST);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, only(store, "bombing").id())).extracting(SourceRow::dataset)
          .containsExactly("gtd", null);
    }
  }

  @Test
  void two_records_of_one_dataset_never_merge() throws IOException {
    String twice = GTD + "202403090008,2024,3,9,Nigeria,Kano,Kano,12.0001,8.5167,Bombing/Explosion,"
        + "Private Citizens & Property,Kurmi market,Unknown,11,21,1,0\r\n";
    Path csv = Files.writeString(dir.resolve("twice.csv"), twice);
    try (Store store = KnowledgeBase.open(dir)) {
      new DatasetImporter(store, new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
          GAZETTEER, KnowledgeBase.REGISTRIES.groups(), 10).run(csv, DatasetImporter.Format.GTD, Ownership.instance(Tlp.GREEN), l -> { });

      assertThat(incidents(store)).hasSize(2);
    }
  }

  @Test
  void merging_an_incident_moves_its_alerts_reviews_and_links_and_its_id_leads_to_the_kept_one() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "kano.jsonl", ARREST);
      IncidentRow recalled = only(store, "bombing");
      // told as another site, so the knowledge base keeps it apart; an analyst knows better
      KnowledgeBase.ingest(store, dir, "first.jsonl", report("elsewhere", "2024-03-09", "KANO, March 9 (Test Wire) - "
          + "A bomb went off at a bus station in Kano on Saturday, killing eight people."));
      IncidentRow news = incidents(store).stream().filter(i -> i.type().equals("bombing") && i.id() != recalled.id())
          .findFirst().orElseThrow();
      long org = store.access().createOrganisation("Watchers").id();
      long watch = store.watches().insert(new org.vigil.store.WatchlistRow(0, null, org, "Kano", "place", "Kano",
          12.0, 8.5, 50.0, null, List.of(), null, false)).id();
      new Alerter(KnowledgeBase.REGISTRIES.groups()).onIncidents(store, Set.of(recalled.id(), news.id()));
      store.reviews().put(new Review(recalled.id(), "type", "confirm", "\"bombing\"", "2024-03-13T00:00:00Z"));
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());

      store.inTransaction(() -> {
        merger.mergeInto(news.id(), recalled.id(), "the same bombing");
        return null;
      });

      assertThat(store.incidents().byId(Viewer.OPERATOR, recalled.id())).isEmpty();
      assertThat(store.links().mergedInto(Viewer.OPERATOR, recalled.id())).hasValue(news.id());
      assertThat(store.reviews().ofIncident(news.id())).extracting(Review::field).containsExactly("type");
      assertThat(store.alerts().find(watch, recalled.id())).isEmpty();
      assertThat(store.alerts().find(watch, news.id())).isPresent();
      assertThat(store.links().of(Viewer.OPERATOR, news.id())).extracting(IncidentLink::to).containsExactly(news.id());
    }
  }

  @Test
  void a_split_off_incident_stays_apart_through_re_extraction_with_its_reviews() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", KnowledgeBase.WIRE_1, KnowledgeBase.LOCAL_2);
      IncidentRow hotel = incidents(store).get(0);
      IncidentMerger merger = new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults());
      long split = store.inTransaction(() -> merger.split(hotel.id(), store.sources().ofIncident(Viewer.OPERATOR, hotel.id()).get(1).id()));
      store.reviews().put(new Review(split, "wounded", "set", "{\"value\":30,\"qualifier\":\"exact\"}",
          "2024-03-13T00:00:00Z"));

      new org.vigil.ingest.Reextractor(store, KnowledgeBase.ENGINE, merger, KnowledgeBase.REGISTRIES.groups(), 100).run();

      assertThat(store.links().mergedInto(Viewer.OPERATOR, split)).as("the analyst's split stands").isEmpty();
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, split)).hasSize(1);
      assertThat(store.reviews().ofIncident(split)).extracting(Review::field).containsExactly("wounded");
      assertThat(store.incidents().byId(Viewer.OPERATOR, split).orElseThrow().wounded()).isEqualTo(30);
      assertThat(store.sources().ofIncident(Viewer.OPERATOR, hotel.id())).hasSize(1);
    }
  }

  @Test
  void a_group_an_analyst_merged_into_another_shows_as_that_one_on_the_incident() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "a.jsonl", KnowledgeBase.ISIS_7);
      store.groups().merge("al-shabaab", "islamic-state-somalia");

      JsonNode view = new IncidentViews(store, Viewer.OPERATOR).view(incidents(store).get(0));
      assertThat(view.at("/perpetrators/0/group").asText()).isEqualTo("Al-Shabaab");
      assertThat(view.at("/perpetrators/0/groupAsReported").asText()).isEqualTo("Islamic State Somalia Province");
    }
  }
}
