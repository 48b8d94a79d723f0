package org.vigil.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.alert.Alerter;
import org.vigil.extract.Extractor;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingester;
import org.vigil.ingest.Progress;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.stix.Tlp;
import org.vigil.store.Organisation;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import org.vigil.store.WatchlistRow;
import org.vigil.watch.Watchlists;

/**
 * Loads the demo set into a store: the organisation {@value #ORGANISATION}, which owns the
 * reports listed in {@code index.txt} (copied to a directory and ingested like
 * {@code vigil ingest}, marked TLP:GREEN), its analyst {@value #USER} with a fresh random
 * password, and its two watchlists ({@link #watchlists}: a group and a protected site), made
 * before the reports are ingested so that their alerts are raised as they would be live. Not
 * thread-safe (it writes the store).
 */
public final class DemoData {

  public static final String ORGANISATION = "Demo";
  public static final String USER = "analyst";
  private static final String BASE = "/org/vigil/demo/";
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789";

  /** What was loaded (with the number of alerts the watchlists raised), and how to sign in. */
  public record Loaded(IngestSummary summary, int alerts, String user, String password) {}

  private DemoData() {}

  /** The names of the demo reports, in loading order. */
  public static List<String> reportNames() {
    return read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /**
   * Copies the demo reports under {@code workDir}, ingests them into {@code store} and adds the
   * demo organisation and analyst.
   */
  public static Loaded load(Store store, Registries registries, Extractor extractor, MergeRules merge,
      IngestSettings ingest, Path workDir) {
    Path dir = workDir.resolve("demo-reports");
    try {
      Files.createDirectories(dir);
      for (String name : reportNames()) {
        Files.writeString(dir.resolve(name), read("reports/" + name), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo reports under " + dir, e);
    }
    String password = password();
    Organisation org = store.inTransaction(() -> {
      Organisation o = store.access().findOrganisation(ORGANISATION)
          .orElseGet(() -> store.access().createOrganisation(ORGANISATION));
      store.access().createUser(o.id(), USER, Role.ANALYST.label(), Passwords.hash(password));
      watchlists(o.id()).forEach(w -> store.watches().insert(Watchlists.check(w, registries.groups())));
      return o;
    });
    Alerter alerter = new Alerter(registries.groups());
    int[] alerts = {0};
    Ingester ingester = new Ingester(store, extractor, new IncidentMerger(store, registries.groups(), merge),
        registries.groups(), ingest, new Progress(new PrintWriter(Writer.nullWriter()), false, 3600), line -> { },
        ids -> alerts[0] += alerter.onIncidents(store, ids).size());
    IngestSummary summary = ingester.ingest(List.of(dir), null, Ownership.of(org.id(), Tlp.GREEN));
    return new Loaded(summary, alerts[0], USER, password);
  }

  /**
   * The demo organisation's watchlists: Al-Shabaab (its branches match too) and the Fatima
   * Masumeh Shrine in Qom, a protected site, within 3 km.
   */
  public static List<WatchlistRow> watchlists(long organisation) {
    return List.of(
        new WatchlistRow(0, null, organisation, "Al-Shabaab", "group", "Al-Shabaab", null, null, null, null,
            List.of(), null, false),
        new WatchlistRow(0, null, organisation, "Shrines of Qom", "site", "Fatima Masumeh Shrine, Qom", 34.6416,
            50.8790, 3.0, "shrine", List.of(), null, false));
  }

  private static String password() {
    SecureRandom r = new SecureRandom();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static String read(String name) {
    try (InputStream in = DemoData.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("demo resource " + BASE + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
