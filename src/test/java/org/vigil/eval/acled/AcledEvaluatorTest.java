package org.vigil.eval.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Fixtures.incident;
import static org.vigil.eval.Fixtures.target;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Fixtures;
import org.vigil.eval.Sample;
import org.vigil.eval.Scoreboard;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.TargetType;

class AcledEvaluatorTest {

  private final AcledEvaluator acled = new AcledEvaluator(Fixtures.REGISTRIES);

  @Test
  void reads_the_export_in_both_date_layouts_and_reports_a_short_row() throws IOException {
    EvalResult r = acled.evaluate(Fixtures.resource("acled/acled-sample.csv"), Fixtures.engine(), Sample.all());
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.diagnostics()).extracting(Diagnostic::line).containsExactly(4);
    assertThat(r.field("sub-event type")).isPresent();
  }

  @Test
  void vigil_types_map_to_acled_event_and_sub_event_types() {
    assertThat(AcledTypes.of(incident(IncidentType.ARREST))).isEqualTo(new AcledTypes("Strategic developments", "Arrests"));
    assertThat(AcledTypes.of(incident(IncidentType.FOILED_PLOT)))
        .isEqualTo(new AcledTypes("Strategic developments", "Disrupted weapons use"));
    assertThat(AcledTypes.of(incident(IncidentType.BOMBING)))
        .isEqualTo(new AcledTypes("Explosions/Remote violence", "Remote explosive/landmine/IED"));
    assertThat(AcledTypes.of(incident(IncidentType.AIR_STRIKE)))
        .isEqualTo(new AcledTypes("Explosions/Remote violence", "Air/drone strike"));
    assertThat(AcledTypes.of(incident(IncidentType.SHELLING)))
        .isEqualTo(new AcledTypes("Explosions/Remote violence", "Shelling/artillery/missile attack"));
    assertThat(AcledTypes.of(incident(IncidentType.ARMED_CLASH))).isEqualTo(new AcledTypes("Battles", "Armed clash"));
  }

  @Test
  void the_two_sides_of_a_clash_are_the_actors_and_a_state_force_is_its_class() {
    Scoreboard b = new Scoreboard();
    AcledRecord r = new AcledRecord("NGA1", "text", null, "Battles", "Armed clash",
        "Military Forces of Nigeria (2023-)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Nigeria",
        "Dikwa", null, null, 17);
    acled.score(b, r, List.of(incident(IncidentType.ARMED_CLASH, null,
        List.of(Perpetrator.force(new org.vigil.extract.AgencyRef("Nigerian Army", "Nigerian troops", "NG")),
            new Perpetrator("Boko Haram", "Boko Haram", null, null)), List.of(), List.of(), List.of(), 17)));
    EvalResult res = b.result("acled", "x", 1, List.of());
    assertThat(res.field("actor 1").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(res.field("actor 2").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(res.field("sub-event type").orElseThrow().truePositives()).isEqualTo(1);
  }

  @Test
  void state_forces_and_civilians_are_compared_by_class_and_groups_through_the_registry() {
    Scoreboard b = new Scoreboard();
    AcledRecord r = new AcledRecord("MLI1", "text", null, "Battles", "Armed clash",
        "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)", "Burkina Faso", "Djibo",
        null, null, 5);
    acled.score(b, r, List.of(incident(IncidentType.ARMED_ASSAULT, null,
        List.of(new Perpetrator("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", null, null)),
        List.of(target(TargetType.MILITARY, "army post")), List.of(), List.of(), 5)));
    EvalResult res = b.result("acled", "x", 1, List.of());
    assertThat(res.field("event type").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(res.field("actor 1").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(res.field("actor 2").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(res.field("fatalities").orElseThrow().truePositives()).isEqualTo(1);
  }
}
