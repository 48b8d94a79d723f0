package org.vigil.eval.acled;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigil.eval.Text;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.TargetType;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;

/**
 * ACLED's actors and Vigil's parties in common terms. ACLED's state and generic actors become
 * their class ("Military Forces of Nigeria (2015-2023)" is "Military Forces", "Civilians (Mali)"
 * is "Civilians", "Unidentified Armed Group (Nigeria)" is "Unidentified Armed Group"); a named
 * group becomes its registry name when the registry knows it ("JNIM: Group for Support of Islam
 * and Muslims"). For Vigil, actor 1 is the first perpetrator (a group, the class of a state
 * force, else an unidentified armed group; for an arrest, the agency) and actor 2 the other side
 * of a clash, else the class of the first target, or the arrested group. Immutable; thread-safe.
 */
public final class AcledActors {

  static final String UNIDENTIFIED = "Unidentified Armed Group";
  private static final Pattern TRAILING_PARENS = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

  private final Registries registries;

  public AcledActors(Registries registries) {
    this.registries = registries;
  }

  /** The common form of an ACLED actor name. */
  public String gold(String actor) {
    String a = TRAILING_PARENS.matcher(actor).replaceAll("").strip();
    for (String cls : new String[] {"Military Forces", "Police Forces", "Civilians", UNIDENTIFIED,
        "Protesters", "Rioters"}) {
      if (a.toLowerCase(Locale.ROOT).startsWith(cls.toLowerCase(Locale.ROOT))) {
        return cls;
      }
    }
    for (String part : a.split(":")) {
      Optional<Group> g = registries.groups().byName(part.strip());
      if (g.isPresent()) {
        return g.get().name();
      }
    }
    return a;
  }

  /** Vigil's actor 1 for the incident. */
  public @Nullable String actor1(Incident i) {
    if (i.type() == IncidentType.ARREST || i.type() == IncidentType.FOILED_PLOT) {
      return i.agencies().isEmpty() ? null : agencyClass(i.agencies().get(0).name());
    }
    return i.perpetrators().isEmpty() ? null : party(i.perpetrators().get(0));
  }

  /** A perpetrator as an ACLED actor: its group, the class of its state force, else an unidentified armed group. */
  private static String party(Perpetrator p) {
    if (p.group() != null) {
      return p.group();
    }
    if (p.agency() != null) {
      String a = (p.agency().name() + " " + p.agency().mention()).toLowerCase(Locale.ROOT);
      return a.contains("police") || a.contains("gendarm") ? "Police Forces" : "Military Forces";
    }
    return UNIDENTIFIED;
  }

  /** Vigil's actor 2 for the incident. */
  public @Nullable String actor2(Incident i) {
    if (i.type() == IncidentType.ARREST || i.type() == IncidentType.FOILED_PLOT) {
      return i.perpetrators().stream().map(Perpetrator::group).filter(java.util.Objects::nonNull)
          .findFirst().orElse(null);
    }
    if (i.type() == IncidentType.ARMED_CLASH && i.perpetrators().size() > 1) {
      return party(i.perpetrators().get(1)); // the other side of the fight
    }
    if (!i.targets().isEmpty()) {
      TargetType t = i.targets().get(0).type();
      return switch (t) {
        case MILITARY -> "Military Forces";
        case POLICE -> "Police Forces";
        case NON_STATE_MILITIA -> UNIDENTIFIED;
        default -> "Civilians";
      };
    }
    return i.victims().isEmpty() ? null : "Civilians";
  }

  /** True when the two common forms name the same actor. */
  public boolean same(@Nullable String gold, @Nullable String found) {
    if (gold == null || found == null) {
      return false;
    }
    if (Text.same(gold, found)) {
      return true;
    }
    Optional<Group> a = registries.groups().byName(gold);
    Optional<Group> b = registries.groups().byName(found);
    return a.isPresent() && b.isPresent() && a.get().id().equals(b.get().id());
  }

  private static String agencyClass(String agency) {
    String a = agency.toLowerCase(Locale.ROOT);
    return a.contains("army") || a.contains("military") || a.contains("armed forces") || a.contains("defence")
        || a.contains("defense") ? "Military Forces" : "Police Forces";
  }
}
