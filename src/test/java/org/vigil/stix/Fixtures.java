package org.vigil.stix;

import java.time.Instant;
import java.util.List;
import org.vigil.extract.AgencyRef;
import org.vigil.extract.Casualties;
import org.vigil.extract.Claim;
import org.vigil.extract.Count;
import org.vigil.extract.DatePrecision;
import org.vigil.extract.Evidence;
import org.vigil.extract.Extraction;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentDate;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Location;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Qualifier;
import org.vigil.extract.Relation;
import org.vigil.extract.ReportInfo;
import org.vigil.extract.Status;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;
import org.vigil.extract.Weapon;
import org.vigil.extract.WeaponType;
import org.vigil.registry.Registries;

/** Hand-made extractions, so that mapping tests do not need the engine. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2024-04-20T08:15:00.123456Z");
  static final Registries REGISTRIES = Registries.bundled();

  private Fixtures() {}

  /** A claimed bombing in Kabul, and intelligence shared by Iran with Pakistan. */
  static Extraction kabulBombing() {
    Evidence ev = new Evidence("type", 10, 22, "suicide bomb", 10, 22);
    Incident bombing = new Incident(IncidentType.BOMBING, Status.ACCOMPLISHED, false,
        new IncidentDate("2024-04-19", DatePrecision.DAY, "on Friday"),
        new Location("Kabul", null, "Kabul", "Kabul", "Afghanistan", "AF", 34.5281, 69.1723, "city", "in", null, null),
        List.of(new Perpetrator("Islamic State Khorasan Province", "Islamic State Khorasan Province", null, null)),
        Claim.CLAIMED, List.of(),
        List.of(new Target(TargetType.RELIGIOUS, "a mosque")), List.of(),
        List.of(new Weapon(WeaponType.EXPLOSIVES, "suicide bomb", false)),
        new Casualties(new Count(12, Qualifier.AT_LEAST), Count.exact(30), null, null, null),
        0.9, List.of(ev));
    return new Extraction(new ReportInfo("r1", "Bomb kills 12 at Kabul mosque", "2024-04-20", "Example Wire",
        "https://news.example/r1"), List.of(bombing), List.of(),
        List.of(new Relation("intelligence_sharing", "IR", "PK", ev)));
  }

  /** Warplanes of a registry state force strike a house. */
  static Extraction airStrike() {
    Incident strike = new Incident(IncidentType.AIR_STRIKE, Status.ACCOMPLISHED, false, null, null,
        List.of(Perpetrator.force(new AgencyRef("Israel Defense Forces", "Israeli warplanes", "IL"))),
        Claim.UNKNOWN, List.of(), List.of(new Target(TargetType.PRIVATE_CITIZENS, "a house")), List.of(),
        List.of(), new Casualties(Count.exact(11), null, null, null, null), 0.8, List.of());
    return new Extraction(new ReportInfo("r3", null, null, null, null), List.of(strike), List.of(), List.of());
  }

  /** Police arrest two members of a group. */
  static Extraction arrest() {
    Incident arrest = new Incident(IncidentType.ARREST, Status.ACCOMPLISHED, false, null, null,
        List.of(new Perpetrator("Islamic State", "Islamic State", "two members", 2)),
        Claim.UNKNOWN, List.of(new AgencyRef("Islamic Revolutionary Guard Corps", "IRGC", "IR")),
        List.of(), List.of(), List.of(), new Casualties(null, null, null, Count.exact(2), null), 0.8, List.of());
    return new Extraction(new ReportInfo("r2", null, null, null, null), List.of(arrest), List.of(), List.of());
  }

  static StixMapper mapper(StixIds ids) {
    return new StixMapper(REGISTRIES, ids, StixConfig.defaults());
  }
}
