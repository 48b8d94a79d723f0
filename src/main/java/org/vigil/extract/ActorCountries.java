package org.vigil.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.geo.GeoContext;
import org.vigil.geo.Geocoder;
import org.vigil.geo.Precision;
import org.vigil.geo.ResolvedPlace;
import org.vigil.registry.Agency;
import org.vigil.registry.Group;

/**
 * The countries where the groups a report names operate and the states of its agencies, as
 * votes for the geocoder: "ADF rebels killed 12 villagers in Beni" is about Beni in Congo, not
 * the Bolivian department; and, when the report names no place, as its country.
 * Stateless.
 */
final class ActorCountries {

  /** A group active in more countries than this says little about where one of its attacks was. */
  static final int MAX_COUNTRIES = 3;

  private ActorCountries() {}

  /**
   * One vote per registered group, shared over its countries of operation, and one per state
   * agency for its state ("FARDC soldiers": Congo); empty when none says much.
   */
  static Map<String, Double> votes(List<NamedMention<Group>> groups, List<NamedMention<Agency>> agencies) {
    Map<String, Double> out = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (NamedMention<Agency> m : agencies) {
      Agency a = m.entry();
      if (a != null && a.countryCode() != null && seen.add(a.id())) {
        out.merge(a.countryCode(), 1.0, Double::sum);
      }
    }
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
   * The places of a report read again under its actors' votes: under the groups' when a place lies
   * outside their countries and every country named ({@link #disagree}); under the groups' and the
   * agencies' when nothing was placed ("FARDC soldiers clashed with Mai-Mai in Kalehe territory,
   * South Kivu"). A state's forces often fight abroad ("US forces carried out a drone strike near
   * Jilib"), so that an agency never moves a place the text did resolve.
   */
  static List<ResolvedPlace> reresolve(Geocoder.Reading reading, List<ResolvedPlace> resolved,
      List<NamedMention<Group>> groups, List<NamedMention<Agency>> agencies) {
    Map<String, Double> byGroups = votes(groups, List.of());
    if (disagree(byGroups, resolved)) {
      // the votes may change how a name is read, never erase every place the text names
      List<ResolvedPlace> again = reading.resolve(new GeoContext(null, byGroups));
      return again.isEmpty() ? resolved : again;
    }
    Map<String, Double> all = resolved.isEmpty() ? votes(groups, agencies) : Map.of();
    return all.isEmpty() ? resolved : reading.resolve(new GeoContext(null, all));
  }

  /**
   * The country the actors point to when the report names no place at all ("an IED planted by Al
   * Shabaab hit a KDF convoy on the Mandera-Elwak road"): the one with the most votes, at the
   * first mention of an actor of it, its {@code resolved} naming that actor. When the votes tie,
   * the home (first listed country) of the first group named among the tied ("OLA": Ethiopia
   * before Kenya); empty when that does not settle it, so that no country is guessed between two.
   */
  static Optional<ResolvedPlace> fallback(Geocoder geocoder, List<NamedMention<Group>> groups,
      List<NamedMention<Agency>> agencies) {
    Map<String, Double> votes = votes(groups, agencies);
    String best = null;
    double top = 0;
    boolean tie = false;
    for (Map.Entry<String, Double> e : votes.entrySet()) {
      if (e.getValue() > top + 1e-9) {
        best = e.getKey();
        top = e.getValue();
        tie = false;
      } else if (Math.abs(e.getValue() - top) <= 1e-9) {
        tie = true;
      }
    }
    if (tie) {
      best = homeOfFirst(groups, votes, top);
    }
    if (best == null) {
      return Optional.empty();
    }
    String cc = best;
    NamedMention<?> first = null;
    for (NamedMention<Agency> m : agencies) {
      if (m.entry() != null && cc.equals(m.entry().countryCode()) && (first == null || m.first() < first.first())) {
        first = m;
      }
    }
    for (NamedMention<Group> m : groups) {
      if (m.entry() != null && m.entry().countries().contains(cc) && (first == null || m.first() < first.first())) {
        first = m;
      }
    }
    return first == null ? Optional.empty()
        : geocoder.country(cc, first.span(), "the country of " + first.name() + ": the report names no place");
  }

  private static String homeOfFirst(List<NamedMention<Group>> groups, Map<String, Double> votes, double top) {
    for (NamedMention<Group> m : groups) {
      Group g = m.entry();
      if (g != null && !g.countries().isEmpty() && g.countries().size() <= MAX_COUNTRIES) {
        String home = g.countries().get(0);
        return Math.abs(votes.getOrDefault(home, 0.0) - top) <= 1e-9 ? home : null;
      }
    }
    return null;
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
