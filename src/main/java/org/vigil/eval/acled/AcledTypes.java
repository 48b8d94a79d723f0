package org.vigil.eval.acled;

import java.util.List;
import java.util.Optional;
import org.vigil.extract.Incident;
import org.vigil.extract.TargetType;
import org.vigil.extract.WeaponType;

/**
 * Vigil's incidents as ACLED event and sub-event types. An arrest is Strategic developments /
 * Arrests, a foiled plot Strategic developments / Disrupted weapons use, a bombing Explosions/Remote
 * violence / Remote explosive/landmine/IED, an air strike Air/drone strike and shelling
 * Shelling/artillery/missile attack; a clash is Battles / Armed clash; an armed assault on soldiers, police or militia is
 * Battles / Armed clash and on anyone else Violence against civilians / Attack; kidnapping,
 * hostage-taking and hijacking are Violence against civilians / Abduction/forced disappearance;
 * a facility attack is Strategic developments / Looting/property destruction. Stateless.
 *
 * @param event ACLED's {@code event_type}
 * @param subEvent ACLED's {@code sub_event_type}
 */
public record AcledTypes(String event, String subEvent) {

  static final String VAC = "Violence against civilians";
  static final String STRATEGIC = "Strategic developments";
  static final String EXPLOSIONS = "Explosions/Remote violence";

  /** The ACLED types of an incident. */
  public static AcledTypes of(Incident i) {
    return switch (i.type()) {
      case ARREST -> new AcledTypes(STRATEGIC, "Arrests");
      case FOILED_PLOT -> new AcledTypes(STRATEGIC, "Disrupted weapons use");
      case BOMBING -> new AcledTypes(EXPLOSIONS, suicide(i) ? "Suicide bomb" : "Remote explosive/landmine/IED");
      case AIR_STRIKE -> new AcledTypes(EXPLOSIONS, "Air/drone strike");
      case SHELLING -> new AcledTypes(EXPLOSIONS, "Shelling/artillery/missile attack");
      case ARMED_CLASH -> new AcledTypes("Battles", "Armed clash");
      case KIDNAPPING, HOSTAGE_BARRICADE, HIJACKING -> new AcledTypes(VAC, "Abduction/forced disappearance");
      case FACILITY_ATTACK -> new AcledTypes(STRATEGIC, "Looting/property destruction");
      case ARMED_ASSAULT, ASSASSINATION, UNARMED_ASSAULT, OTHER_VIOLENCE -> armed(i)
          ? new AcledTypes("Battles", "Armed clash") : new AcledTypes(VAC, "Attack");
    };
  }

  /** The types of the first incident, if there is one. */
  public static Optional<AcledTypes> first(List<Incident> incidents) {
    return incidents.stream().findFirst().map(AcledTypes::of);
  }

  private static boolean armed(Incident i) {
    return i.targets().stream().anyMatch(t -> t.type() == TargetType.MILITARY || t.type() == TargetType.POLICE
        || t.type() == TargetType.NON_STATE_MILITIA);
  }

  private static boolean suicide(Incident i) {
    return i.weapons().stream().anyMatch(w -> w.type() == WeaponType.EXPLOSIVES
        && w.text().toLowerCase(java.util.Locale.ROOT).contains("suicide"));
  }
}
