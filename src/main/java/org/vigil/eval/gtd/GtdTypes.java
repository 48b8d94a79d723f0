package org.vigil.eval.gtd;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.TargetType;

/**
 * Vigil's incident and target types as the GTD's {@code attacktype1_txt} and
 * {@code targtype1_txt}. Stateless.
 */
public final class GtdTypes {

  /** The GTD's label for an attack of unknown type. */
  public static final String UNKNOWN = "Unknown";

  private GtdTypes() {}

  /**
   * The GTD attack type of a Vigil type; empty for arrests and foiled plots, which the GTD does
   * not code. Air strikes and shelling are explosions, a clash is an armed assault.
   */
  public static Optional<String> attackType(IncidentType t) {
    return Optional.ofNullable(switch (t) {
      case ASSASSINATION -> "Assassination";
      case HIJACKING -> "Hijacking";
      case KIDNAPPING -> "Hostage Taking (Kidnapping)";
      case HOSTAGE_BARRICADE -> "Hostage Taking (Barricade Incident)";
      case BOMBING, AIR_STRIKE, SHELLING -> "Bombing/Explosion";
      case ARMED_ASSAULT, ARMED_CLASH -> "Armed Assault";
      case UNARMED_ASSAULT -> "Unarmed Assault";
      case FACILITY_ATTACK -> "Facility/Infrastructure Attack";
      case OTHER_VIOLENCE -> UNKNOWN;
      case FOILED_PLOT, ARREST -> null;
    });
  }

  /**
   * The attack type of the GTD record for these incidents: by the GTD's hierarchy
   * (Assassination first, Unknown last), which is the order of {@link IncidentType}, over the
   * incidents of others than state forces when there are any. The GTD types the attackers'
   * attack: soldiers who shot the driver who drove at them did not make his attack an armed one.
   */
  public static Optional<String> attackType(List<Incident> incidents) {
    List<Incident> attacks = incidents.stream().filter(i -> !byStateOnly(i)).toList();
    return (attacks.isEmpty() ? incidents : attacks).stream().map(GtdTypes::gtdType)
        .filter(t -> attackType(t).isPresent()).min(Comparator.naturalOrder()).flatMap(GtdTypes::attackType);
  }

  private static boolean byStateOnly(Incident i) {
    return !i.perpetrators().isEmpty() && i.perpetrators().stream().allMatch(p -> p.agency() != null);
  }

  /**
   * The incident's type under the GTD's hierarchy: an armed assault or clash in which explosives
   * were set off (a bomb, a mine, an explosive device) is, for the GTD, a bombing, which ranks
   * above it; grenades, rockets and mortars used with guns stay an armed assault's weapons.
   */
  private static IncidentType gtdType(Incident i) {
    boolean assault = i.type() == IncidentType.ARMED_ASSAULT || i.type() == IncidentType.ARMED_CLASH;
    boolean guns = i.weapons().stream().anyMatch(w -> w.type() == org.vigil.extract.WeaponType.FIREARMS);
    return assault && i.weapons().stream().anyMatch(w -> w.type() == org.vigil.extract.WeaponType.EXPLOSIVES
        && !w.implied() && !(guns && w.projectile())) ? IncidentType.BOMBING : i.type();
  }

  /** Words of a transportation target that the GTD codes apart, as "Airports & Aircraft". */
  private static final java.util.Set<String> AIR = java.util.Set.of("airport", "airports", "airfield", "airstrip",
      "aircraft", "airliner", "plane", "planes", "helicopter", "helicopters", "flight", "jet");

  /**
   * The GTD target type of a target: as {@link #targetType(TargetType)}, except that an airport or
   * an aircraft, which Vigil counts as transportation, is the GTD's "Airports & Aircraft".
   */
  public static String targetType(org.vigil.extract.Target t) {
    if (t.type() == TargetType.TRANSPORTATION && java.util.Arrays.stream(
        t.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")).anyMatch(AIR::contains)) {
      return "Airports & Aircraft";
    }
    return targetType(t.type());
  }

  /** The GTD target type of a Vigil target type. */
  public static String targetType(TargetType t) {
    return switch (t) {
      case MILITARY -> "Military";
      case POLICE -> "Police";
      case GOVERNMENT -> "Government (General)";
      case PRIVATE_CITIZENS -> "Private Citizens & Property";
      case RELIGIOUS -> "Religious Figures/Institutions";
      case BUSINESS -> "Business";
      case EDUCATIONAL -> "Educational Institution";
      case TRANSPORTATION -> "Transportation";
      case JOURNALISTS -> "Journalists & Media";
      case UTILITIES -> "Utilities";
      case TELECOMMUNICATION -> "Telecommunication";
      case NGO -> "NGO";
      case DIPLOMATIC -> "Government (Diplomatic)";
      case NON_STATE_MILITIA -> "Terrorists/Non-State Militia";
      case OTHER -> "Other";
    };
  }
}
