package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.merge.StoredReports.incidents;
import static org.vigil.merge.StoredReports.report;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.store.Store;

/**
 * Reports of two days in one city are one event only on evidence beyond type and place: one dead
 * or two is every day's toll in a city at war, so a small figure both give is none; a telling
 * toll, a group or a distinctive word still is.
 */
class SmallTollsTest {

  @TempDir Path dir;

  @Test
  void two_killings_of_one_person_a_day_apart_in_one_city_are_two_incidents() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "kabul.jsonl",
          report("man", "2024-03-04", "KABUL, March 4 (Test Wire) - Gunmen shot dead a man in Kabul on "
              + "Sunday, police said."),
          report("woman", "2024-03-04", "KABUL (Test Wire) - Gunmen shot dead a woman in Kabul, police said."));

      assertThat(incidents(store)).as("Sunday's man and the woman of the report's own day").hasSize(2);
    }
  }

  @Test
  void a_telling_toll_a_day_apart_still_joins_a_follow_up() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "kabul.jsonl",
          report("first", "2024-03-04", "KABUL, March 4 (Test Wire) - A bomb killed seven people at a bus stop in Kabul "
              + "on Sunday, police said."),
          report("next", "2024-03-04", "KABUL (Test Wire) - Seven people were killed when a bomb went off in Kabul, "
              + "police said."));

      assertThat(incidents(store)).as("seven dead on both sides").hasSize(1);
    }
  }
}
