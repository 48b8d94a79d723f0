package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.geo.Gazetteer;

class UserCacheTest {

  @Test
  void the_cache_is_where_the_variable_says_else_under_xdg_else_in_the_home_directory() {
    assertThat(UserCache.directory(Map.of("VIGIL_CACHE_DIR", "/srv/cache", "XDG_CACHE_HOME", "/x"), "/home/a"))
        .contains(Path.of("/srv/cache"));
    assertThat(UserCache.directory(Map.of("XDG_CACHE_HOME", "/x"), "/home/a")).contains(Path.of("/x/vigil"));
    assertThat(UserCache.directory(Map.of("XDG_CACHE_HOME", "relative"), "/home/a"))
        .as("the XDG specification ignores a relative path").contains(Path.of("/home/a/.cache/vigil"));
    assertThat(UserCache.directory(Map.of(), "")).isEmpty();
  }

  @Test
  void a_run_without_a_data_directory_keeps_the_gazetteers_copy_in_the_cache_and_says_so_once(
      @TempDir Path dir) throws Exception {
    Path data = dir.resolve("no-data");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(err, true, StandardCharsets.UTF_8);
    Gazetteer first = UserCache.bundledGazetteer(data, out);
    assertThat(first.lookup("Kabul")).isNotEmpty();
    Path cache = UserCache.directory(System.getenv(), System.getProperty("user.home")).orElseThrow();
    try (Stream<Path> files = Files.list(cache.resolve("gazetteer"))) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("bundled-") && n.endsWith(".idx"));
    }
    assertThat(Files.exists(data)).as("the missing data directory is not created").isFalse();
    err.reset();
    assertThat(UserCache.bundledGazetteer(data, out).lookup("Kabul")).isNotEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).as("no second note").isEmpty();
  }
}
