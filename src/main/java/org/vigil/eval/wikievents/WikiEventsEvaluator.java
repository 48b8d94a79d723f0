package org.vigil.eval.wikievents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.eval.Current;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Evaluator;
import org.vigil.eval.Sample;
import org.vigil.eval.Scoreboard;
import org.vigil.eval.Text;
import org.vigil.extract.Extractor;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.report.Report;

/**
 * Scores the engine on WikiEvents articles ({@link WikiReader}), published on an unknown date.
 * Fields: the role fillers of {@link WikiRole}, document level, each gold entity a coreference
 * cluster without its pronouns, a predicted string correct when its head word is the head word
 * of one of the entity's mentions ({@link HeadWords}), entities paired one to one; their
 * micro-average; and "articles with an attack found": an article whose annotators found an
 * attack counts when the engine reports an incident that is neither an arrest nor a foiled plot,
 * a recalled (background) one included: the annotators mark the attack a court or follow-up story
 * recalls ("a friend of the Boston bombing suspect was convicted"), and the engine's part is to
 * find it and say it is not news. Stateless.
 */
public final class WikiEventsEvaluator implements Evaluator {

  /** The micro-average of the six roles. */
  public static final String MICRO = "role fillers (micro)";
  /** Articles that report an attack, and whether the engine found one. */
  public static final String ATTACK_FOUND = "articles with an attack found";

  @Override
  public EvalResult evaluate(Path gold, Extractor engine, Sample sample) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<WikiArticle> chosen = sample.apply(WikiReader.read(gold, problems::add));
    Scoreboard board = new Scoreboard();
    for (WikiArticle a : chosen) {
      score(board, a, Current.all(engine, Report.of(a.id(), a.text(), null), gold.toString(), problems::add));
    }
    micro(board);
    return board.result("wikievents", gold.toString(), chosen.size(), problems);
  }

  /** Adds the micro-average of the six roles as {@link #MICRO}. */
  public static void micro(Scoreboard board) {
    board.micro(MICRO, java.util.Arrays.stream(WikiRole.values()).map(WikiRole::label).toList());
  }

  /** Scores one article against all the incidents the engine found in it, background ones included. */
  public static void score(Scoreboard board, WikiArticle a, List<Incident> incidents) {
    String snippet = Text.snippet(a.text());
    boolean found = incidents.stream().anyMatch(i -> i.type() != IncidentType.ARREST
        && i.type() != IncidentType.FOILED_PLOT);
    board.value(a.id(), snippet, ATTACK_FOUND, a.attack() ? "attack" : null, found ? "attack" : null,
        a.attack() && found);
    Map<WikiRole, List<List<String>>> predicted = WikiPredictions.of(incidents);
    for (WikiRole r : WikiRole.values()) {
      board.clusters(a.id(), snippet, r.label(), a.roles().get(r), predicted.get(r), HeadWords::match);
    }
  }

}
