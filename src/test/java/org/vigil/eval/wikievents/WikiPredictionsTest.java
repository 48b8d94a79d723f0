package org.vigil.eval.wikievents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.eval.Fixtures;
import org.vigil.extract.Casualties;
import org.vigil.extract.Claim;
import org.vigil.extract.Evidence;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Status;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;

/** Which of an incident's words the WikiEvents scoring reads as its places. */
class WikiPredictionsTest {

  private static Incident attack(List<Target> targets, Evidence... evidence) {
    return new Incident(IncidentType.ARMED_ASSAULT, Status.ACCOMPLISHED, false, null,
        Fixtures.city("Lashkar Gah", "Helmand", "Afghanistan", 31.59, 64.37), List.of(), Claim.UNKNOWN, List.of(),
        targets, List.of(), List.of(), new Casualties(null, null, null, null, null), 0.9, List.of(evidence));
  }

  private static Evidence ev(String field, String text) {
    return new Evidence(field, 0, text.length(), text, 0, text.length());
  }

  private static List<String> places(Incident i) {
    return WikiPredictions.of(List.of(i)).get(WikiRole.PLACE).stream().flatMap(List::stream).toList();
  }

  @Test
  void the_place_its_containers_and_the_site_of_its_clause_are_all_places() {
    Incident i = attack(List.of(), ev("location", "Lashkar Gah"), ev("location.within", "Helmand Province"),
        ev("location.site", "the crowded market"));
    assertThat(places(i)).containsExactly("Lashkar Gah", "Helmand Province", "the crowded market");
  }

  @Test
  void a_site_that_is_the_attacks_target_leaves_the_place_to_its_containers() {
    Incident i = attack(List.of(new Target(TargetType.MILITARY, "Camp Bastion")), ev("location", "Camp Bastion"),
        ev("location.within", "Helmand Province"), ev("location.within", "Afghanistan"));
    assertThat(places(i)).containsExactly("Helmand Province", "Afghanistan");
  }
}
