package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil train roles} on a few of the team's reports, without the shared data. */
class TrainRolesCommandTest extends CommandTest {

  @TempDir Path dir;

  private Path reports() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Path source = Path.of(getClass().getResource("/org/vigil/extract/reports").toURI());
    for (String f : List.of("02-mogadishu-car-bomb-claimed.json", "06-tank-police-station-ttp.json",
        "21-zamboanga-abu-sayyaf-arrest.json", "35-borno-raid-and-market-bomber.json",
        "22-surakarta-densus-foiled-plot.json", "09-kaduna-school-abduction.json")) {
      Files.copy(source.resolve(f), reports.resolve(f));
    }
    return reports;
  }

  @Test
  void writes_the_model_thresholds_and_a_card_and_the_same_data_gives_the_same_model() throws Exception {
    Path reports = reports();
    String[] args = {"train", "roles", "--muc4", dir.resolve("no-muc4").toString(), "--wikievents",
        dir.resolve("no-wikievents").toString(), "--reports", reports.toString(), "--folds", "2", "--epochs", "2",
        "--out", dir.resolve("a").toString()};
    assertThat(run(args)).as(err.toString()).isZero();
    assertThat(err.toString()).contains("training without MUC-4 dev").contains("training without WikiEvents dev");
    String card = Files.readString(dir.resolve("a/roles.md"));
    assertThat(card).contains("# Model card: role model", "`vigil train roles --bits 18 --folds 2 --epochs 2",
        "the team's reports", "never the GTD", "threshold of perpetrator", "--min-count 1`")
        .doesNotContain("MUC-4 development");
    assertThat(Files.readString(dir.resolve("a/roles.thresholds"))).contains("perpetrator=");
    args[args.length - 1] = dir.resolve("b").toString();
    assertThat(run(args)).isZero();
    assertThat(Files.readAllBytes(dir.resolve("b/roles.model"))).isEqualTo(Files.readAllBytes(dir.resolve("a/roles.model")));
  }

  @Test
  void choosing_only_the_thresholds_for_capitals_keeps_the_weights_and_the_mixed_case_thresholds() throws Exception {
    Path reports = reports();
    List<String> common = List.of("train", "roles", "--muc4", dir.resolve("no-muc4").toString(), "--wikievents",
        dir.resolve("no-wikievents").toString(), "--reports", reports.toString(), "--folds", "2", "--epochs", "2",
        "--out", dir.resolve("a").toString());
    assertThat(run(common.toArray(String[]::new))).as(err.toString()).isZero();
    byte[] weights = Files.readAllBytes(dir.resolve("a/roles.model"));
    Files.writeString(dir.resolve("a/roles.thresholds"), "none=1.0\nperpetrator=0.35\nvictim=0.7\n");
    List<String> capsOnly = new java.util.ArrayList<>(common);
    capsOnly.add("--caps-thresholds-only");

    assertThat(run(capsOnly.toArray(String[]::new))).as(err.toString()).isZero();

    assertThat(Files.readAllBytes(dir.resolve("a/roles.model"))).isEqualTo(weights);
    assertThat(Files.readString(dir.resolve("a/roles.thresholds"))).contains("perpetrator=0.35", "victim=0.7")
        .as("the team's reports are not in capitals: nothing to choose").doesNotContain("caps.");
    assertThat(Files.readString(dir.resolve("a/roles.md"))).contains("# Model card: role model",
        CapsThresholds.HEADING, "corpora written in capitals (none)", "--caps-thresholds-only`",
        "threshold of victim in text in capitals | 0.70");
  }

  @Test
  void choosing_only_the_thresholds_for_capitals_needs_a_model_to_keep() throws Exception {
    int code = run("train", "roles", "--reports", reports().toString(), "--muc4", dir.resolve("m").toString(),
        "--wikievents", dir.resolve("w").toString(), "--caps-thresholds-only", "--out", dir.resolve("empty").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("--caps-thresholds-only keeps the role model in " + dir.resolve("empty"));
  }

  @Test
  void without_any_training_data_it_says_where_it_looked() {
    int code = run("train", "roles", "--muc4", dir.resolve("m").toString(), "--wikievents", dir.resolve("w").toString(),
        "--reports", dir.resolve("r").toString(), "--out", dir.resolve("out").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no training data").contains(dir.resolve("m").toString());
  }

  @Test
  void a_min_count_below_one_is_refused_with_the_value() throws Exception {
    int code = run("train", "roles", "--reports", reports().toString(), "--min-count", "0", "--out",
        dir.resolve("out").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("--min-count 0");
  }

  @Test
  void fewer_than_two_folds_is_refused() throws Exception {
    int code = run("train", "roles", "--reports", reports().toString(), "--folds", "1", "--out",
        dir.resolve("out").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("--folds must be at least 2, was 1");
  }
}
