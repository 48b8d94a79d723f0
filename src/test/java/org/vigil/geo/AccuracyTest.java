package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the accuracy figures published in docs/quality.md. The MUC-4 part needs the corpus at
 * ../shared/data/muc4/dev and is skipped without it.
 */
class AccuracyTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.loadDefault();
  }

  @Test
  void team_reports_get_the_country_right_for_98_percent_and_the_town_within_25_km_for_90_percent()
      throws IOException {
    for (String set : new String[] {TeamReports.DEV, TeamReports.HELD_OUT, TeamReports.HELD_OUT_2,
        TeamReports.HELD_OUT_3}) {
      TeamReports.Result r = TeamReports.evaluate(gazetteer, TeamReports.read(set));
      assertThat(r.countryRight()).as(set + "\n" + r.summary() + r.misses())
          .isGreaterThanOrEqualTo((int) Math.ceil(0.98 * r.reports()));
      assertThat(r.townWithin25km()).as(set + "\n" + r.summary() + r.misses())
          .isGreaterThanOrEqualTo((int) Math.ceil(0.90 * r.withTown()));
    }
  }

  @Test
  void muc4_dev_accuracy_does_not_fall_below_the_published_figures() throws IOException {
    Path dir = Muc4Corpus.defaultDir();
    assumeTrue(Files.isDirectory(dir), "MUC-4 corpus not found at " + dir.toAbsolutePath()
        + "; skipping the MUC-4 measurement");
    Muc4Evaluation.Result r = Muc4Evaluation.evaluate(gazetteer, Muc4Corpus.read(dir));
    System.out.print(r.summary());
    assertThat(r.messages()).isGreaterThan(600);
    assertThat(r.countryRight()).as(r.summary()).isGreaterThanOrEqualTo((int) (0.89 * r.messages()));
    assertThat(r.townWithin25km()).as(r.summary())
        .isGreaterThanOrEqualTo((int) (0.80 * r.townInGazetteer()));
  }
}
