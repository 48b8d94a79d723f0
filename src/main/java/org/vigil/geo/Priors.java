package org.vigil.geo;

/** Scores that depend on an entry alone, or on the entry and the level word next to its name. */
final class Priors {

  private Priors() {}

  /** How likely an entry is named at all: its kind, population and feature code. */
  static double prior(Gazetteer g, int id) {
    return switch (g.kind(id)) {
      case COUNTRY -> 6.0;
      case ADMIN1 -> 2.5;
      case ADMIN2 -> Provinces.isSecondLevelProvince(g, id) ? 2.5 : 1.5;
      case PLACE -> {
        String fc = g.featureCode(id);
        double bonus = switch (fc) {
          case "PPLC" -> 2.0;
          case "PPLG" -> 1.5;
          case "PPLA" -> 0.8;
          case "PPLA2" -> 0.4;
          case "PPLA3", "PPLA4" -> 0.2;
          default -> 0;
        };
        long population = g.population(id);
        if (population == 0 && (fc.equals("PPLA") || fc.equals("PPLA2"))) {
          population = SEAT_POPULATION; // GeoNames' 0 is "unknown": Parachinar, a district's seat, is no hamlet
        }
        yield 0.45 * Math.log10(population + 1.0) + bonus;
      }
    };
  }

  /**
   * The population a first- or second-level seat whose population GeoNames does not know is
   * taken to have for its prior: a small town's, so that "in Parachinar" is read while an
   * unknown seat never outweighs a known town.
   */
  static final long SEAT_POPULATION = 5_000;

  /** What a level word next to the name ("province", "town") says for an entry. */
  static double level(Gazetteer g, int id, Level level) {
    PlaceKind kind = g.kind(id);
    return switch (level) {
      case ADMIN1 -> kind == PlaceKind.ADMIN1 || Provinces.isSecondLevelProvince(g, id) ? 3.0
          : kind == PlaceKind.PLACE ? -1.5 : 0;
      case DISTRICT -> kind == PlaceKind.ADMIN2 ? 3.0
          : kind == PlaceKind.PLACE ? (g.featureCode(id).startsWith("PPLA") ? 1.0 : 0.3) : -1.0;
      case CITY -> kind == PlaceKind.PLACE ? 1.0 : -2.0;
      case NONE -> 0;
    };
  }

  /**
   * Whether candidates {@code ids} name one place: a single entry, or one town and the districts
   * or provinces of its name in its own province ("Zakho" the town and Zakho District). A town of
   * at least {@link #DOMINANT} people outweighs namesakes elsewhere of a twentieth of its size or
   * less ("Jenin", a West Bank city, and a Polish village of that name) when {@code standsAlone}
   * (no capitalised word follows, as one would a person's given name: "Hassan Al-Khafaji").
   */
  static boolean onePlace(Gazetteer g, int[] ids, boolean standsAlone) {
    int ref = ids[0];
    for (int id : ids) {
      if (g.kind(id) == PlaceKind.PLACE && g.population(id) > g.population(ref)) {
        ref = id;
      }
    }
    boolean dominant = standsAlone && g.population(ref) >= DOMINANT;
    int places = 0;
    for (int id : ids) {
      boolean sameArea = g.countryCode(id).equals(g.countryCode(ref))
          && java.util.Objects.equals(g.admin1Code(id), g.admin1Code(ref));
      if (dominant && !sameArea && g.kind(id) == PlaceKind.PLACE && g.population(id) * 20L <= g.population(ref)) {
        continue;
      }
      if (g.kind(id) == PlaceKind.COUNTRY || !sameArea || g.kind(id) == PlaceKind.PLACE && ++places > 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether the name ending before token {@code next} stands alone: no capitalised word follows it in its sentence. */
  static boolean standsAlone(java.util.List<Token> tokens, int next) {
    return next >= tokens.size() || !tokens.get(next).capitalised()
        || tokens.get(next).sentence() != tokens.get(next - 1).sentence();
  }

  /** Population of a town that outweighs its small namesakes abroad. */
  static final long DOMINANT = 20_000;
}
