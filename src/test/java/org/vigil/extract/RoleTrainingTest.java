package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.registry.Registries;
import org.vigil.report.Report;

/**
 * What the role trainer learns from is what the engine scores (issue 14): a model that fits
 * the trainer's examples must see the same candidates with the same features at run time.
 */
class RoleTrainingTest {

  @Test
  void the_trainer_sees_each_incident_candidate_with_the_probabilities_the_engine_gives_it() {
    RoleModel model = RoleModel.bundled().orElseThrow();
    Extractor rules = Extractor.create(Registries.bundled(), new GazetteerGeocoder(Gazetteer.loadDefault()), null);
    Report r = Report.of("r", "Gunmen shot dead two police officers and a shopkeeper in Quetta on Monday, police"
        + " said. A car bomb killed three soldiers near a market in Peshawar on Tuesday; the Pakistani Taliban"
        + " claimed the bombing. Last year the group attacked a school in the city.", LocalDate.of(2025, 3, 14));

    List<RoleTraining.Item> items = RoleTraining.items(rules, r, model.bits());
    List<List<RoleScorer.Scored>> scored = rules.score(r, model).scored();

    assertThat(scored).hasSizeGreaterThan(1);
    assertThat(items).hasSize(scored.stream().mapToInt(List::size).sum());
    int k = 0;
    for (int n = 0; n < scored.size(); n++) {
      for (RoleScorer.Scored s : scored.get(n)) {
        RoleTraining.Item item = items.get(k++);
        assertThat(item.incident()).isEqualTo(n);
        assertThat(item.text()).isEqualTo(r.text().substring(s.candidate().span().start(), s.candidate().span().end()));
        double[] trained = model.linear().probabilities(item.features());
        for (int l = 0; l < trained.length; l++) {
          assertThat(s.probabilities()[l]).as(item.text() + " " + RoleLabel.values()[l]).isCloseTo(trained[l], within(1e-4));
        }
      }
    }
  }
}
