package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;
import org.vigil.text.PhraseTrie.Match;

/** How a candidate filler stands to the incident's trigger: a role feature that says who did what to whom. */
class TriggerRelationTest {

  /** Each candidate phrase of the text's first incident with its relation to that incident's head trigger. */
  private static Map<String, String> relations(String text) {
    Analysis a = Engines.bundled().assemble(Report.of("test", text, LocalDate.of(1990, 2, 10)));
    Doc doc = a.doc();
    Match<Cue> trigger = a.incidents().get(0).draft().first().head();
    Map<String, String> out = new LinkedHashMap<>();
    for (RoleCandidate c : RoleCandidates.find(doc, 0, doc.tokens.size())) {
      out.putIfAbsent(doc.words(c.span()), TriggerRelation.of(doc, trigger, c));
    }
    return out;
  }

  @Test
  void who_killed_is_the_subject_and_who_was_killed_the_object() {
    assertThat(relations("Gunmen killed the mayor of San Miguel on Tuesday."))
        .containsEntry("Gunmen", "subj").containsEntry("mayor", "obj");
  }

  @Test
  void in_the_passive_who_suffered_comes_first_and_who_acted_after_by() {
    assertThat(relations("The mayor was killed by guerrillas in San Miguel on Tuesday."))
        .containsEntry("mayor", "patient").containsEntry("guerrillas", "agent");
  }

  @Test
  void a_noun_trigger_takes_its_target_after_a_preposition_and_a_sentence_away_is_no_relation() {
    assertThat(relations("The bombing of the embassy shook Lima on Tuesday. Soldiers searched the area."))
        .containsEntry("embassy", "pp-of").containsEntry("Soldiers", "other-sentence");
  }
}
