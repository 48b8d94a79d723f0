package org.vigil.ui;

import org.vigil.store.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;
import org.vigil.store.IncidentRow;

/**
 * A measurement, not a test: the time of each UI page over 100,000 synthetic incidents added to
 * the demo set. Runs only with {@code -Dvigil.benchmark=true}
 * ({@code ./mvnw -B -q test -Dtest=PageTimingBenchmark -Dvigil.benchmark=true}); prints the
 * first request (aggregates computed) and the median of the next 5 (aggregates reused for
 * {@code ui.aggregate-seconds}). It asserts only that each page answers 200.
 */
class PageTimingBenchmark {

  static final int INCIDENTS = 100_000;
  static final String[] TYPES = {"bombing", "armed_assault", "kidnapping", "assassination", "arrest", "foiled_plot"};
  static final String[][] PLACES = {{"IQ", "Baghdad", "33.31", "44.36"}, {"NG", "Maiduguri", "11.85", "13.16"},
      {"SO", "Mogadishu", "2.04", "45.34"}, {"PK", "Quetta", "30.18", "66.99"}, {"CO", "Arauca", "7.08", "-70.76"},
      {"PH", "Cotabato", "7.22", "124.25"}, {"FR", "Paris", "48.86", "2.35"}, {"AF", "Kabul", "34.53", "69.17"}};

  @Test
  void prints_the_time_of_each_page_over_100000_incidents(@TempDir Path dir) {
    assumeTrue(Boolean.getBoolean("vigil.benchmark"), "a measurement: run with -Dvigil.benchmark=true");
    try (DemoServer demo = new DemoServer(dir)) {
      List<Group> groups = Registries.bundled().groups().all();
      Random r = new Random(7);
      demo.store.inTransaction(() -> {
        for (int i = 0; i < INCIDENTS; i++) {
          String[] p = PLACES[r.nextInt(PLACES.length)];
          String type = TYPES[r.nextInt(TYPES.length)];
          String g = groups.get(r.nextInt(Math.min(40, groups.size()))).id();
          String day = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000)).toString();
          int killed = r.nextInt(20);
          double lat = Double.parseDouble(p[2]) + r.nextGaussian();
          double lon = Double.parseDouble(p[3]) + r.nextGaussian();
          String json = "{\"type\":\"" + type + "\",\"status\":\"accomplished\",\"background\":false,\"date\":{\"value\":\""
              + day + "\",\"precision\":\"day\"},\"location\":{\"name\":\"" + p[1] + "\",\"countryCode\":\"" + p[0]
              + "\"},\"perpetrators\":[{\"group\":\"" + g + "\"}],\"casualties\":{\"killed\":{\"value\":" + killed
              + ",\"qualifier\":\"exact\"}}}";
          demo.store.incidents().insert(new IncidentRow(0, type, "accomplished", false, day, "day", day, day, p[0], p[1],
              null, lat, lon, "city", IncidentRow.cellOf(lat, lon), g, killed, null, json, json, org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN)));
        }
        return null;
      });
      demo.signIn();
      long id = demo.store.incidents().query(Viewer.OPERATOR, org.vigil.store.IncidentFilter.all(), 1, 0).get(0).id();
      for (String page : List.of("/ui/", "/ui/?by=week", "/ui/map", "/ui/map/data", "/ui/map/data?group=al-shabaab",
          "/ui/incidents/" + id, "/ui/groups/al-shabaab", "/ui/search?q=police", "/ui/reports/1")) {
        long c0 = System.nanoTime();
        assertThat(demo.get(page).statusCode()).isEqualTo(200);
        long cold = (System.nanoTime() - c0) / 1_000_000;
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
          long t0 = System.nanoTime();
          demo.get(page);
          ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        System.out.println("benchmark " + page + " first " + cold + " ms, then median " + ms[2] + " ms");
      }
    }
  }
}
