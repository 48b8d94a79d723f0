package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vigil.extract.Extractor;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.store.Database;
import org.vigil.store.GroupRow;
import org.vigil.store.SqlStore;
import org.vigil.store.Store;

/**
 * Test reports written for the knowledge-base tests (JSON Lines records) and a knowledge base
 * on a real database file. The engine is built once per JVM (it is immutable).
 */
public final class KnowledgeBase {

  public static final Registries REGISTRIES = Registries.bundled();
  public static final Extractor ENGINE = Extractor.create(REGISTRIES, new GazetteerGeocoder(Gazetteer.loadDefault()));
  /** A car bomb at a hotel in Mogadishu, Saturday 2024-03-09: at least 12 killed, 20 wounded, Al-Shabaab claimed (published 2024-03-10). */
  public static final String WIRE_1 = "{\"id\":\"wire-1\",\"published\":\"2024-03-10\",\"source\":\"Example Wire\",\"text\":\"MOGADISHU, Somalia (Example Wire) - A car bomb exploded outside a hotel in Mogadishu on Saturday, killing at least 12 people and wounding 20 others, police said. Al-Shabaab claimed responsibility for the attack in a statement on its radio station. The hotel is popular with government officials and lawmakers, and security forces sealed off the area after the blast.\"}";
  /** The same bombing two days later: at least 17 killed, 25 wounded (published 2024-03-12). */
  public static final String LOCAL_2 = "{\"id\":\"local-2\",\"published\":\"2024-03-12\",\"source\":\"Local Daily\",\"text\":\"MOGADISHU, Somalia (Local Daily) - At least 17 people were killed and 25 wounded when a car bomb exploded outside a hotel in Mogadishu on Saturday, officials said on Monday, raising the toll. Al-Shabaab claimed the bombing.\"}";
  /** A syndicated copy of WIRE_1 with small edits (agency name, one word). */
  public static final String COPY_3 = "{\"id\":\"copy-3\",\"published\":\"2024-03-10\",\"source\":\"Other Agency\",\"text\":\"MOGADISHU, Somalia (Other Agency) - A car bomb exploded outside a hotel in Mogadishu on Saturday, killing at least 12 people and wounding 20 others, police said. Al-Shabaab claimed responsibility for the attack in a statement on its radio station. The hotel is popular with government officials and MPs, and security forces sealed off the area after the blast.\"}";
  /** Another incident the same day: gunmen kill three police officers in Kabul. */
  public static final String OTHER_4 = "{\"id\":\"other-4\",\"published\":\"2024-03-10\",\"source\":\"Example Wire\",\"text\":\"KABUL, Afghanistan (Example Wire) - Gunmen attacked a checkpoint in Kabul on Saturday, killing three police officers, the interior ministry said. No group claimed responsibility.\"}";
  /** An arrest in Nairobi whose background recalls the Mogadishu hotel bombing of March (17 killed). */
  public static final String RECALL_5 = "{\"id\":\"recall-5\",\"published\":\"2024-06-01\",\"source\":\"Example Wire\",\"text\":\"NAIROBI, Kenya (Example Wire) - Kenyan police arrested two suspected members of Al-Shabaab in Nairobi on Friday. The group was behind the car bomb attack on a hotel in Mogadishu, Somalia in March that killed 17 people.\"}";
  /** An arrest in Nairobi whose background recalls a market bombing in Kismayo in January, not stored before. */
  public static final String RECALL_6 = "{\"id\":\"recall-6\",\"published\":\"2024-06-01\",\"source\":\"Example Wire\",\"text\":\"NAIROBI, Kenya (Example Wire) - Kenyan police arrested two suspected members of Al-Shabaab in Nairobi on Friday. The group was behind a bombing at a market in Kismayo, Somalia in January that killed nine people.\"}";
  /** A hotel car bomb in Mogadishu the same Saturday, claimed by another group (Islamic State Somalia Province). */
  public static final String ISIS_7 = "{\"id\":\"isis-7\",\"published\":\"2024-03-10\",\"source\":\"Example Wire\",\"text\":\"MOGADISHU, Somalia (Example Wire) - A car bomb exploded outside a hotel in Mogadishu on Saturday, killing 14 people, police said. Islamic State Somalia Province claimed responsibility for the attack.\"}";

  private KnowledgeBase() {}

  /** Opens the SQLite store of a data directory, with the registry's groups. */
  public static Store open(Path dir) {
    return seeded(SqlStore.open(Database.sqlite(dir)));
  }

  public static Store seeded(Store store) {
    store.inTransaction(() -> {
      store.groups().seed(REGISTRIES.groups().all().stream()
          .map(g -> new GroupRow(g.id(), g.name(), g.parent(), null)).toList());
      return null;
    });
    return store;
  }

  public static Ingester ingester(Store store, IngestSettings settings) {
    return new Ingester(store, ENGINE, new IncidentMerger(store, REGISTRIES.groups(), MergeRules.defaults()),
        REGISTRIES.groups(), settings, new Progress(new java.io.PrintWriter(java.io.Writer.nullWriter()), false, 0),
        line -> {});
  }

  /** Gives organisation {@code org} what the instance owns, as {@code vigil admin adopt} does. */
  public static void adopt(Store store, long org) {
    store.inTransaction(() -> {
      IncidentMerger merger = new IncidentMerger(store, REGISTRIES.groups(), MergeRules.defaults());
      store.adopt(org).forEach(merger::refresh);
      return null;
    });
  }

  public static IngestSummary ingest(Store store, Path dir, String name, String... records) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", records) + "\n");
    return ingester(store, IngestSettings.defaults()).ingest(List.of(f));
  }
}
