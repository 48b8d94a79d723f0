package org.vigil.eval;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vigil.extract.Casualties;
import org.vigil.extract.Claim;
import org.vigil.extract.Count;
import org.vigil.extract.Extractor;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Location;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Status;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;
import org.vigil.extract.Victim;
import org.vigil.extract.Weapon;
import org.vigil.extract.WeaponType;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.registry.Registries;

/** Shared test data: the engine (built once; it is immutable), resource paths and hand-made incidents. */
public final class Fixtures {

  public static final Registries REGISTRIES = Registries.bundled();
  private static final Extractor ENGINE = Extractor.create(REGISTRIES,
      new GazetteerGeocoder(Gazetteer.loadDefault()));

  private Fixtures() {}

  public static Extractor engine() {
    return ENGINE;
  }

  /** A file or folder under {@code src/test/resources/org/vigil/eval}. */
  public static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A folder of {@code ../shared/data} (or {@code $VIGIL_SHARED/data}), which is never committed;
   * the calling test is skipped when {@code marker} is not in it.
   */
  public static Path shared(String folder, String marker) {
    String env = System.getenv("VIGIL_SHARED");
    Path shared = env != null ? Path.of(env) : Path.of(System.getProperty("user.dir"), "..", "shared");
    Path dir = shared.resolve("data").resolve(folder);
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dir.resolve(marker)),
        folder + " not found at " + dir + "; set VIGIL_SHARED");
    return dir;
  }

  /** An accomplished, current incident with the given parts. */
  public static Incident incident(IncidentType type, Location location, List<Perpetrator> perps,
      List<Target> targets, List<Victim> victims, List<Weapon> weapons, Integer killed) {
    return new Incident(type, Status.ACCOMPLISHED, false, null, location, perps, Claim.UNKNOWN, List.of(),
        targets, victims, weapons, new Casualties(killed == null ? null : Count.exact(killed), null, null,
            null, null), 0.9, List.of());
  }

  public static Incident incident(IncidentType type) {
    return incident(type, null, List.of(), List.of(), List.of(), List.of(), null);
  }

  public static Location city(String city, String admin1, String country, double lat, double lon) {
    return new Location(city, null, city, admin1, country, null, lat, lon, "city", "in", null, null);
  }

  public static Weapon weapon(WeaponType t, String text) {
    return new Weapon(t, text, false);
  }

  public static Target target(TargetType t, String text) {
    return new Target(t, text);
  }
}
