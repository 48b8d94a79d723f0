package org.vigil.merge;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Scores a new incident against a stored one. A hard mismatch (incompatible types, dates
 * further apart than the window, different countries, places further apart than the
 * precision allows, different groups, an unknown date without the same named group on both
 * sides) rules the match out; otherwise the weighted criteria
 * (type 0.3, date 0.25, place 0.25, group 0.1, casualties 0.1) must reach
 * {@link MergeRules#minScore()}. Immutable; thread-safe.
 */
final class Matcher {

  private static final Set<String> ATTACKS = Set.of("assassination", "hijacking", "kidnapping",
      "hostage_barricade", "bombing", "air_strike", "shelling", "armed_assault", "armed_clash",
      "unarmed_assault", "facility_attack");
  private static final Set<String> STOPPED = Set.of("foiled_plot", "arrest");

  private final MergeRules rules;
  private final UnaryOperator<String> canonicalGroup;

  /** @param canonicalGroup maps a group id to the group an analyst merged it into (or itself) */
  Matcher(MergeRules rules, UnaryOperator<String> canonicalGroup) {
    this.rules = rules;
    this.canonicalGroup = canonicalGroup;
  }

  Optional<Match> match(Facts in, Facts stored, long storedId) {
    ObjectNode why = JsonNodeFactory.instance.objectNode();
    double type = type(in.type(), stored.type());
    boolean undated = in.start() == null || stored.start() == null;
    if (type == 0 || undated && !sameNamedGroup(in, stored)) {
      return Optional.empty();
    }
    criterion(why, "type", type, in.type() + " / " + stored.type());
    double date;
    if (undated) {
      // a recalled attack without a date ("the group was behind the Kerman bombings") can still be
      // the stored one, when the group is the same and the place and toll agree
      date = UNDATED;
      criterion(why, "date", date, "date unknown on one side");
    } else {
      long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(stored.end(), in.start()),
          ChronoUnit.DAYS.between(in.end(), stored.start())));
      int window = rules.window(in.datePrecision(), stored.datePrecision());
      if (gap > window) {
        return Optional.empty();
      }
      date = 1.0 - (double) gap / (window + 1);
      criterion(why, "date", date, gap + " day(s) apart, window " + window);
    }
    double place;
    if (in.country() != null && stored.country() != null && !in.country().equals(stored.country())) {
      return Optional.empty();
    } else if (in.lat() != null && stored.lat() != null && in.lon() != null && stored.lon() != null) {
      double km = Geo.km(in.lat(), in.lon(), stored.lat(), stored.lon());
      double limit = rules.distance(in.placePrecision(), stored.placePrecision());
      if (km > limit) {
        return Optional.empty();
      }
      place = Double.isInfinite(limit) ? 0.6 : 1.0 - 0.5 * km / limit;
      String reason = Math.round(km) + " km apart, limit "
          + (Double.isInfinite(limit) ? "none (country precision)" : Math.round(limit) + " km");
      if (differentSites(in.site(), stored.site())) {
        place = 0;
        reason += ", but different sites: " + in.site() + " / " + stored.site();
      }
      criterion(why, "place", place, reason);
    } else if (in.country() != null && stored.country() != null) {
      place = 0.6;
      criterion(why, "place", place, "same country " + in.country() + ", no coordinates to compare");
    } else {
      place = 0.2;
      criterion(why, "place", place, "place unknown on one side");
    }
    double group;
    if (in.groupId() != null && stored.groupId() != null) {
      if (!canonicalGroup.apply(in.groupId()).equals(canonicalGroup.apply(stored.groupId()))) {
        return Optional.empty();
      }
      group = 1.0;
      criterion(why, "group", group, "same group " + in.groupId());
    } else {
      group = 0.5;
      criterion(why, "group", group, "group named on " + (in.groupId() == null && stored.groupId() == null
          ? "neither side" : "one side only"));
    }
    double casualties = casualties(in.killed(), stored.killed());
    criterion(why, "casualties", casualties, "killed " + in.killed() + " / " + stored.killed());
    double score = 0.3 * type + 0.25 * date + 0.25 * place + 0.1 * group + 0.1 * casualties;
    score = Math.round(score * 1000) / 1000.0;
    why.put("score", score);
    why.put("minScore", rules.minScore());
    return score >= rules.minScore() ? Optional.of(new Match(storedId, score, why)) : Optional.empty();
  }

  /** The date score when one side has no date: a match then rests on group, place and toll. */
  static final double UNDATED = 0.3;

  private boolean sameNamedGroup(Facts a, Facts b) {
    return a.groupId() != null && b.groupId() != null
        && canonicalGroup.apply(a.groupId()).equals(canonicalGroup.apply(b.groupId()));
  }

  /** Whether both sites are named and neither name contains the other ("hotel" / "Sahafi hotel" are the same). */
  static boolean differentSites(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    return !x.contains(y) && !y.contains(x);
  }

  static double type(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (ATTACKS.contains(a) && ATTACKS.contains(b) || STOPPED.contains(a) && STOPPED.contains(b)) {
      return 0.6;
    }
    if (a.equals("other_violence") && ATTACKS.contains(b) || b.equals("other_violence") && ATTACKS.contains(a)) {
      return 0.5;
    }
    return 0;
  }

  private static double casualties(Integer a, Integer b) {
    if (a == null || b == null) {
      return 0.5;
    }
    if (a.equals(b)) {
      return 1.0;
    }
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return hi - lo <= 5 || lo >= 0.3 * hi ? 0.7 : 0.3;
  }

  private static void criterion(ObjectNode why, String name, double score, String reason) {
    ObjectNode c = why.putObject(name);
    c.put("score", Math.round(score * 1000) / 1000.0);
    c.put("why", reason);
  }
}
