package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Fixtures.incident;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.eval.EvalResult;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Fixtures;
import org.vigil.eval.GoldEntity;
import org.vigil.eval.Sample;
import org.vigil.eval.Scoreboard;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Victim;
import org.vigil.extract.WeaponType;

class Muc4EvaluatorTest {

  private static final MucMessage MESSAGE = new MucMessage("DEV-MUC3-0001",
      "FMLN GUNMEN KILLED MAYOR JOSE ANTONIO RIVAS WITH RIFLES", null);
  private static final KeyTemplate KEY = new KeyTemplate("DEV-MUC3-0001", 1, false, false, List.of("ATTACK"),
      List.of("ACCOMPLISHED"), java.util.Map.of(
          Role.PERP_ORGANIZATION, List.of(GoldEntity.of("FMLN")),
          Role.HUMAN_TARGET, List.of(GoldEntity.of("JOSE ANTONIO RIVAS")),
          Role.HUMAN_TARGET_DESCRIPTION, List.of(GoldEntity.of("MAYOR"), GoldEntity.of("BODYGUARDS")),
          Role.INSTRUMENT, List.of(GoldEntity.of("RIFLES"))));

  @Test
  void role_fillers_are_scored_per_role_and_micro_averaged() {
    Scoreboard b = new Scoreboard();
    Muc4Evaluator.score(b, MESSAGE, List.of(KEY), List.of(incident(IncidentType.ASSASSINATION, null,
        List.of(new Perpetrator("Farabundo Marti National Liberation Front", "FMLN", "GUNMEN", null)), List.of(),
        List.of(new Victim("THE MAYOR", 1), new Victim("Jose Antonio Rivas", 1, true)), List.of(Fixtures.weapon(WeaponType.FIREARMS, "PISTOLS")), 1)));
    assertThat(field(b, "perpetrator organisation").truePositives()).isEqualTo(1);
    assertThat(field(b, "human target").truePositives()).isEqualTo(1);
    assertThat(field(b, "human target description").truePositives()).isEqualTo(1);
    assertThat(field(b, "human target description").falseNegatives())
        .as("BODYGUARDS does not occur in the text, so it is not gold").isZero();
    assertThat(field(b, "instrument").falsePositives()).isEqualTo(1);
    assertThat(field(b, "perpetrator individual").falsePositives()).isEqualTo(1);
    assertThat(field(b, "incident type").truePositives()).isEqualTo(1);
  }

  @Test
  void the_mentions_of_one_group_are_one_entity_named_by_its_first_mention() {
    Scoreboard b = new Scoreboard();
    Muc4Evaluator.score(b, MESSAGE, List.of(KEY), List.of(incident(IncidentType.ARMED_ASSAULT, null,
        List.of(new Perpetrator("Farabundo Marti National Liberation Front", "FMLN", null, null),
            new Perpetrator("Farabundo Marti National Liberation Front", "the fmln", null, null)),
        List.of(), List.of(), List.of(Fixtures.weapon(WeaponType.FIREARMS, "RIFLES"),
            Fixtures.weapon(WeaponType.FIREARMS, "rifles")), null)));
    assertThat(field(b, "perpetrator organisation").truePositives()).isEqualTo(1);
    assertThat(field(b, "perpetrator organisation").falsePositives()).isZero();
    assertThat(field(b, "instrument").falsePositives()).isZero();
  }

  @Test
  void an_air_force_bombing_or_shelling_is_an_attack_and_a_clash_between_forces_no_muc_incident() {
    assertThat(MucTypes.type(incident(IncidentType.AIR_STRIKE))).contains("ATTACK");
    assertThat(MucTypes.type(incident(IncidentType.SHELLING))).contains("ATTACK");
    assertThat(MucTypes.type(incident(IncidentType.ARMED_CLASH))).isEmpty();
  }

  @Test
  void an_arrest_does_not_make_a_message_relevant() {
    Scoreboard b = new Scoreboard();
    KeyTemplate empty = new KeyTemplate("DEV-MUC3-0001", 1, true, false, List.of(), List.of(), java.util.Map.of());
    Muc4Evaluator.score(b, MESSAGE, List.of(empty), List.of(incident(IncidentType.ARREST)));
    assertThat(field(b, "relevance").truePositives()).isEqualTo(1);
    assertThat(field(b, "relevant messages").falsePositives()).isZero();
  }

  @Test
  void runs_the_engine_on_a_folder_of_messages_and_keys() throws IOException {
    EvalResult r = new Muc4Evaluator().evaluate(Fixtures.resource("muc4"), Fixtures.engine(), Sample.all());
    assertThat(r.documents()).isEqualTo(3);
    assertThat(r.field(Muc4Evaluator.MICRO)).isPresent();
    assertThat(r.field("relevance").orElseThrow().expected()).isEqualTo(3);
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void a_description_leaves_the_count_to_its_own_slot_and_a_title_before_a_name_describes_the_named() {
    MucMessage message = new MucMessage("DEV-MUC3-0002",
        "GUNMEN KILLED SENATOR LUIS ALBERTO PARDO, THREE PEASANTS AND TWENTY-TWO POLICEMEN IN CALI", null);
    KeyTemplate key = new KeyTemplate("DEV-MUC3-0002", 1, false, false, List.of("ATTACK"), List.of("ACCOMPLISHED"),
        java.util.Map.of(Role.HUMAN_TARGET, List.of(GoldEntity.of("LUIS ALBERTO PARDO")),
            Role.HUMAN_TARGET_DESCRIPTION, List.of(GoldEntity.of("SENATOR"), GoldEntity.of("PEASANTS"),
                GoldEntity.of("POLICEMEN"))));
    Scoreboard b = new Scoreboard();
    Muc4Evaluator.score(b, message, List.of(key), List.of(incident(IncidentType.ARMED_ASSAULT, null, List.of(), List.of(),
        List.of(new Victim("SENATOR LUIS ALBERTO PARDO", 1, true), new Victim("THREE PEASANTS", 3),
            new Victim("TWENTY-TWO POLICEMEN", 22)), List.of(), 26)));
    assertThat(field(b, "human target").truePositives()).isEqualTo(1);
    assertThat(field(b, "human target description").truePositives()).isEqualTo(3);
    assertThat(field(b, "human target description").falsePositives()).isZero();
  }

  private static FieldResult field(Scoreboard b, String name) {
    return b.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
  }
}
