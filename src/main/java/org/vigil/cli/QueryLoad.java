package org.vigil.cli;

import java.time.LocalDate;
import java.util.Random;
import org.vigil.store.IncidentRow;
import org.vigil.store.Store;

/**
 * Fills a benchmark store with generated incident rows (other dates, countries, types and
 * groups, 1970 to 2024, with a small record and no sources) to time queries at a million
 * incidents without ingesting a million reports.
 */
final class QueryLoad {

  private static final String[] COUNTRIES = {"IQ", "AF", "SO", "NG", "PK", "SY", "YE", "ML", "IN", "CO", "TR",
      "PH", "EG", "LY", "KE", "CD", "BF", "NE", "DZ", "LB"};
  private static final String[] TYPES = {"bombing", "armed_assault", "kidnapping", "assassination",
      "facility_attack", "arrest", "hostage_barricade", "air_strike", "shelling", "armed_clash", "other_violence"};
  private static final String[] GROUPS = {"islamic-state", "al-shabaab", "taliban", "boko-haram", null, null};
  private static final int BATCH = 10_000;

  private QueryLoad() {}

  static void fill(Store store, long n, long seed) {
    Random random = new Random(seed);
    long done = 0;
    while (done < n) {
      long size = Math.min(BATCH, n - done);
      store.inTransaction(() -> {
        for (long i = 0; i < size; i++) {
          LocalDate d = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(20_000));
          double lat = -30 + random.nextDouble() * 70;
          double lon = -80 + random.nextDouble() * 200;
          String type = TYPES[random.nextInt(TYPES.length)];
          String cc = COUNTRIES[random.nextInt(COUNTRIES.length)];
          int killed = random.nextInt(50);
          String json = String.format(java.util.Locale.ROOT, "{\"type\":\"%s\",\"status\":\"accomplished\","
              + "\"background\":false,\"date\":{\"value\":\"%s\",\"precision\":\"day\",\"text\":null},"
              + "\"location\":{\"name\":\"Place\",\"countryCode\":\"%s\",\"lat\":%.4f,\"lon\":%.4f,"
              + "\"precision\":\"city\",\"relation\":\"in\"},\"perpetrators\":[],\"claim\":\"unknown\","
              + "\"agencies\":[],\"targets\":[],\"victims\":[],\"weapons\":[],\"casualties\":{\"killed\":"
              + "{\"value\":%d,\"qualifier\":\"exact\"}},\"confidence\":1.0,\"evidence\":[]}", type, d, cc, lat, lon, killed);
          store.incidents().insert(new IncidentRow(0, type, "accomplished", false, d.toString(), "day", d.toString(),
              d.toString(), cc, "Place", null, lat, lon, "city", IncidentRow.cellOf(lat, lon),
              GROUPS[random.nextInt(GROUPS.length)], killed, null, json, json,
              org.vigil.store.Ownership.instance(org.vigil.stix.Tlp.GREEN)));
        }
        return null;
      });
      done += size;
    }
  }

}
