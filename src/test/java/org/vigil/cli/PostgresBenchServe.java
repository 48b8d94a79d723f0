package org.vigil.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vigil bench-serve} on an embedded PostgreSQL (the one the PostgreSQL tests start; no
 * Docker), for the README's figures: starts it on a free loopback port, runs the benchmark with
 * the given arguments against it and stops it. Not a test; run it as the README says.
 */
public final class PostgresBenchServe {

  private PostgresBenchServe() {}

  public static void main(String[] args) throws IOException {
    int code;
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      List<String> argv = new ArrayList<>(List.of("bench-serve", "--db",
          "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/postgres"));
      argv.addAll(List.of(args));
      code = Main.run(argv.toArray(String[]::new));
    }
    System.exit(code);
  }
}
