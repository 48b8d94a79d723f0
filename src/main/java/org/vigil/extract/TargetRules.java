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
      Span place = placeAttacked(doc, ranges.get(0));
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
        if (reporting(doc, c) || insideActor(doc, c) || PLACE_NOUNS.contains(doc.key(c.endToken())) || actors.stream().anyMatch(f -> f.span().overlaps(c.span()))
            || c.value().label().equals("non_state_militia") && (c.firstToken() < d.first().head().endToken()
                || attackersOfGroup(doc, d, c))) {
          continue;
        }
        if (belongsToTarget(doc, c, r[1]) || located(doc, c) || homeward(doc, c)) {
          continue;
        }
        TargetType t = INFORMERS.contains(doc.key(c.endToken())) ? TargetType.PRIVATE_CITIZENS // "a police informer"
            : TargetType.fromLabel(c.value().label()).orElse(TargetType.OTHER);
        if (!out.containsKey(t)) {
          Span np = owned(doc, Phrases.around(doc, c.firstToken(), c.endToken(), r[0], r[1], true), r[1]);
          out.put(t, new Target(t, doc.words(np)));
          evidence.add(ev.of("targets", np));
          if (t == TargetType.PRIVATE_CITIZENS && settlementWhere(doc, c)) {
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

  private static final int MAX_OWNER = 3;

  /** Premises named by their owner: "the offices of the telecommunications company". */
  private static final Set<String> PREMISES = WordSet.of("office", "offices", "headquarters", "residence", "residences",
      "branch", "branches", "facilities", "installations", "premises", "building", "buildings", "warehouse",
      "warehouses", "plant", "plants");

  /**
   * The phrase with its owner: written before it ("FRANCISCO MERINO'S RESIDENCE", up to
   * {@link #MAX_OWNER} words and never a function word), or after premises ("offices of the workers'
   * union"); else as it is.
   */
  private static Span owned(Doc doc, Span np, int to) {
    int start = doc.tokenAt(np.start());
    if (start >= 3 && doc.key(start - 1).equals("s") && doc.key(start - 2).equals("'")) {
      int a = start - 2;
      while (a - 1 >= 0 && start - 2 - (a - 1) <= MAX_OWNER && doc.tokens.get(a - 1).isWord()
          && !Phrases.isFunctionWord(doc.key(a - 1)) && !doc.coverage.inTrigger(a - 1)) {
        a--;
      }
      if (a < start - 2) {
        np = new Span(doc.tokens.get(a).start(), np.end());
      }
    }
    int end = doc.tokenAt(np.end());
    if (!PREMISES.contains(doc.key(end - 1))) {
      return np;
    }
    int of = RoleCandidates.ofEnd(doc, end, to);
    return of > end ? new Span(np.start(), doc.tokens.get(of - 1).end()) : np;
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

  /** Verbs whose object is what was attacked. */
  private static final Set<String> AIMED = WordSet.of("attacked", "raided", "shelled", "targeting", "targeted", "stormed",
      "overran", "besieged", "bombed", "on");
  /** Nouns of places: a target word before one names the place ("Police District 9"), and after a verb of attack one is the place attacked. */
  private static final Set<String> PLACE_NOUNS = WordSet.of("district", "districts", "village", "villages", "town", "towns",
      "city", "area", "neighborhood", "neighbourhood", "quarter", "province", "county", "community", "communities",
      "subdistrict", "municipality");

  /**
   * "Gunmen attacked Chak district", "shelled the town of Xa", "raided several villages": a place
   * (its name, or a noun of places) as the object of a verb of attack is its people and property.
   */
  private static @Nullable Span placeAttacked(Doc doc, int[] r) {
    for (int i = r[0]; i < r[1] - 1; i++) {
      String k = doc.key(i);
      if (!AIMED.contains(k) || k.equals("on") && !doc.key(i - 1).equals("fire") && !doc.key(i - 1).equals("attacks")) {
        continue;
      }
      int j = i + 1;
      while (j < r[1] && j <= i + 3 && (doc.key(j).equals("the") || doc.key(j).equals("several") || doc.key(j).equals("two")
          || doc.key(j).equals("three") || doc.key(j).equals("town") && doc.key(j + 1).equals("of") || doc.key(j).equals("of"))) {
        j++;
      }
      if (j >= r[1]) {
        return null;
      }
      int end = j;
      while (end < r[1] && doc.coverage.inPlace(end)) {
        end++;
      }
      if (PLACE_NOUNS.contains(doc.key(end))) {
        end++;
      }
      // "attacked Kumuya Military Base", "attacked the district center": the place only says where the target is
      boolean alone = end >= doc.tokens.size() || !doc.tokens.get(end).isWord() && !doc.key(end).equals("(")
          || Phrases.isFunctionWord(doc.key(end));
      boolean cue = !doc.cues(j, end, c -> c.category().equals("target")).isEmpty();
      return end > j && alone && !cue ? doc.span(j, end) : null;
    }
    return null;
  }

  /** Things that belong to a person or body: "the house of a district chief" is the chief's. */
  private static final Set<String> BELONGINGS = WordSet.of("house", "home", "residence", "vehicle", "car", "convoy");

  /** "the house of the mayor": the owner, a target word a few words on, gives the type. */
  private static boolean belongsToTarget(Doc doc, Match<Cue> c, int end) {
    if (!BELONGINGS.contains(doc.key(c.endToken() - 1)) || !doc.key(c.endToken()).equals("of")) {
      return false;
    }
    return !doc.cues(c.endToken() + 1, Math.min(end, c.endToken() + 9), x -> x.category().equals("target")).isEmpty();
  }

  /** Words after which "home" says where someone went, not what was attacked: "walking home". */
  private static final Set<String> GOING = Set.of("walking", "walked", "going", "went", "returning", "returned",
      "coming", "came", "heading", "headed", "driving", "drove", "way", "back", "on");

  /** "when they were walking home", "on his way home": a direction, not a target. */
  private static boolean homeward(Doc doc, Match<Cue> c) {
    return doc.key(c.firstToken()).equals("home") && c.endToken() == c.firstToken() + 1
        && GOING.contains(doc.key(c.firstToken() - 1));
  }

  /** "along the Kabul-Kandahar highway", "near the bridge": where it happened, not what was attacked. */
  private static boolean located(Doc doc, Match<Cue> c) {
    for (int i = c.firstToken() - 1; i >= 0 && i >= c.firstToken() - 4; i--) {
      String k = doc.key(i);
      if (k.equals("along") || k.equals("near")) {
        return true;
      }
      if (!doc.tokens.get(i).isWord() && !k.equals("-") || Phrases.isFunctionWord(k) && !k.equals("the")) {
        return false;
      }
    }
    return false;
  }

  /** People said to inform a force: private people, not the force ("a police informant"). */
  private static final Set<String> INFORMERS = Set.of("informant", "informants", "informer", "informers", "spy", "spies",
      "collaborator", "collaborators");

  /** Words that name a settlement or a part of one. */
  private static final Set<String> SETTLEMENTS = Set.of("village", "villages", "neighborhood", "neighbourhood",
      "area", "town");

  /**
   * "a bomb hit an army vehicle in Karte-e-Naw neighborhood": a named settlement after "in" is where
   * it happened; beside something else attacked, it is no target.
   */
  private static boolean settlementWhere(Doc doc, Match<Cue> c) {
    if (!SETTLEMENTS.contains(doc.key(c.endToken() - 1))) {
      return false;
    }
    for (int i = c.firstToken() - 1; i >= 0 && i >= c.firstToken() - 6; i--) {
      String k = doc.key(i);
      if (k.equals("in")) {
        return i < c.firstToken() - 1 && doc.tokens.get(i + 1).capitalised(); // a name between: "in Karte-e-Naw neighborhood", not "in the village"
      }
      if (Phrases.isFunctionWord(k) || !doc.tokens.get(i).isWord() && !k.equals("-") && !k.equals("'")) {
        return false;
      }
    }
    return false;
  }

  /** "attacked by ADF rebels": fighters named with a group that did not suffer the attack are its attackers. */
  private static boolean attackersOfGroup(Doc doc, Draft d, Match<Cue> c) {
    return doc.groups.stream().anyMatch(g -> g.end() == c.firstToken() && !Perpetrators.harmed(doc, d, g));
  }

  /** "police said", "officials told reporters", "attacked by police": a source or the attackers, not a target. */
  private static boolean reporting(Doc doc, Match<Cue> c) {
    String before = doc.key(c.firstToken() - 1);
    return before.equals("told") || before.equals("to") || before.equals("according") || before.equals("by")
        || Sources.speaker(doc, c.firstToken(), c.endToken());
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * Inside a group's or an agency's name, unless that force is what was attacked ("attacked Afghan
   * security forces") or owns it.
   */
  private static boolean insideActor(Doc doc, Match<Cue> c) {
    if (doc.coverage.inGroup(c.firstToken(), c.endToken())) {
      return true;
    }
    if (!doc.coverage.inAgency(c.firstToken(), c.endToken())) {
      return false;
    }
    for (int i = c.firstToken() - 1; i >= 0 && i >= c.firstToken() - 4; i--) {
      String k = doc.key(i);
      if (AIMED.contains(k) && (!k.equals("on") || doc.key(i - 1).equals("fire"))
          || k.equals("of") && BELONGINGS.contains(doc.key(i - 1))) {
        return false; // "targeting an Afghan National Army vehicle", "the house of an Iraqi Army general"
      }
      if (!doc.tokens.get(i).isWord() || !doc.tokens.get(i).capitalised() && !ARTICLES.contains(k) && !k.equals("of")
          && !k.equals("members")
          && !k.equals("member")) {
        return true;
      }
    }
    return true;
  }
}
