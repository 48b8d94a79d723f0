package org.vigil.extract;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One incident extracted from a report, every filled field backed by {@link Evidence}.
 *
 * @param background true when the report only recalls it; false for the report's own news
 * @param confidence the engine's belief in the record, 0 to 1
 */
public record Incident(
    IncidentType type,
    Status status,
    boolean background,
    @Nullable IncidentDate date,
    @Nullable Location location,
    List<Perpetrator> perpetrators,
    Claim claim,
    List<AgencyRef> agencies,
    List<Target> targets,
    List<Victim> victims,
    List<Weapon> weapons,
    Casualties casualties,
    double confidence,
    List<Evidence> evidence) {

  public Incident {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(casualties, "casualties");
    perpetrators = List.copyOf(perpetrators);
    agencies = List.copyOf(agencies);
    targets = List.copyOf(targets);
    victims = List.copyOf(victims);
    weapons = List.copyOf(weapons);
    evidence = List.copyOf(evidence);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
    }
  }

  /** This incident as a recollection of the report, not its news. */
  public Incident recalled() {
    return new Incident(type, status, true, date, location, perpetrators, claim, agencies, targets, victims, weapons,
        casualties, confidence, evidence);
  }

  /** This incident with another date and the evidence that goes with it. */
  public Incident withDate(@Nullable IncidentDate newDate, List<Evidence> newEvidence) {
    return new Incident(type, status, background, newDate, location, perpetrators, claim, agencies, targets,
        victims, weapons, casualties, confidence, newEvidence);
  }
}
