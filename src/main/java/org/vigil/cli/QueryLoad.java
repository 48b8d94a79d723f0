package org.vigil.cli;

import java.time.LocalDate;
import java.util.Random;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Store;

/**
 * Fills a benchmark store with generated incident rows (copies of a stored record with other
 * dates, countries, types and groups, 1970 to 2024) to time queries at a million incidents
 * without ingesting a million reports.
 */
final class QueryLoad {

  private static final String[] COUNTRIES = {"IQ", "AF", "SO", "NG", "PK", "SY", "YE", "ML", "IN", "CO", "TR",
      "PH", "EG", "LY", "KE", "CD", "BF", "NE", "DZ", "LB"};
  private static final String[] TYPES = {"bombing", "armed_assault", "kidnapping", "assassination",
      "facility_attack", "arrest", "hostage_barricade", "other_violence"};
  private static final String[] GROUPS = {"islamic-state", "al-shabaab", "taliban", "boko-haram", null, null};
  private static final int BATCH = 10_000;

  private QueryLoad() {}

  static void fill(Store store, long n, long seed) {
    IncidentRow template = store.incidents().query(IncidentFilter.all(), 1, 0).stream().findFirst()
        .orElseThrow(() -> new UserError("the benchmark stored no incident to copy"));
    Random random = new Random(seed);
    long done = 0;
    while (done < n) {
      long size = Math.min(BATCH, n - done);
      store.inTransaction(() -> {
        for (long i = 0; i < size; i++) {
          LocalDate d = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(20_000));
          double lat = -30 + random.nextDouble() * 70;
          double lon = -80 + random.nextDouble() * 200;
          store.incidents().insert(new IncidentRow(0, TYPES[random.nextInt(TYPES.length)], "accomplished", false,
              d.toString(), "day", d.toString(), d.toString(), COUNTRIES[random.nextInt(COUNTRIES.length)], "Place",
              null, lat, lon, "city", IncidentRow.cellOf(lat, lon), GROUPS[random.nextInt(GROUPS.length)],
              random.nextInt(50), random.nextInt(80), template.machineJson(), template.recordJson()));
        }
        return null;
      });
      done += size;
    }
  }

}
