package org.vigil.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.geo.Precision;
import org.vigil.geo.ResolvedPlace;
import org.vigil.registry.Group;

/**
 * The countries where the groups a report names operate, as votes for the geocoder: "ADF
 * rebels killed 12 villagers in Beni" is about Beni in Congo, not the Bolivian department.
 * Stateless.
 */
final class ActorCountries {

  /** A group active in more countries than this says little about where one of its attacks was. */
  static final int MAX_COUNTRIES = 3;

  private ActorCountries() {}

  /** One vote per registered group, shared over its countries of operation; empty when none says much. */
  static Map<String, Double> votes(List<NamedMention<Group>> groups) {
    Map<String, Double> out = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (NamedMention<Group> m : groups) {
      Group g = m.entry();
      if (g == null || !seen.add(g.id()) || g.countries().isEmpty() || g.countries().size() > MAX_COUNTRIES) {
        continue;
      }
      g.countries().forEach(cc -> out.merge(cc, 1.0 / g.countries().size(), Double::sum));
    }
    return out;
  }

  /**
   * True when a place was resolved outside every country the groups vote for and outside every
   * country the text names, so that the votes may change it ("Beni" alone, not "Diffa, Niger").
   */
  static boolean disagree(Map<String, Double> votes, List<ResolvedPlace> places) {
    if (votes.isEmpty()) {
      return false;
    }
    Set<String> named = new HashSet<>();
    for (ResolvedPlace p : places) {
      if (p.precision() == Precision.COUNTRY && !p.relation().equals("demonym")) {
        named.add(p.countryCode());
      }
    }
    for (ResolvedPlace p : places) {
      String cc = p.countryCode();
      if (p.precision() != Precision.COUNTRY && cc != null && !votes.containsKey(cc) && !named.contains(cc)) {
        return true;
      }
    }
    return false;
  }
}
