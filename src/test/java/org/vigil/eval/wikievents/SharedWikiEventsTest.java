package org.vigil.eval.wikievents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.Fixtures;

/**
 * The reader on the real WikiEvents dev split in {@code ../shared/data/wikievents} (or
 * {@code $VIGIL_SHARED/data/wikievents}), which is never committed; skipped when it is absent.
 */
class SharedWikiEventsTest {

  private static Path wikievents() {
    return Fixtures.shared("wikievents", "dev.jsonl");
  }


  @Test
  void the_dev_split_reads_without_diagnostics_and_fifteen_of_its_articles_report_an_attack() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<WikiArticle> articles = WikiReader.read(wikievents(), problems::add);
    assertThat(problems).isEmpty();
    assertThat(articles).hasSize(20);
    assertThat(articles.stream().filter(WikiArticle::attack)).hasSize(15);
    assertThat(articles.stream().flatMap(a -> a.roles().get(WikiRole.VICTIM).stream())
        .flatMap(g -> g.mentions().stream())).noneMatch(HeadWords::pronoun);
  }
}
