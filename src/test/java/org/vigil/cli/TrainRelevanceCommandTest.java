package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil train relevance} on a few of the team's reports, without the shared data. */
class TrainRelevanceCommandTest extends CommandTest {

  @TempDir Path dir;

  private Path repo() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("repo/src/test/resources/org/vigil/extract/reports"));
    Path source = Path.of(getClass().getResource("/org/vigil/extract/reports").toURI());
    for (String f : List.of("02-mogadishu-car-bomb-claimed.json", "100-uk-detention-bill-debate.json",
        "06-tank-police-station-ttp.json", "33-dhaka-cafe-siege-appeal-verdict.json", "21-zamboanga-abu-sayyaf-arrest.json",
        "09-kaduna-school-abduction.json")) {
      Files.copy(source.resolve(f), reports.resolve(f));
    }
    return dir.resolve("repo");
  }

  @Test
  void writes_the_model_and_a_card_naming_its_data_and_the_same_data_gives_the_same_model() throws Exception {
    Path repo = repo();
    String[] args = {"train", "relevance", "--shared", dir.resolve("no-shared").toString(), "--repo", repo.toString(),
        "--out", dir.resolve("a").toString(), "--epochs", "2"};
    assertThat(run(args)).isZero();
    assertThat(err.toString()).contains("team reports: ").contains("cross-validation");
    String card = Files.readString(dir.resolve("a/relevance.md"));
    assertThat(card).contains("# Model card: relevance", "`vigil train relevance`", "team reports: ", "none, incident");
    args[7] = dir.resolve("b").toString();
    assertThat(run(args)).isZero();
    assertThat(Files.readAllBytes(dir.resolve("b/relevance.model"))).isEqualTo(Files.readAllBytes(dir.resolve("a/relevance.model")));
  }

  @Test
  void data_that_labels_every_candidate_alike_is_one_line_saying_there_is_nothing_to_learn() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("one/src/test/resources/org/vigil/extract/reports"));
    Files.copy(Path.of(getClass().getResource("/org/vigil/extract/reports/02-mogadishu-car-bomb-claimed.json").toURI()),
        reports.resolve("02.json"));
    int code = run("train", "relevance", "--shared", dir.resolve("none").toString(), "--repo",
        dir.resolve("one").toString(), "--out", dir.resolve("out").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("nothing to learn from");
  }

  @Test
  void without_any_training_data_it_says_where_it_looked() {
    int code = run("train", "relevance", "--shared", dir.resolve("none").toString(), "--repo", dir.toString(),
        "--out", dir.resolve("out").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no training data").contains("muc4/dev");
  }
}
