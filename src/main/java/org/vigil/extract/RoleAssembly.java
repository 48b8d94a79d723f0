package org.vigil.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * An incident's roles from the rules and the role model together. What the rules found stays
 * unless the model is sure its phrase fills no role (its probability of "none" reaches the veto
 * threshold, the threshold of {@link RoleLabel#NONE}; 1 never vetoes); what the model chose
 * besides is added:
 * groups and state forces as perpetrators (with the people described as their individuals),
 * people described or named as perpetrators of their own, things attacked as targets (typed by
 * the lexicon; people a target word names are also targets, so the incident keeps its target
 * type), people named, counted or described as harmed as victims, weapons named as weapons.
 * Every other field of the rule-built incident stays as it was. Thread-safe.
 */
final class RoleAssembly {

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Heads of a target's words that name a body of the state, which as a perpetrator is no people described. */
  private static final Set<String> STATE_BODIES = WordSet.of("government", "administration", "regime");

  private static final Set<String> ROLE_FIELDS = WordSet.of("perpetrators", "targets", "victims", "weapons");

  private RoleAssembly() {}

  static Incident apply(Doc doc, Incident rules, List<RoleScorer.Scored> scored, List<RoleScorer.Chosen> chosen,
      double veto, EvidenceMaker ev) {
    Roles r = new Roles();
    for (Evidence e : rules.evidence()) {
      if (!ROLE_FIELDS.contains(e.field()) || !texts(rules, e.field()).contains(e.text())) {
        r.evidence.add(e); // not a role's phrase, or the words behind a value of another ("opened fire")
      }
    }
    keep(rules.perpetrators(), "perpetrators", Perpetrator::mention, rules, scored, veto, r, r.ruled);
    // the rules' targets stay: their types are the incident's target type, which the model does not learn
    keep(rules.targets(), "targets", Target::text, rules, scored, 1.0, r, r.targets);
    keep(rules.victims(), "victims", Victim::text, rules, scored, veto, r, r.victims);
    keep(rules.weapons(), "weapons", Weapon::text, rules, scored, veto, r, r.weapons);
    List<String> names = new ArrayList<>();
    for (RoleScorer.Chosen c : chosen) {
      RoleCandidate k = c.candidate();
      if (r.taken.stream().anyMatch(s -> s[0] < k.span().end() && k.span().start() < s[1])
          || k.kind() != RoleCandidate.Kind.PERSON && r.described.stream().anyMatch(s -> s[0] < k.span().end()
          && k.span().start() < s[1])) {
        continue; // the rules already gave this phrase its role; a name inside a described victim is more
      }
      if (crossed(rules, c) || c.label() != RoleLabel.PERPETRATOR && GroupPeople.ofPerpetrator(doc, rules, chosen, k.first(), k.end())) {
        continue; // "Suspected militants killed 20 civilians": the people counted harmed did not do it, nor the reverse;
        // "Al-Shabaab fighters stormed a hotel": the attackers' people
      }
      Span span = k.kind() == RoleCandidate.Kind.PERSON && k.end() - k.first() >= 2
          ? FullNames.of(doc, k.first(), k.end()).orElse(k.span()) : k.span(); // named in full elsewhere
      int worn = k.kind() == RoleCandidate.Kind.PERP && c.label() == RoleLabel.PERPETRATOR
          ? Attire.end(doc, k.end(), doc.sentenceEnd(doc.sentenceOf[k.first()])) : k.end();
      span = worn > k.end() ? doc.span(k.first(), worn) : span; // "men wearing military uniforms"
      int body = (k.kind() == RoleCandidate.Kind.AGENCY || k.kind() == RoleCandidate.Kind.FORCE)
          && c.label() == RoleLabel.PERPETRATOR ? ForceBodies.withDemonym(doc, k.first()) : k.first();
      span = body < k.first() ? doc.span(body, k.end()) : span; // "army troops": the army's people
      String words = doc.words(span);
      String key = words.toLowerCase(Locale.ROOT);
      if (k.kind() == RoleCandidate.Kind.PERSON) {
        String name = String.join(" ", NOT_LETTER_OR_DIGIT.split(key)).strip();
        if (names.stream().anyMatch(n -> (" " + n + " ").contains(" " + name + " "))) {
          continue; // "OQUELI" after "HECTOR OQUELI COLINDRES": the same person again
        }
        names.add(name);
      }
      String field = add(doc, rules, r, c, words, key);
      if (field != null) {
        r.evidence.add(ev.of(field, span));
      }
      if ("victims".equals(field) && k.kind() == RoleCandidate.Kind.PERSON) {
        for (Span n : VictimRules.listedAfter(doc, k.end(), doc.sentenceEnd(doc.sentenceOf[k.first()]))) {
          if (r.victims.putIfAbsent(doc.words(n).toLowerCase(Locale.ROOT), new Victim(doc.words(n), 1, true)) == null) {
            r.evidence.add(ev.of("victims", n)); // "the priests X, Y and Z": the others listed with one chosen
          }
        }
      }
    }
    return new Incident(rules.type(), rules.status(), rules.background(), rules.date(), rules.location(),
        r.perpetrators(), rules.claim(), rules.agencies(), r.targets(), List.copyOf(r.victims.values()),
        List.copyOf(r.weapons.values()), rules.casualties(), rules.confidence(), r.evidence);
  }

  /**
   * Whether the model gives a phrase the role opposite to the one the rules gave it, vetoed or
   * not: a perpetrator among the harmed, or a victim among the perpetrators.
   */
  private static boolean crossed(Incident rules, RoleScorer.Chosen c) {
    String opposite = c.label() == RoleLabel.PERPETRATOR ? "victims" : c.label() == RoleLabel.VICTIM ? "perpetrators" : null;
    Span s = c.candidate().span();
    return opposite != null && rules.evidence().stream()
        .anyMatch(e -> e.field().equals(opposite) && e.start() < s.end() && s.start() < e.end());
  }

  /** The words of the rules' values of a role field. */
  private static Set<String> texts(Incident rules, String field) {
    List<String> out = switch (field) {
      case "perpetrators" -> rules.perpetrators().stream().map(Perpetrator::mention).toList();
      case "targets" -> rules.targets().stream().map(Target::text).toList();
      case "victims" -> rules.victims().stream().map(Victim::text).toList();
      case "weapons" -> rules.weapons().stream().map(Weapon::text).toList();
      default -> List.of();
    };
    return out.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static <T> void keep(List<T> items, String field, Function<T, String> text, Incident rules,
      List<RoleScorer.Scored> scored, double veto, Roles r, Map<String, T> into) {
    for (T item : items) {
      Evidence e = rules.evidence().stream().filter(x -> x.field().equals(field) && x.text().equals(text.apply(item)))
          .findFirst().orElse(null);
      boolean implied = item instanceof Weapon w && w.implied(); // no phrase of its own to veto
      if (e != null && !implied && vetoed(e, scored, veto)) {
        continue;
      }
      into.putIfAbsent(text.apply(item).toLowerCase(Locale.ROOT), item);
      if (e != null) {
        r.evidence.add(e);
        (item instanceof Victim v && !v.named() ? r.described : r.taken).add(new int[] {e.start(), e.end()});
      }
    }
  }

  /** True when every candidate over the phrase is, by the model, surely no filler of any role. */
  private static boolean vetoed(Evidence e, List<RoleScorer.Scored> scored, double veto) {
    boolean any = false;
    for (RoleScorer.Scored s : scored) {
      if (s.candidate().span().start() < e.end() && e.start() < s.candidate().span().end()) {
        any = true;
        if (s.probabilities()[RoleLabel.NONE.ordinal()] < veto) {
          return false;
        }
      }
    }
    return any;
  }

  /** Adds a chosen candidate the rules did not have; the evidence field it fills, or null. */
  private static @Nullable String add(Doc doc, Incident rules, Roles r, RoleScorer.Chosen c, String words, String key) {
    RoleCandidate k = c.candidate();
    if ((c.label() == RoleLabel.TARGET || c.label() == RoleLabel.VICTIM) && Bystanders.any(doc, k.first(), k.end())
        || c.label() == RoleLabel.TARGET && RoadPlaces.where(doc, k.first(), k.end())) {
      return null; // "on the highway": where, not what
    }
    switch (c.label()) {
      case PERPETRATOR, DETAINEE -> {
        if (k.kind() == RoleCandidate.Kind.PERP && Individuals.qualifiesNoun(doc, k.end() - 1)) {
          return null; // "the guerrilla movement", "the official rebel station": no one described
        }
        switch (k.kind()) {
          case GROUP -> r.groups.putIfAbsent(k.label(), new Perpetrator(k.label(), words, null, null));
          case AGENCY, FORCE -> r.forces.putIfAbsent(k.label(), Perpetrator.force(force(rules, k, words)));
          // "the government carried out this massacre": a body of the state, not people described
          case TARGET -> (STATE_BODIES.contains(doc.key(k.head())) ? r.forces : r.people).putIfAbsent(key,
              STATE_BODIES.contains(doc.key(k.head())) ? Perpetrator.force(new AgencyRef(key, words, null))
                  : new Perpetrator(null, words, words, count(doc, k)));
          default -> r.people.putIfAbsent(key, new Perpetrator(null, words, words, count(doc, k)));
        }
        return "perpetrators";
      }
      case TARGET -> {
        r.things.putIfAbsent(key, new Target(k.kind() == RoleCandidate.Kind.TARGET ? type(k) : agencyType(doc, k), words));
        return "targets";
      }
      case VICTIM -> {
        if (k.kind() != RoleCandidate.Kind.PERSON && VictimRules.thing(doc.key(k.end() - 1))) {
          return null; // "a flat" hit: a thing, no one harmed (a target only when chosen as one)
        }
        boolean named = k.kind() == RoleCandidate.Kind.PERSON;
        if (named && Persons.body(doc, k.first(), k.end())) {
          return null; // "the Patriotic Union": a body, never a person harmed
        }
        r.victims.putIfAbsent(key, new Victim(words, named ? Integer.valueOf(1) : count(doc, k), named));
        if (k.kind() == RoleCandidate.Kind.TARGET) {
          r.things.putIfAbsent(key, new Target(type(k), words));
        }
        return "victims";
      }
      case WEAPON -> {
        WeaponType t = k.kind() == RoleCandidate.Kind.WEAPON ? WeaponType.fromLabel(k.label()).orElse(WeaponType.OTHER)
            : WeaponType.OTHER;
        r.weapons.putIfAbsent(key, new Weapon(t, words, false));
        return "weapons";
      }
      default -> {
        return null;
      }
    }
  }

  /** What the roles come to, from the rules and from the model. */
  private static final class Roles {
    final List<Evidence> evidence = new ArrayList<>();
    final List<int[]> taken = new ArrayList<>();
    /** The words of victims the rules described, not named ("the teachers X, Y and Z"). */
    final List<int[]> described = new ArrayList<>();
    final Map<String, Perpetrator> ruled = new LinkedHashMap<>();
    final Map<String, Perpetrator> groups = new LinkedHashMap<>();
    final Map<String, Perpetrator> forces = new LinkedHashMap<>();
    final Map<String, Perpetrator> people = new LinkedHashMap<>();
    final Map<String, Target> targets = new LinkedHashMap<>();
    final Map<String, Target> things = new LinkedHashMap<>();
    final Map<String, Victim> victims = new LinkedHashMap<>();
    final Map<String, Weapon> weapons = new LinkedHashMap<>();

    /**
     * The rules' perpetrators first; then the groups the model adds (with the first people it
     * describes as their individuals), the other people it describes, and its forces.
     */
    List<Perpetrator> perpetrators() {
      List<Perpetrator> out = new ArrayList<>(ruled.values());
      Perpetrator described = people.values().stream().findFirst().orElse(null);
      boolean attached = false;
      for (Perpetrator g : groups.values()) {
        if (out.stream().noneMatch(p -> g.group().equals(p.group()))) {
          out.add(new Perpetrator(g.group(), g.mention(), described == null ? null : described.individuals(),
              described == null ? null : described.count()));
          attached = described != null;
        }
      }
      for (Perpetrator p : people.values()) {
        if ((p != described || !attached) && out.stream().noneMatch(o -> p.mention().equalsIgnoreCase(o.mention())
            || p.mention().equalsIgnoreCase(String.valueOf(o.individuals())))) {
          out.add(p);
        }
      }
      forces.values().stream().filter(f -> out.stream().noneMatch(p -> p.agency() != null
          && p.agency().name().equals(f.agency().name()))).forEach(out::add);
      return out;
    }

    List<Target> targets() {
      List<Target> out = new ArrayList<>(targets.values());
      things.values().stream().filter(t -> out.stream().noneMatch(o -> o.text().equalsIgnoreCase(t.text())))
          .forEach(out::add);
      return out;
    }
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

  /**
   * "attacked a Frontier Corps checkpost", "a camp of the Border Security Force": a state agency
   * attacked, or a thing named with one, is a target of the agency's kind's type
   * (a paramilitary police force the police's, an intelligence service, a court or a ministry the
   * government's); else, or for a thing of no known owner, other.
   */
  private static TargetType agencyType(Doc doc, RoleCandidate k) {
    return doc.agenciesIn(k.first(), k.end()).stream().map(NamedMention::entry).filter(a -> a != null && a.kind() != null)
        .findFirst().map(a -> a.name().toLowerCase(Locale.ROOT).matches(".*(police|gendarmerie).*") ? "police" : a.kind())
        .map(kind -> switch (kind) {
          case "police" -> TargetType.POLICE;
          case "military", "paramilitary", "security" -> TargetType.MILITARY;
          case "intelligence", "judicial", "ministry" -> TargetType.GOVERNMENT;
          default -> TargetType.OTHER;
        }).orElse(TargetType.OTHER);
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
