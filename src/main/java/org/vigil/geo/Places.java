package org.vigil.geo;

import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;

/** Builds {@link ResolvedPlace} values from gazetteer entries. */
final class Places {

  private Places() {}

  static ResolvedPlace of(Gazetteer g, int id, Span span, Level level, String relation,
      @Nullable Double offsetKm) {
    PlaceKind kind = g.kind(id);
    Precision precision = switch (kind) {
      case COUNTRY -> Precision.COUNTRY;
      case ADMIN1 -> Precision.PROVINCE;
      case ADMIN2 -> Provinces.isSecondLevelProvince(g, id) ? Precision.PROVINCE : Precision.DISTRICT;
      case PLACE -> level == Level.DISTRICT ? Precision.DISTRICT : Precision.CITY;
    };
    String cc = g.countryCode(id);
    int countryId = g.countryId(cc);
    int province = Provinces.of(g, id);
    return new ResolvedPlace(span, g.name(id), null,
        kind == PlaceKind.PLACE ? g.name(id) : null,
        province < 0 ? null : g.name(province),
        countryId < 0 ? null : g.name(countryId), cc.isEmpty() ? null : cc,
        round(g.lat(id)), round(g.lon(id)), precision, relation, offsetKm, null);
  }

  /** The country of code {@code cc} as a place at {@code span}, {@code resolved} saying why; empty for no country. */
  static java.util.Optional<ResolvedPlace> country(Gazetteer g, String cc, Span span, String because) {
    int id = g.countryId(cc);
    if (id < 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new ResolvedPlace(span, g.name(id), null, null, null, g.name(id), cc,
        round(g.lat(id)), round(g.lon(id)), Precision.COUNTRY, "in", null, because));
  }

  /**
   * A named site placed at its city's coordinates; with {@code keepRelation} it is where the
   * city mention says ("a checkpoint near Kirkuk" is near Kirkuk), otherwise in the city.
   */
  static ResolvedPlace site(ResolvedPlace city, Span span, String siteName, boolean keepRelation) {
    String town = city.city() != null || !city.kept() || city.relation().equals("route") ? city.city() : city.name();
    return new ResolvedPlace(span, siteName, siteName, town, city.admin1(), city.country(),
        city.countryCode(), city.lat(), city.lon(), Precision.SITE,
        keepRelation ? city.relation() : "in", keepRelation ? city.offsetKm() : null, city.resolved());
  }

  /** Degrees to 5 decimals (about a metre), dropping the float storage's noise. */
  private static double round(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }

  /** Distance in kilometres by the equirectangular approximation: cheap, good to a few percent under 1,000 km. */
  static double roughKm(double lat1, double lon1, double lat2, double lon2) {
    double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    double y = Math.toRadians(lat2 - lat1);
    return 6371.0088 * Math.sqrt(x * x + y * y);
  }

  /** Great-circle distance in kilometres. */
  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
