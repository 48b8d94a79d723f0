package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchServeCommandTest extends CommandTest {

  @Test
  void a_worker_count_the_server_cannot_take_is_refused_before_anything_is_filled() {
    assertThat(run("bench-serve", "--workers", "0")).isNotZero();
    assertThat(err.toString()).contains("--workers 0 and --read-connections ").contains("must each be in 1..1000")
        .doesNotContain("filled");
    assertThat(out.toString()).doesNotContain("filled");
  }

  @Test
  void the_server_answers_every_client_with_fewer_workers_than_clients() {
    int code = run("bench-serve", "--incidents", "20", "--objects", "300", "--clients", "3", "--seconds", "0.5",
        "--max-requests", "30", "--warmup", "3", "--routes", "taxii,incidents", "--workers", "1");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("filled SQLITE with 20 incidents and 300 TAXII objects");
    assertThat(out.toString().lines().filter(l -> l.matches("(TAXII objects, page of 100|GET /api/incidents) +3 .*")))
        .hasSize(2).allSatisfy(l -> assertThat(failed(l)).isEqualTo("0"));
  }

  @Test
  void a_kept_store_is_served_again_without_filling_and_refused_for_other_counts(@TempDir Path dir) {
    String[] small = {"bench-serve", "--keep", dir.resolve("kept").toString(), "--incidents", "20", "--objects", "300",
        "--clients", "2", "--seconds", "0.5", "--max-requests", "10", "--warmup", "2", "--routes", "taxii"};
    assertThat(run(small)).as(err.toString()).isZero();
    assertThat(out.toString()).contains("filled SQLITE with 20 incidents and 300 TAXII objects");

    assertThat(run(small)).as(err.toString()).isZero();
    assertThat(out.toString()).contains("filled earlier with 20 incidents and 300 TAXII objects")
        .doesNotContain("filled SQLITE");
    assertThat(out.toString().lines().filter(l -> l.matches("TAXII objects, page of 100 +2 .*")))
        .singleElement().satisfies(l -> assertThat(failed(l)).isEqualTo("0"));

    String[] other = small.clone();
    other[6] = "301";
    assertThat(run(other)).isNotZero();
    assertThat(err.toString()).contains("was filled with 20 incidents and 300 objects, not the 20 incidents and 301");
  }

  /** The "failed" column of a result line (the fifth from the end). */
  private static String failed(String line) {
    String[] cells = line.trim().split(" +");
    return cells[cells.length - 5];
  }
}
