package org.vigil.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.Scoreboard;
import org.vigil.eval.wikievents.HeadWords;
import org.vigil.eval.wikievents.WikiArticle;
import org.vigil.eval.wikievents.WikiEventsEvaluator;
import org.vigil.eval.wikievents.WikiReader;
import org.vigil.eval.wikievents.WikiRole;
import org.vigil.extract.Extraction;
import org.vigil.extract.RoleLabel;
import org.vigil.extract.RoleTraining;
import org.vigil.report.Report;

/**
 * WikiEvents articles as gold documents: a candidate whose head word is that of a gold entity's
 * mention fills the entity's role (attackers are perpetrators, detainees detainees; places are
 * not roles of the model). Scored as by {@code vigil eval --format wikievents}.
 */
final class WikiDocs implements GoldDoc {

  private static final List<WikiRole> ORDER = List.of(WikiRole.ATTACKER, WikiRole.DETAINEE, WikiRole.VICTIM,
      WikiRole.INSTRUMENT, WikiRole.TARGET);

  private final WikiArticle article;

  private WikiDocs(WikiArticle article) {
    this.article = article;
  }

  static List<GoldDoc> read(Path dir, Consumer<Diagnostic> problems) throws IOException {
    return WikiReader.read(dir, problems).stream().<GoldDoc>map(WikiDocs::new).toList();
  }

  @Override
  public String corpus() {
    return "wikievents";
  }

  @Override
  public Report report() {
    return Report.of(article.id(), article.text(), null);
  }

  @Override
  public Optional<RoleLabel> label(RoleTraining.Item item) {
    for (WikiRole r : ORDER) {
      if (article.roles().get(r).stream().anyMatch(g -> HeadWords.match(g, item.text()))) {
        return Optional.of(switch (r) {
          case ATTACKER -> RoleLabel.PERPETRATOR;
          case DETAINEE -> RoleLabel.DETAINEE;
          case VICTIM -> RoleLabel.VICTIM;
          case INSTRUMENT -> RoleLabel.WEAPON;
          default -> RoleLabel.TARGET;
        });
      }
    }
    return Optional.of(RoleLabel.NONE);
  }

  @Override
  public void score(Scoreboard board, Extraction extraction) {
    WikiEventsEvaluator.score(board, article, extraction.incidents());
  }

  @Override
  public Optional<String> micro() {
    return Optional.of(WikiEventsEvaluator.MICRO);
  }

  @Override
  public void addMicro(Scoreboard board) {
    WikiEventsEvaluator.micro(board);
  }
}
