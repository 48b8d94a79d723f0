package org.vigil.geo;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the gazetteer's load time and retained heap, and the geocoder's throughput on
 * ~400-word reports. Not a unit test (timings on a shared machine are noisy); run with
 * {@code java -Xmx150m -cp target/classes:target/test-classes org.vigil.geo.GeoBench [DATA_DIR]}:
 * with a data directory, the gazetteer the commands load from it (an installed index, or the
 * bundled one's mapped copy, written at the first run), else the bundled one read onto the heap.
 */
public final class GeoBench {

  private GeoBench() {}

  public static void main(String[] args) throws java.io.IOException {
    System.gc();
    long before = usedHeap();
    long t0 = System.nanoTime();
    Gazetteer g = args.length > 0 ? InstalledGazetteer.loadFor(java.nio.file.Path.of(args[0])) : Gazetteer.loadDefault();
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    long retained = usedHeap() - before;
    System.out.printf("load: %d ms, %d entries, retained heap %.1f MB%n", loadMs, g.size(), retained / 1e6);
    GazetteerGeocoder geocoder = new GazetteerGeocoder(g);
    List<String> texts = sampleTexts();
    for (int round = 0; round < 3; round++) {
      long s = System.nanoTime();
      int places = 0;
      int n = 0;
      while (System.nanoTime() - s < 3_000_000_000L) {
        for (String t : texts) {
          places += geocoder.resolve(t, GeoContext.none()).size();
          n++;
        }
      }
      double secs = (System.nanoTime() - s) / 1e9;
      System.out.printf("round %d: %.0f reports/s on one thread (%d places)%n", round, n / secs, places);
    }
    System.out.printf("peak heap used after runs: %.1f MB%n", usedHeap() / 1e6);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    var mem = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return mem.getUsed();
  }

  private static List<String> sampleTexts() {
    String mixed = "KABUL, Afghanistan (AP) — A suicide bomber struck a checkpoint 30 km north of Kabul "
        + "on Tuesday, killing six soldiers, officials said. The attack came a day after gunmen "
        + "opened fire on a market in Kandahar and a roadside bomb hit a police vehicle outside "
        + "Jalalabad in Nangarhar province. Afghan officials blamed the Taliban. In neighbouring "
        + "Pakistan, police in Peshawar said a blast at the Qissa Khwani bazaar wounded 12 people. "
        + "Separately, Iranian state media reported an explosion near the Hazrat Masumeh shrine in "
        + "Qom. Iraqi security forces said militants attacked a village in Daquq district, Kirkuk, "
        + "and two soldiers died in Mosul. ";
    String caps = "SAN SALVADOR, 3 JAN 90 -- [REPORT] [ARMED FORCES PRESS COMMITTEE] [TEXT] THE ARCE "
        + "BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS OF VARIOUS AGES HAVE BEEN KIDNAPPED "
        + "BY TERRORISTS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT IN SAN MIGUEL DEPARTMENT. "
        + "ACCORDING TO THAT GARRISON, THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER IN SAN LUIS DE "
        + "LA REINA. MEANWHILE, THREE SUBVERSIVES WERE KILLED DURING CLASHES YESTERDAY IN USULUTAN "
        + "AND MORAZAN DEPARTMENTS. NATIONAL GUARD UNITS GUARDING THE LAS CANAS BRIDGE, WHICH IS ON "
        + "THE NORTHERN TRUNK HIGHWAY IN APOPA, THIS MORNING REPELLED A TERRORIST ATTACK. ";
    List<String> out = new ArrayList<>();
    out.add(mixed + mixed.substring(0, mixed.length() / 2));
    out.add(caps + caps.substring(0, caps.length() / 2));
    return out;
  }
}
