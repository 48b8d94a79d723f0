package org.vigil.eval.gtd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Fixtures.city;
import static org.vigil.eval.Fixtures.incident;
import static org.vigil.eval.Fixtures.target;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.ErrorCase;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Fixtures;
import org.vigil.eval.Sample;
import org.vigil.eval.Scoreboard;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.TargetType;

class GtdEvaluatorTest {

  private final GtdEvaluator gtd = new GtdEvaluator(Fixtures.REGISTRIES);

  private static GtdRecord record(String attack, String group, Integer killed) {
    return new GtdRecord("1", "text", null, "Iraq", "Baghdad", "Baghdad", 33.31, 44.36, attack,
        "Police", group, killed, null);
  }

  @Test
  void reads_the_export_dropping_the_summarys_date_prefix_and_reports_bad_rows_with_their_line() throws IOException {
    EvalResult r = gtd.evaluate(Fixtures.resource("gtd/gtd-sample.csv"), Fixtures.engine(), Sample.all());
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.diagnostics()).extracting(Diagnostic::line).containsExactly(5, 6);
    assertThat(r.errors()).extracting(ErrorCase::snippet).allMatch(s -> !s.startsWith("01/0"));
    assertThat(r.fields()).extracting(FieldResult::field).containsExactly("country", "province", "city",
        "attack type", "target type", "perpetrator group", "perpetrator group (known)", "killed", "killed ±1",
        "wounded", "wounded ±1");
  }

  @Test
  void air_strikes_and_shelling_are_explosions_and_a_clash_is_an_armed_assault() {
    assertThat(GtdTypes.attackType(IncidentType.AIR_STRIKE)).contains("Bombing/Explosion");
    assertThat(GtdTypes.attackType(IncidentType.SHELLING)).contains("Bombing/Explosion");
    assertThat(GtdTypes.attackType(IncidentType.ARMED_CLASH)).contains("Armed Assault");
  }

  @Test
  void an_armed_assault_with_mortars_or_grenades_is_the_gtds_bombing_and_with_rifles_stays_an_armed_assault() {
    var withMortars = org.vigil.eval.Fixtures.incident(IncidentType.ARMED_ASSAULT, null, List.of(), List.of(), List.of(),
        List.of(org.vigil.eval.Fixtures.weapon(org.vigil.extract.WeaponType.EXPLOSIVES, "mortars")), null);
    var withRifles = org.vigil.eval.Fixtures.incident(IncidentType.ARMED_ASSAULT, null, List.of(), List.of(), List.of(),
        List.of(org.vigil.eval.Fixtures.weapon(org.vigil.extract.WeaponType.FIREARMS, "rifles")), null);
    assertThat(GtdTypes.attackType(List.of(withMortars))).contains("Bombing/Explosion");
    assertThat(GtdTypes.attackType(List.of(withRifles))).contains("Armed Assault");
  }

  @Test
  void grenades_with_guns_stay_an_armed_assault_and_a_bomb_with_guns_is_a_bombing() {
    var rifles = org.vigil.eval.Fixtures.weapon(org.vigil.extract.WeaponType.FIREARMS, "rifles");
    var grenades = org.vigil.eval.Fixtures.incident(IncidentType.ARMED_ASSAULT, null, List.of(), List.of(), List.of(),
        List.of(rifles, org.vigil.eval.Fixtures.weapon(org.vigil.extract.WeaponType.EXPLOSIVES, "hand grenades")), null);
    var bomb = org.vigil.eval.Fixtures.incident(IncidentType.ARMED_ASSAULT, null, List.of(), List.of(), List.of(),
        List.of(rifles, org.vigil.eval.Fixtures.weapon(org.vigil.extract.WeaponType.EXPLOSIVES, "a car bomb")), null);
    assertThat(GtdTypes.attackType(List.of(grenades))).contains("Armed Assault");
    assertThat(GtdTypes.attackType(List.of(bomb))).contains("Bombing/Explosion");
  }

  @Test
  void the_shots_soldiers_fired_back_do_not_type_the_attack_they_answered() {
    var soldiers = new org.vigil.extract.AgencyRef("Israel Defense Forces", "soldiers", "IL");
    var ramming = org.vigil.eval.Fixtures.incident(IncidentType.UNARMED_ASSAULT);
    var response = org.vigil.eval.Fixtures.incident(IncidentType.ARMED_ASSAULT, null,
        List.of(org.vigil.extract.Perpetrator.force(soldiers)), List.of(), List.of(), List.of(), null);
    assertThat(GtdTypes.attackType(List.of(ramming, response))).contains("Unarmed Assault");
    assertThat(GtdTypes.attackType(List.of(response))).contains("Armed Assault");
  }

  @Test
  void an_airport_or_an_aircraft_is_the_gtds_airports_and_aircraft_and_a_bus_plain_transportation() {
    assertThat(GtdTypes.targetType(new org.vigil.extract.Target(TargetType.TRANSPORTATION, "the Kandahar airport")))
        .isEqualTo("Airports & Aircraft");
    assertThat(GtdTypes.targetType(new org.vigil.extract.Target(TargetType.TRANSPORTATION, "a passenger bus")))
        .isEqualTo("Transportation");
    assertThat(GtdTypes.targetType(TargetType.TELECOMMUNICATION)).isEqualTo("Telecommunication");
  }

  @Test
  void the_attack_type_follows_the_gtd_hierarchy_over_the_reports_incidents() {
    Scoreboard b = new Scoreboard();
    gtd.score(b, record("Assassination", "Unknown", null), List.of(incident(IncidentType.ARMED_ASSAULT),
        incident(IncidentType.ASSASSINATION)));
    assertThat(b.fields().stream().filter(f -> f.field().equals("attack type")).findFirst().orElseThrow()
        .truePositives()).isEqualTo(1);
  }

  @Test
  void a_place_within_25_km_counts_as_the_city_and_a_count_off_by_one_counts_only_within_one() {
    Scoreboard b = new Scoreboard();
    gtd.score(b, record("Armed Assault", "Unknown", 3), List.of(incident(IncidentType.ARMED_ASSAULT,
        city("Kadhimiya", "Baghdad", "Iraq", 33.38, 44.34), List.of(), List.of(target(TargetType.POLICE, "police")),
        List.of(), List.of(), 4)));
    EvalResult r = b.result("gtd", "x", 1, List.of());
    assertThat(r.field("city").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(r.field("target type").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(r.field("killed").orElseThrow().truePositives()).isZero();
    assertThat(r.field("killed ±1").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(r.field("perpetrator group").orElseThrow().truePositives()).isEqualTo(1);
  }

  @Test
  void a_country_and_a_province_count_under_the_gtds_own_names_for_them() {
    Scoreboard b = new Scoreboard();
    gtd.score(b, new GtdRecord("1", "text", null, "West Bank and Gaza Strip", "West Bank", "Hebron", 31.53, 35.09,
        "Armed Assault", "Police", "Unknown", null, null), List.of(incident(IncidentType.ARMED_ASSAULT,
        new org.vigil.extract.Location("Hebron", null, "Hebron", null, "Palestine", "PS", 31.53, 35.09, "city",
            "in", null, null), List.of(), List.of(), List.of(), List.of(), null)));
    gtd.score(b, new GtdRecord("2", "text", null, "China", "Liaoning", "Fuxin", 42.0, 121.6,
        "Bombing/Explosion", "Government (General)", "Unknown", null, null), List.of(incident(IncidentType.BOMBING,
        new org.vigil.extract.Location("Fuxin", null, "Fuxin", "Liaoning", "People's Republic of China", "CN",
            42.0, 121.6, "city", "in", null, null), List.of(), List.of(), List.of(), List.of(), null)));
    gtd.score(b, new GtdRecord("3", "text", null, "Afghanistan", "Uruzgan", "Tarin Kot", 32.6, 65.9,
        "Bombing/Explosion", "Police", "Unknown", null, null), List.of(incident(IncidentType.BOMBING,
        new org.vigil.extract.Location("Tarin Kot", null, "Tarin Kot", "Oruzgan", "Afghanistan", "AF",
            32.6, 65.9, "city", "in", null, null), List.of(), List.of(), List.of(), List.of(), null)));
    EvalResult r = b.result("gtd", "x", 3, List.of());
    assertThat(r.field("country").orElseThrow().truePositives()).isEqualTo(3);
    assertThat(r.field("province").orElseThrow().truePositives()).isEqualTo(2);
  }

  @Test
  void a_summary_that_gives_no_toll_agrees_with_a_coded_zero_but_not_with_a_coded_death() {
    Scoreboard b = new Scoreboard();
    gtd.score(b, record("Armed Assault", "Unknown", 0), List.of(incident(IncidentType.ARMED_ASSAULT)));
    gtd.score(b, record("Armed Assault", "Unknown", 2), List.of(incident(IncidentType.ARMED_ASSAULT)));
    EvalResult r = b.result("gtd", "x", 2, List.of());
    assertThat(r.field("killed").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(r.field("killed").orElseThrow().falseNegatives()).isEqualTo(1);
    assertThat(r.field("killed").orElseThrow().accuracy()).isEqualTo(0.5);
  }

  @Test
  void the_group_when_known_leaves_out_the_rows_coded_unknown() {
    Scoreboard b = new Scoreboard();
    gtd.score(b, record("Bombing/Explosion", "Unknown", null), List.of(incident(IncidentType.BOMBING)));
    gtd.score(b, record("Bombing/Explosion", "Boko Haram", null), List.of(incident(IncidentType.BOMBING)));
    EvalResult r = b.result("gtd", "x", 2, List.of());
    assertThat(r.field("perpetrator group").orElseThrow().expected()).isEqualTo(2);
    assertThat(r.field("perpetrator group").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(r.field("perpetrator group (known)").orElseThrow().expected()).isEqualTo(1);
    assertThat(r.field("perpetrator group (known)").orElseThrow().truePositives()).isZero();
  }

  @Test
  void a_group_matches_through_registry_aliases_and_a_generic_label_through_the_perpetrators_words() {
    GtdGroups g = new GtdGroups(Fixtures.REGISTRIES);
    var byAlias = incident(IncidentType.BOMBING, null, List.of(new Perpetrator("Tehrik-i-Taliban Pakistan", "TTP",
        null, null)), List.of(), List.of(), List.of(), null);
    assertThat(g.found("Tehrik-i-Taliban Pakistan (TTP)", byAlias)).isEqualTo("Tehrik-i-Taliban Pakistan (TTP)");
    var generic = incident(IncidentType.BOMBING, null, List.of(new Perpetrator(null, "separatist rebels", null,
        null)), List.of(), List.of(), List.of(), null);
    assertThat(g.found("Separatists", generic)).isEqualTo("Separatists");
    assertThat(g.found("Boko Haram", generic)).isEqualTo("Unknown");
  }

  @Test
  void a_perpetrators_generic_kind_is_its_label_matching_the_gtds_whatever_the_case_and_unknown_otherwise() {
    GtdGroups g = new GtdGroups(Fixtures.REGISTRIES);
    var kind = incident(IncidentType.BOMBING, null, List.of(new Perpetrator(null, "Palestinian gunmen", "a man",
        1, null, "Palestinian Extremists")), List.of(), List.of(), List.of(), null);
    assertThat(g.found("Palestinian extremists", kind)).isEqualTo("Palestinian extremists");
    assertThat(g.found("Unknown", kind)).isEqualTo("Palestinian Extremists");
  }
}
