package org.vigil.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * The targets of an incident, one per target type, from the target cues of its clauses: never a
 * source of the news ("police said"), a name inside a group or an agency, a force that carried
 * out the violence, or fighters named with the attacking group. Thread-safe.
 */
final class TargetRules {

  /** Compiled once: what separates the words of a target's text, asked of every incident's. */
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z]+");
  private static final Pattern NOT_WORD_OR_HYPHEN = Pattern.compile("[^a-z-]+");

  private TargetRules() {}

  static List<Target> find(Doc doc, Draft d, List<int[]> ranges, List<StateForces.Found> actors,
      List<Evidence> evidence, EvidenceMaker ev) {
    Map<TargetType, Target> out = new LinkedHashMap<>();
    Set<TargetType> forced = java.util.EnumSet.noneOf(TargetType.class);
    Map<TargetType, Span> spans = new java.util.EnumMap<>(TargetType.class);
    Span where = null;
    if (!d.arrestFamily() && !ranges.isEmpty()) {
      Span place = TargetPhrases.placeAttacked(doc, ranges.get(0));
      if (place != null) {
        put(doc, out, TargetType.PRIVATE_CITIZENS, place, evidence, ev);
      }
    }
    for (int[] r : ranges) {
      int from = r[0];
      if (d.arrestFamily()) {
        List<Match<Cue>> plans = doc.cues(r[0], r[1], c -> c.is("cue", "plan") || c.is("cue", "plotnoun"));
        boolean aim = doc.key(r[0] - 1).equals("to"); // "a plot by militants to | bomb the ferry": what the plot aimed at
        if (plans.isEmpty() && !aim) {
          continue;
        }
        from = aim ? r[0] : plans.get(0).firstToken();
      }
      List<ForceTargets.Found> forces = d.arrestFamily() ? List.of() : ForceTargets.in(doc, r, actors);
      int next = 0;
      List<Match<Cue>> cues = doc.cues(from, r[1], c -> c.category().equals("target"));
      for (int k = 0; k < cues.size(); k++) {
        Match<Cue> c = cues.get(k);
        for (; next < forces.size() && forces.get(next).first() <= c.firstToken(); next++) {
          putForce(doc, out, forced, forces.get(next), evidence, ev);
        }
        if (ForceTargets.covers(forces, c.firstToken(), c.endToken()) || NotTargets.any(doc, d, c, r[1], actors)
            || k + 1 < cues.size() && TargetPhrases.modifies(doc, c, cues.get(k + 1))) {
          continue;
        }
        TargetType t = INFORMERS.contains(doc.key(c.endToken())) ? TargetType.PRIVATE_CITIZENS // "a police informer"
            : TargetType.fromLabel(c.value().label()).orElse(TargetType.OTHER);
        if (out.containsKey(t)) {
          continue;
        }
        Span np = Affiliations.widened(doc,
            TargetPhrases.owned(doc, Phrases.around(doc, c.firstToken(), c.endToken(), r[0], r[1], true), r[1]));
        boolean added = put(doc, out, t, np, evidence, ev);
        if (added) {
          spans.put(t, np);
        }
        if (added && t == TargetType.PRIVATE_CITIZENS && Whereabouts.settlement(doc, c.firstToken(), c.endToken())) {
          where = np;
        }
      }
      for (; next < forces.size(); next++) {
        putForce(doc, out, forced, forces.get(next), evidence, ev);
      }
    }
    if (where != null && out.size() > 1) { // "in Karte-e-Naw neighborhood": where, beside what was attacked
      Span place = where;
      out.remove(TargetType.PRIVATE_CITIZENS);
      evidence.removeIf(e -> e.field().equals("targets") && e.start() == place.start() && e.end() == place.end());
    }
    dropInside(out, spans, evidence);
    List<Target> typed = holderFirst(out, forced);
    return d.arrestFamily() ? typed : VehicleTargets.after(typed, doc, ranges, evidence, ev);
  }

  /**
   * "an official of the World Bank": a target word inside another target's phrase (the people
   * named with their place, see {@link Affiliations}) is that target, not one beside it.
   */
  private static void dropInside(Map<TargetType, Target> out, Map<TargetType, Span> spans, List<Evidence> evidence) {
    for (Map.Entry<TargetType, Span> a : spans.entrySet()) {
      Span inner = a.getValue();
      boolean inside = spans.entrySet().stream().anyMatch(b -> b.getKey() != a.getKey()
          && b.getValue().start() <= inner.start() && inner.end() <= b.getValue().end() && !b.getValue().equals(inner));
      if (inside && out.remove(a.getKey()) != null) {
        evidence.removeIf(e -> e.field().equals("targets") && e.start() == inner.start() && e.end() == inner.end());
      }
    }
  }

  private static void putForce(Doc doc, Map<TargetType, Target> out, Set<TargetType> forced, ForceTargets.Found f,
      List<Evidence> evidence, EvidenceMaker ev) {
    if (put(doc, out, f.type(), ForceTargets.span(doc, f), evidence, ev)) {
      forced.add(f.type());
    }
  }

  /**
   * "Gunmen shot dead a man ... He was a district official", "set fire to the house of X ... X, a
   * former councilor, was unhurt": an office said of a named person or of "he" or "she" in the
   * incident's sentences tells who was attacked, ahead of their house, their car or "a man".
   */
  static List<Target> withOffice(Doc doc, List<int[]> ranges, List<StateForces.Found> actors, Draft d,
      List<Target> targets, List<Evidence> evidence, EvidenceMaker ev) {
    if (!targets.isEmpty() && !SECONDARY.contains(targets.get(0).type())) {
      return targets;
    }
    for (int[] r : ranges) {
      for (Match<Cue> c : doc.cues(r[0], r[1], c -> c.category().equals("target"))) {
        TargetType t = TargetType.fromLabel(c.value().label()).orElse(TargetType.OTHER);
        if (SECONDARY.contains(t) || INFORMERS.contains(doc.key(c.endToken())) || !TargetPhrases.describes(doc, c)
            || NotTargets.any(doc, d, c, r[1], actors)) {
          continue;
        }
        Span np = Phrases.around(doc, c.firstToken(), c.endToken(), r[0], r[1], true);
        evidence.add(ev.of("targets", np));
        List<Target> out = new java.util.ArrayList<>(List.of(new Target(t, doc.words(np))));
        targets.stream().filter(x -> x.type() != t).forEach(out::add);
        return List.copyOf(out);
      }
    }
    return targets;
  }

  /** Types of a target that an office held by the person attacked outranks: their house, their car, a passer-by. */
  private static final Set<TargetType> SECONDARY = java.util.EnumSet.of(TargetType.PRIVATE_CITIZENS, TargetType.OTHER);

  /** Adds the first target of its type; true when it was the first. */
  private static boolean put(Doc doc, Map<TargetType, Target> out, TargetType t, Span np, List<Evidence> evidence,
      EvidenceMaker ev) {
    if (out.containsKey(t)) {
      return false;
    }
    out.put(t, new Target(t, doc.words(np)));
    evidence.add(ev.of("targets", np));
    return true;
  }

  /** Words for people of no office or force: harmed, they are private citizens. */
  private static final Set<String> CIVILIANS = WordSet.of("civilian", "civilians", "person", "persons", "people", "man",
      "men", "woman", "women", "child", "children", "boy", "boys", "girl", "girls", "villager", "villagers", "resident",
      "residents", "farmer", "farmers", "shepherd", "shepherds", "herder", "herders", "herdsmen", "trader", "traders",
      "shopkeeper", "driver", "drivers", "passerby", "bystander", "teenager", "teenagers", "youth", "youths", "refugee", "refugees",
      "family", "relatives", "brothers", "son", "sons", "wife", "hunters", "informant", "informer", "worker", "workers",
      "athlete", "passenger", "passengers", "traveller", "travellers", "traveler", "travelers", "fishermen");

  /**
   * {@code targets}, or the civilian victims' target when there is none; a named place where it
   * happened kept as the only target ("a bomb exploded in Al-Amal neighbourhood, killing two
   * people") gives way to the victims too, but stays when no one was hurt: it still tells that
   * private property was hit.
   */
  static List<Target> orVictims(Doc doc, List<Target> targets, List<Victim> victims, List<Evidence> evidence) {
    if (targets.isEmpty()) {
      return ofVictims(victims, evidence);
    }
    if (targets.size() > 1) {
      return targets;
    }
    java.util.Optional<Evidence> place = evidence.stream()
        .filter(e -> e.field().equals("targets") && e.text().equals(targets.get(0).text())).findFirst();
    if (place.isEmpty() || !Whereabouts.settlement(doc, doc.tokenAt(place.get().start()), doc.tokenAt(place.get().end()))) {
      return targets;
    }
    List<Target> people = ofVictims(victims, evidence);
    if (people.isEmpty()) {
      return targets;
    }
    evidence.remove(place.get());
    return people;
  }

  /**
   * "A bomb went off in Chergo; a child was killed": when the report names nothing attacked, the
   * people harmed, if they are private people (or named without an office), tell the target type.
   * The target keeps the victim's words and evidence.
   */
  static List<Target> ofVictims(List<Victim> victims, List<Evidence> evidence) {
    for (Victim v : victims) {
      boolean civil = v.named() || java.util.Arrays.stream(NOT_WORD_OR_HYPHEN.split(
          v.text().toLowerCase(java.util.Locale.ROOT))).anyMatch(CIVILIANS::contains);
      if (civil) {
        evidence.stream().filter(e -> e.field().equals("victims") && e.text().equals(v.text())).findFirst()
            .ifPresent(e -> evidence.add(new Evidence("targets", e.start(), e.end(), e.text(), e.sourceStart(),
                e.sourceEnd())));
        return List.of(new Target(TargetType.PRIVATE_CITIZENS, v.text()));
      }
    }
    return List.of();
  }

  /** Words that make a military target the army's own, not any armed post. */
  private static final Set<String> ARMY = WordSet.of("soldier", "soldiers", "troops", "army", "military", "base",
      "barracks", "garrison", "battalion", "battalions", "brigade", "brigades", "marines", "servicemen", "navy",
      "sailors", "airbase", "coalition", "volunteer", "volunteers");
  /** Words of a post or force that anyone armed may hold: a checkpoint, an outpost, "security forces". */
  private static final Set<String> ANY_FORCE = WordSet.of("security", "checkpoint", "checkpoints", "checkpost", "post",
      "posts", "outpost", "outposts", "patrol", "patrols", "position", "positions");

  /**
   * "attacked a security post; four police officers were killed": a checkpoint, post or security
   * force that the report does not call the army's, where the people harmed are police, militia or
   * a named service of state ("NDS officers"), is theirs. That target then comes first, as the
   * incident's main target.
   */
  private static List<Target> holderFirst(Map<TargetType, Target> out, Set<TargetType> forces) {
    Target military = out.get(TargetType.MILITARY);
    List<String> words = military == null ? List.of()
        : List.of(NOT_WORD.split(military.text().toLowerCase(java.util.Locale.ROOT)));
    if (military == null || forces.contains(TargetType.MILITARY) || words.stream().anyMatch(ARMY::contains)
        || words.stream().noneMatch(ANY_FORCE::contains)) {
      return List.copyOf(out.values());
    }
    List<Target> ordered = new java.util.ArrayList<>(out.values());
    Target holder = ordered.stream().filter(t -> t.type() == TargetType.POLICE || t.type() == TargetType.NON_STATE_MILITIA
        || t.type() == TargetType.GOVERNMENT && forces.contains(TargetType.GOVERNMENT)).findFirst().orElse(null);
    if (holder != null && ordered.indexOf(holder) > ordered.indexOf(military)) {
      ordered.remove(holder);
      ordered.add(ordered.indexOf(military), holder);
    }
    return List.copyOf(ordered);
  }

  /** People said to inform a force: private people, not the force ("a police informant"). */
  private static final Set<String> INFORMERS = Set.of("informant", "informants", "informer", "informers", "spy", "spies",
      "collaborator", "collaborators");

}
