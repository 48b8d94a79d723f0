package org.vigil.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds an incident's roles from the candidates the {@link RoleScorer} chose: groups and state
 * forces become perpetrators (with the people described as their individuals), people described
 * or named perpetrators of their own; things attacked become targets (typed by the lexicon, the
 * people a target word names too, so that the incident keeps its target type); people named,
 * counted or described as harmed become victims; weapons named become weapons, beside those the
 * incident's kind implies. Every other field of the rule-built incident stays as it was.
 * Thread-safe.
 */
final class RoleAssembly {

  private static final Set<String> ROLE_FIELDS = Set.of("perpetrators", "targets", "victims", "weapons");

  private RoleAssembly() {}

  static Incident apply(Doc doc, Incident rules, List<RoleScorer.Chosen> chosen, EvidenceMaker ev) {
    List<Evidence> evidence = new ArrayList<>();
    List<Weapon> implied = rules.weapons().stream().filter(Weapon::implied).toList();
    for (Evidence e : rules.evidence()) {
      boolean impliedWeapon = e.field().equals("weapons") && implied.stream().anyMatch(w -> w.text().equals(e.text()));
      if (!ROLE_FIELDS.contains(e.field()) || impliedWeapon) {
        evidence.add(e);
      }
    }
    Map<String, Perpetrator> groups = new LinkedHashMap<>();
    Map<String, Perpetrator> forces = new LinkedHashMap<>();
    Map<String, Perpetrator> people = new LinkedHashMap<>();
    Map<String, Target> targets = new LinkedHashMap<>();
    Map<String, Target> things = new LinkedHashMap<>();
    Map<String, Victim> victims = new LinkedHashMap<>();
    Map<String, Weapon> weapons = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (RoleScorer.Chosen c : chosen) {
      RoleCandidate k = c.candidate();
      String words = doc.words(k.span());
      String key = words.toLowerCase(Locale.ROOT);
      if (k.kind() == RoleCandidate.Kind.PERSON) {
        String name = String.join(" ", key.split("[^\\p{L}\\p{N}]+")).strip();
        if (names.stream().anyMatch(n -> (" " + n + " ").contains(" " + name + " "))) {
          continue; // "OQUELI" after "HECTOR OQUELI COLINDRES": the same person again
        }
        names.add(name);
      }
      String field = switch (c.label()) {
        case PERPETRATOR, DETAINEE -> {
          switch (k.kind()) {
            case GROUP -> groups.putIfAbsent(k.label(), new Perpetrator(k.label(), words, null, null));
            case AGENCY, FORCE -> forces.putIfAbsent(k.label(), Perpetrator.force(force(rules, k, words)));
            default -> people.putIfAbsent(key, new Perpetrator(null, words, words, count(doc, k)));
          }
          yield "perpetrators";
        }
        case TARGET -> {
          if (k.kind() == RoleCandidate.Kind.TARGET) {
            targets.putIfAbsent(key, new Target(type(k), words));
          } else {
            things.putIfAbsent(key, new Target(TargetType.OTHER, words));
          }
          yield "targets";
        }
        case VICTIM -> {
          boolean named = k.kind() == RoleCandidate.Kind.PERSON;
          victims.putIfAbsent(key, new Victim(words, named ? Integer.valueOf(1) : count(doc, k), named));
          if (k.kind() == RoleCandidate.Kind.TARGET) {
            targets.putIfAbsent(key, new Target(type(k), words));
          }
          yield "victims";
        }
        case WEAPON -> {
          WeaponType t = k.kind() == RoleCandidate.Kind.WEAPON
              ? WeaponType.fromLabel(k.label()).orElse(WeaponType.OTHER) : WeaponType.OTHER;
          weapons.putIfAbsent(key, new Weapon(t, words, false));
          yield "weapons";
        }
        case NONE -> null;
      };
      if (field != null) {
        evidence.add(ev.of(field, k.span()));
      }
    }
    List<Perpetrator> perpetrators = new ArrayList<>();
    Perpetrator described = people.values().stream().findFirst().orElse(null);
    for (Perpetrator g : groups.values()) {
      perpetrators.add(new Perpetrator(g.group(), g.mention(), described == null ? null : described.individuals(),
          described == null ? null : described.count()));
    }
    if (groups.isEmpty()) {
      perpetrators.addAll(people.values());
    }
    perpetrators.addAll(forces.values());
    List<Target> allTargets = new ArrayList<>(targets.values());
    allTargets.addAll(things.values());
    List<Weapon> allWeapons = new ArrayList<>(weapons.values());
    for (Weapon w : implied) {
      if (allWeapons.stream().noneMatch(x -> x.type() == w.type())) {
        allWeapons.add(w);
      }
    }
    return new Incident(rules.type(), rules.status(), rules.background(), rules.date(), rules.location(),
        perpetrators, rules.claim(), rules.agencies(), allTargets, List.copyOf(victims.values()), allWeapons,
        rules.casualties(), rules.confidence(), evidence);
  }

  /** A force the rules resolved (to its country's registry force) keeps that name; else the registry's or its words. */
  private static AgencyRef force(Incident rules, RoleCandidate k, String words) {
    for (Perpetrator p : rules.perpetrators()) {
      if (p.agency() != null && (p.agency().mention().contains(words) || words.contains(p.agency().mention()))) {
        return p.agency();
      }
    }
    String name = k.kind() == RoleCandidate.Kind.AGENCY && !k.label().equals(k.label().toLowerCase(Locale.ROOT))
        ? k.label() : words.toLowerCase(Locale.ROOT);
    return new AgencyRef(name, words, null);
  }

  private static TargetType type(RoleCandidate k) {
    return TargetType.fromLabel(k.label()).orElse(TargetType.OTHER);
  }

  /** The number the phrase starts with ("THREE PEASANTS"), if any. */
  private static @Nullable Integer count(Doc doc, RoleCandidate k) {
    for (NumberPhrase n : doc.numbers) {
      if (n.first() == k.first()) {
        return n.count().value();
      }
    }
    return null;
  }
}
