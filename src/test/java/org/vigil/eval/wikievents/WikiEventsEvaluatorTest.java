package org.vigil.eval.wikievents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Fixtures.incident;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Fixtures;
import org.vigil.eval.GoldEntity;
import org.vigil.eval.Sample;
import org.vigil.eval.Scoreboard;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.TargetType;
import org.vigil.extract.Victim;
import org.vigil.extract.WeaponType;

class WikiEventsEvaluatorTest {

  private static List<WikiArticle> articles(List<Diagnostic> problems) throws IOException {
    return WikiReader.read(Fixtures.resource("wikievents"), problems::add);
  }

  private static WikiArticle checkpoint() throws IOException {
    return articles(new ArrayList<>()).get(0);
  }

  @Test
  void reads_articles_with_their_sentences_joined_by_a_space_and_reports_a_bad_line_by_number() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<WikiArticle> read = articles(problems);
    assertThat(read).extracting(WikiArticle::id).containsExactly("vigil_checkpoint_1", "vigil_arrest_2");
    assertThat(read.get(0).text()).contains("Tuesday night. Two officers were killed");
    assertThat(read).extracting(WikiArticle::attack).containsExactly(true, false);
    assertThat(problems).extracting(Diagnostic::line).containsExactly(3);
  }

  @Test
  void a_coreference_cluster_is_one_entity_and_pronouns_are_not_mentions() throws IOException {
    List<WikiArticle> read = articles(new ArrayList<>());
    assertThat(read.get(0).roles().get(WikiRole.ATTACKER)).extracting(GoldEntity::mentions)
        .containsExactly(List.of("Gunmen", "attackers"));
    assertThat(read.get(1).roles().get(WikiRole.DETAINEE)).extracting(GoldEntity::mentions)
        .as("the detainee 'He' is a pronoun only").containsExactly(List.of("men"));
    assertThat(read.get(1).roles().get(WikiRole.ATTACKER)).as("the police are jailers, not attackers").isEmpty();
  }

  @Test
  void a_predicted_phrase_is_right_when_its_head_word_is_a_gold_mentions_head() throws IOException {
    Scoreboard b = new Scoreboard();
    WikiEventsEvaluator.score(b, checkpoint(), List.of(incident(IncidentType.ARMED_ASSAULT, null,
        List.of(new Perpetrator(null, "unidentified gunmen", "unidentified gunmen", null)),
        List.of(Fixtures.target(TargetType.POLICE, "the Kandahar police checkpoint")),
        List.of(new Victim("Two officers", 2)), List.of(Fixtures.weapon(WeaponType.FIREARMS, "AK-47 rifles")), 2)));
    EvalResult r = b.result("wikievents", "x", 1, List.of());
    assertThat(r.field("attacker").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(r.field("target").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(r.field("victim").orElseThrow().truePositives()).isEqualTo(1);
    assertThat(r.field("victim").orElseThrow().falseNegatives()).as("the wounded third").isEqualTo(1);
    assertThat(r.field("instrument").orElseThrow().truePositives()).isEqualTo(1);
  }

  @Test
  void two_predicted_names_of_one_cluster_earn_one_match_and_one_spurious_entity() throws IOException {
    Scoreboard b = new Scoreboard();
    WikiEventsEvaluator.score(b, checkpoint(), List.of(incident(IncidentType.ARMED_ASSAULT, null,
        List.of(new Perpetrator(null, "gunmen", "the attackers", null)), List.of(), List.of(), List.of(), null)));
    FieldResult attacker = b.fields().stream().filter(f -> f.field().equals("attacker")).findFirst().orElseThrow();
    assertThat(attacker.truePositives()).isEqualTo(1);
    assertThat(attacker.falsePositives()).isEqualTo(1);
  }

  @Test
  void an_arrest_is_no_attack_found_and_an_attack_in_an_article_without_one_is_a_false_positive() throws IOException {
    List<WikiArticle> read = articles(new ArrayList<>());
    Scoreboard b = new Scoreboard();
    WikiEventsEvaluator.score(b, read.get(0), List.of(incident(IncidentType.ARREST)));
    WikiEventsEvaluator.score(b, read.get(1), List.of(incident(IncidentType.BOMBING)));
    FieldResult found = b.fields().stream().filter(f -> f.field().equals(WikiEventsEvaluator.ATTACK_FOUND))
        .findFirst().orElseThrow();
    assertThat(found.expected()).isEqualTo(1);
    assertThat(found.truePositives()).isZero();
    assertThat(found.falsePositives()).isEqualTo(1);
  }

  @Test
  void an_attack_the_article_only_recalls_counts_as_found_when_the_engine_marks_it_background() throws IOException {
    List<WikiArticle> read = articles(new ArrayList<>());
    Incident recalled = incident(IncidentType.BOMBING);
    recalled = new Incident(recalled.type(), recalled.status(), true, recalled.date(), recalled.location(),
        recalled.perpetrators(), recalled.claim(), recalled.agencies(), recalled.targets(), recalled.victims(),
        recalled.weapons(), recalled.casualties(), recalled.confidence(), recalled.evidence());
    Scoreboard b = new Scoreboard();
    WikiEventsEvaluator.score(b, read.get(0), List.of(incident(IncidentType.ARREST), recalled));
    FieldResult found = b.fields().stream().filter(f -> f.field().equals(WikiEventsEvaluator.ATTACK_FOUND))
        .findFirst().orElseThrow();
    assertThat(found.truePositives()).isEqualTo(1);
  }

  @Test
  void runs_the_engine_on_a_folder_in_the_wikievents_layout() throws IOException {
    EvalResult r = new WikiEventsEvaluator().evaluate(Fixtures.resource("wikievents"), Fixtures.engine(), Sample.all());
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.field(WikiEventsEvaluator.ATTACK_FOUND).orElseThrow().truePositives()).isEqualTo(1);
    assertThat(r.field("place").orElseThrow().truePositives()).as("Kandahar").isEqualTo(1);
    assertThat(r.field(WikiEventsEvaluator.MICRO)).isPresent();
    assertThat(r.diagnostics()).hasSize(1);
  }
}
