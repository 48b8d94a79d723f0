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
 * Two reports that name no day tell of events of their own days: days apart, the words of a
 * target attacked again and again (an airport, a liquor store) do not make them one event. A
 * later report that names the day of the earlier attack still joins it, as does a toll update
 * ({@code MergeTest}).
 */
class UntoldDaysTest {

  @TempDir Path dir;

  private static final String FIRST = "Explosive-laden drones struck Abha International Airport in Asir, Saudi "
      + "Arabia, damaging a parked plane. Nobody was hurt, the coalition said.";

  @Test
  void drone_strikes_on_one_airport_reported_three_days_apart_without_a_day_are_two_incidents() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "abha.jsonl", report("a", "2021-02-10", FIRST),
          report("b", "2021-02-13", "An explosive-laden drone struck Abha International Airport in Asir, Saudi "
              + "Arabia, setting a hangar on fire. No one was injured, the coalition said."));

      assertThat(incidents(store)).as("the airport was attacked twice").hasSize(2);
    }
  }

  @Test
  void a_later_report_that_names_the_day_of_the_earlier_strike_joins_it() throws IOException {
    try (Store store = KnowledgeBase.open(dir)) {
      KnowledgeBase.ingest(store, dir, "abha.jsonl", report("a", "2021-02-10", FIRST),
          report("b", "2021-02-13", "Houthi rebels said they carried out the drone strike on Abha International "
              + "Airport in Asir, Saudi Arabia, on Wednesday, in which nobody was hurt."));

      assertThat(incidents(store)).as("one strike, claimed three days later").hasSize(1);
    }
  }
}
