package org.vigil.eval.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Evaluator;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Fixtures;
import org.vigil.eval.scorecard.GoldSet.Root;

class ScorecardTest {

  @TempDir Path shared;
  @TempDir Path repo;

  /** An evaluator that scores each gold file as the counts written in it: "tp fp fn". */
  private static final Evaluator COUNTS = (gold, engine, sample) -> {
    String[] c = Files.readString(gold).strip().split(" ");
    int tp = Integer.parseInt(c[0]);
    int fn = Integer.parseInt(c[2]);
    return new EvalResult("counts", gold.toString(), 1, List.of(new FieldResult("roles", tp,
        Integer.parseInt(c[1]), fn, tp + fn, Map.of())), List.of(), 0, List.of());
  };

  private List<Row> run(List<GoldSet> sets) {
    List<String> progress = new ArrayList<>();
    return new Scorecard(sets, name -> name.equals("counts") ? Optional.of(COUNTS) : Optional.empty())
        .run(shared, repo, Fixtures.engine(), progress::add).rows();
  }

  @Test
  void a_set_of_several_files_is_scored_as_one_with_its_counts_summed() throws IOException {
    Files.writeString(shared.resolve("a"), "3 1 1");
    Files.writeString(shared.resolve("b"), "1 3 3");
    List<Row> rows = run(List.of(new GoldSet("both", "counts", Root.SHARED, List.of("a", "b"),
        List.of(Measure.f1("roles F1", "roles", Goal.atLeast(45)), Measure.precision("roles P", "roles", Goal.atLeast(60))))));
    assertThat(rows).extracting(r -> r.figure().percent()).containsExactly(50.0, 50.0);
    assertThat(rows).extracting(Row::status).containsExactly(Row.Status.MET, Row.Status.BELOW);
    assertThat(rows.get(0).figure().detail()).isEqualTo("P 50.0 R 50.0");
    assertThat(rows.get(1).figure().detail()).isEqualTo("4/8");
    assertThat(rows.get(0).note()).startsWith("2 documents, ");
  }

  @Test
  void a_layout_without_an_evaluator_yet_is_not_available_and_plugs_in_by_its_name() throws IOException {
    Files.createDirectories(shared.resolve("data/wikievents"));
    GoldSet wiki = new GoldSet("WikiEvents dev", "wikievents", Root.SHARED, List.of("data/wikievents"),
        List.of(Measure.f1("place F1", "place", Goal.atLeast(60))));
    Row row = run(List.of(wiki)).get(0);
    assertThat(row.status()).isEqualTo(Row.Status.NOT_AVAILABLE);
    assertThat(row.note()).isEqualTo("no 'wikievents' evaluator yet");
  }

  @Test
  void missing_data_and_a_field_the_evaluator_does_not_score_say_so_and_the_other_sets_still_run() throws IOException {
    Files.writeString(repo.resolve("team"), "9 1 0");
    List<Row> rows = run(List.of(
        new GoldSet("absent", "counts", Root.SHARED, List.of("data/none"), List.of(Measure.f1("x", "roles", Goal.watch()))),
        new GoldSet("team", "counts", Root.REPO, List.of("team"), List.of(
            Measure.accuracy("roles", "roles", Goal.noRegression(90)), Measure.f1("types", "types", Goal.atLeast(1))))));
    assertThat(rows.get(0).note()).isEqualTo(shared.resolve("data/none") + " not found");
    assertThat(rows.get(1).status()).isEqualTo(Row.Status.MET);
    assertThat(rows.get(1).goal().text()).isEqualTo("no regression (>= 90)");
    assertThat(rows.get(2).status()).isEqualTo(Row.Status.NOT_AVAILABLE);
    assertThat(rows.get(2).note()).isEqualTo("field 'types' not scored");
  }

  @Test
  void the_standard_sets_carry_the_issues_targets() {
    List<String> rows = GoldSets.standard().stream()
        .flatMap(s -> s.measures().stream().map(m -> s.name() + ": " + m.label() + " " + m.goal().text())).toList();
    assertThat(rows).contains("MUC-4 tst1+tst2: role-filler micro-F1 >= 45", "GTD dev: attack type >= 88",
        "GTD dev: group when known >= 90", "GTD dev: killed exact >= 90", "GTD dev: country >= 98",
        "GTD dev: city >= 90", "GTD dev: province >= 95", "WikiEvents dev: role-filler micro-F1, not held out >= 50",
        "WikiEvents dev: place F1 >= 60", "Reuters (team labels): precision, held-out half >= 90");
  }

  @Test
  void the_markdown_table_has_one_line_per_measure_and_names_what_is_not_available() {
    List<Row> rows = List.of(new Row("GTD dev", "city", new Figure(49.4, "1381/2797"), Goal.atLeast(90), "n"),
        new Row("WikiEvents dev", "place F1", null, Goal.atLeast(60), "no 'wikievents' evaluator yet"));
    java.io.StringWriter s = new java.io.StringWriter();
    ScorecardPrinter.markdown(rows, new java.io.PrintWriter(s));
    assertThat(s.toString().lines()).containsExactly("| Set | Measure | Figure | Target | Status | Detail |",
        "|---|---|---|---|---|---|", "| GTD dev | city | **49.4** | >= 90 | below | 1381/2797 |",
        "| WikiEvents dev | place F1 | n/a | >= 60 | n/a | no 'wikievents' evaluator yet |");
  }
}
