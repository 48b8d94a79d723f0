package org.vigil.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  private TargetRules() {}

  static List<Target> find(Doc doc, Draft d, List<int[]> ranges, List<StateForces.Found> actors,
      List<Evidence> evidence, EvidenceMaker ev) {
    Map<TargetType, Target> out = new LinkedHashMap<>();
    Span where = null;
    if (!d.arrestFamily() && !ranges.isEmpty()) {
      Span place = TargetPhrases.placeAttacked(doc, ranges.get(0));
      if (place != null) {
        out.put(TargetType.PRIVATE_CITIZENS, new Target(TargetType.PRIVATE_CITIZENS, doc.words(place)));
        evidence.add(ev.of("targets", place));
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
      for (Match<Cue> c : doc.cues(from, r[1], c -> c.category().equals("target"))) {
        if (NotTargets.any(doc, d, c, r[1], actors)) {
          continue;
        }
        TargetType t = INFORMERS.contains(doc.key(c.endToken())) ? TargetType.PRIVATE_CITIZENS // "a police informer"
            : TargetType.fromLabel(c.value().label()).orElse(TargetType.OTHER);
        if (!out.containsKey(t)) {
          Span np = TargetPhrases.owned(doc, Phrases.around(doc, c.firstToken(), c.endToken(), r[0], r[1], true), r[1]);
          out.put(t, new Target(t, doc.words(np)));
          evidence.add(ev.of("targets", np));
          if (t == TargetType.PRIVATE_CITIZENS && NotTargets.settlementWhere(doc, c)) {
            where = np;
          }
        }
      }
    }
    if (where != null && out.size() > 1) { // "in Karte-e-Naw neighborhood": where, beside what was attacked
      Span place = where;
      out.remove(TargetType.PRIVATE_CITIZENS);
      evidence.removeIf(e -> e.field().equals("targets") && e.start() == place.start() && e.end() == place.end());
    }
    return policeFirst(out);
  }

  /** Words for people of no office or force: harmed, they are private citizens. */
  private static final Set<String> CIVILIANS = WordSet.of("civilian", "civilians", "person", "persons", "people", "man",
      "men", "woman", "women", "child", "children", "boy", "boys", "girl", "girls", "villager", "villagers", "resident",
      "residents", "farmer", "farmers", "shepherd", "shepherds", "herder", "herders", "herdsmen", "trader", "traders",
      "shopkeeper", "driver", "drivers", "passerby", "bystander", "teenager", "teenagers", "refugee", "refugees",
      "family", "relatives", "brothers", "son", "sons", "wife", "hunters", "informant", "informer", "worker", "workers",
      "athlete", "passenger", "passengers", "traveller", "travellers", "traveler", "travelers", "fishermen");

  /**
   * "A bomb went off in Chergo; a child was killed": when the report names nothing attacked, the
   * people harmed, if they are private people (or named without an office), tell the target type.
   * The target keeps the victim's words and evidence.
   */
  static List<Target> ofVictims(List<Victim> victims, List<Evidence> evidence) {
    for (Victim v : victims) {
      boolean civil = v.named() || java.util.Arrays.stream(v.text().toLowerCase(java.util.Locale.ROOT)
          .split("[^a-z-]+")).anyMatch(CIVILIANS::contains);
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
      "barracks", "garrison", "battalion", "brigade", "marines", "servicemen", "navy", "sailors");

  /**
   * "attacked a security post; four police officers were killed": a checkpoint, post or security
   * force that the report does not call the army's, where the people harmed are police, is the
   * police's. The police target then comes first, as the incident's main target.
   */
  private static List<Target> policeFirst(Map<TargetType, Target> out) {
    Target military = out.get(TargetType.MILITARY);
    Target police = out.get(TargetType.POLICE);
    if (military == null || police == null || java.util.Arrays.stream(military.text().toLowerCase(java.util.Locale.ROOT)
        .split("[^a-z]+")).anyMatch(ARMY::contains)) {
      return List.copyOf(out.values());
    }
    List<Target> ordered = new java.util.ArrayList<>(out.values());
    ordered.remove(police);
    ordered.add(ordered.indexOf(military), police);
    return List.copyOf(ordered);
  }

  /** People said to inform a force: private people, not the force ("a police informant"). */
  private static final Set<String> INFORMERS = Set.of("informant", "informants", "informer", "informers", "spy", "spies",
      "collaborator", "collaborators");

}
