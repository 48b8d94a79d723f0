package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Target words that do not name what was attacked: a source of the news, a name inside an actor,
 * where it happened or where someone went, a possession whose owner is named after it, fighters of
 * the attacking group. Thread-safe.
 */
final class NotTargets {

  private NotTargets() {}

  /** Whether the target word {@code c}, in a clause ending at {@code end}, names no target of incident {@code d}. */
  static boolean any(Doc doc, Draft d, Match<Cue> c, int end, java.util.List<StateForces.Found> actors) {
    return reporting(doc, c) || insideActor(doc, c) || TargetPhrases.PLACE_NOUNS.contains(doc.key(c.endToken()))
        || actors.stream().anyMatch(f -> f.span().overlaps(c.span()))
        || c.value().label().equals("non_state_militia") && (c.firstToken() < d.first().head().endToken()
            || attackersOfGroup(doc, d, c) || ownFighters(doc, c) || Responses.attackFollows(doc, c.endToken()))
        || belongsToTarget(doc, c, end) || located(doc, c) || RoadPlaces.where(doc, c.firstToken(), c.endToken())
        || shore(doc, c) || homeward(doc, c) || housesVerb(doc, c)
        || Whereabouts.passing(doc, c) || responders(doc, c) || earlierEvent(doc, c.firstToken()) || striking(doc, d, c)
        || subject(doc, c) || agent(doc, c) || worshipTime(doc, c.firstToken(), c.endToken()) || TargetPhrases.ordering(doc, c.endToken())
        || c.value().label().equals("government") && ARMED.contains(doc.key(c.endToken()));
  }

  /**
   * "Israeli aircraft struck", "coalition aircraft bombed": the aircraft of a strike and the words
   * before them name who struck, not what was struck.
   */
  private static boolean striking(Doc doc, Draft d, Match<Cue> c) {
    int after = c.endToken();
    return d.triggerAt(c.firstToken())
        || d.triggerAt(after) && !doc.cuesStartingIn(after, after + 1, x -> x.category().equals("force")).isEmpty();
  }

  /**
   * "Fulani herdsmen killed 12 villagers": the people right before a violent verb in the past
   * that takes an object did the violence. Not "five soldiers killed in an ambush", "the bus
   * exploded, killing", where the verb has no object.
   */
  private static boolean subject(Doc doc, Match<Cue> c) {
    int v = c.endToken();
    String verb = doc.key(v);
    if (!(verb.endsWith("ed") || verb.equals("shot")) || !doc.triggerStartsAt(v) || v + 1 >= doc.tokens.size()) {
      return false;
    }
    String next = doc.key(v + 1);
    return doc.tokens.get(v + 1).isWord() && !NO_OBJECT.contains(next);
  }

  /** "shot dead by suspected militants", "wounded by soldiers": the agent of a passive verb of harm did the harm. */
  private static boolean agent(Doc doc, Match<Cue> c) {
    int k = c.firstToken() - 1;
    while (k > 0 && c.firstToken() - k <= 3 && HarmedGroups.SKIP.contains(doc.key(k))) {
      k--;
    }
    return doc.key(k).equals("by") && k > 0 && (CasualtyWords.verbAt(doc, k - 1) || doc.key(k - 1).equals("dead")
        || doc.triggerStartsAt(k - 1));
  }

  /** Words after a verb that begin no object: "killed in", "killed yesterday", "wounded when". */
  private static final Set<String> NO_OBJECT = WordSet.of("in", "by", "on", "at", "when", "during", "after", "near",
      "while", "as", "and", "or", "outside", "inside", "overnight", "late", "early", "yesterday", "today",
      "tonight", "last", "this", "earlier", "there", "here", "since", "before", "from", "for", "with", "dead");

  /** Forces and their weapons after a word of government: "government warplanes" are its arm, not its offices. */
  private static final Set<String> ARMED = WordSet.of("warplanes", "jets", "aircraft", "helicopters", "drones", "troops",
      "forces", "soldiers", "artillery", "tanks", "militia", "militias", "gunships");

  /** Verbs of forces that answered an attack, not suffered it. */
  private static final Set<String> RESPONDING = WordSet.of("intercepted", "discovered", "defused", "dismantled",
      "repelled", "repulsed", "foiled", "thwarted", "arrested", "detained", "found", "recovered", "responded",
      "rescued", "freed", "apprehended", "captured", "intervened", "chased", "pursued", "responding", "investigating",
      "investigated", "probing", "searching", "hunting", "cordoned");
  /** Forms of "be" before a responder's verb in "-ing": "police are investigating", "troops were searching". */
  private static final Set<String> BE = WordSet.of("are", "is", "were", "was");
  /** Words that may stand between the forces and their verb: "security forces later safely defused". */
  private static final Set<String> BETWEEN = WordSet.of("later", "also", "quickly", "safely", "then", "had", "have", "has",
      "successfully", "subsequently", "soon");

  /**
   * "Security forces intercepted the drone", "soldiers discovered and defused the bomb", "police
   * responded", "police are investigating the murder", "police shot dead a gunman who opened fire": people who
   * stopped, found, answered or looked into the attack, as the subject of that verb, are no target of it.
   */
  static boolean responders(Doc doc, Match<Cue> c) {
    return responders(doc, c.firstToken(), c.endToken());
  }

  /** {@link #responders(Doc, Match)} of the phrase at tokens {@code [first, end)}. */
  static boolean responders(Doc doc, int first, int end) {
    int i = end;
    while (i < end + 3 && BETWEEN.contains(doc.key(i))) {
      i++;
    }
    if (BE.contains(doc.key(i)) && doc.key(i + 1).endsWith("ing")) {
      i++; // "police are investigating the murder": not "soldiers were found dead"
    } else if (doc.key(i).endsWith("ing") && aimedAt(doc, first)) {
      return false; // "attacked soldiers responding to an earlier blast": those who came were hit
    }
    int verb = i;
    return RESPONDING.contains(doc.key(i))
        || doc.cuesStartingIn(i, i + 1, Cue::isTrigger).stream().anyMatch(t -> t.firstToken() == verb
            && Responses.fellOnAttacker(doc, t)); // "police shot dead a gunman who opened fire"
  }

  /** Whether a verb of attack or a word of aim stands a few words before {@code first}, in its sentence. */
  private static boolean aimedAt(Doc doc, int first) {
    for (int k = first - 1; k >= doc.sentenceFirst(doc.sentenceOf[first]) && k >= first - 4; k--) {
      if (TargetPhrases.AIMED.contains(doc.key(k)) || doc.key(k).equals("against") || doc.triggerStartsAt(k)) {
        return true;
      }
    }
    return false;
  }

  /** Words that make an event named after them one before the incident: "a prior attack", "the earlier blast". */
  private static final Set<String> PRIOR = WordSet.of("prior", "earlier", "previous");
  /** Nouns of the event such words name. */
  private static final Set<String> EVENT_NOUNS = WordSet.of("attack", "attacks", "explosion", "explosions", "blast",
      "blasts", "bombing", "bombings", "incident", "shooting");
  /** Tokens back from a target word searched for that event. */
  private static final int EARLIER_BEFORE = 8;

  /**
   * "a drone targeted first responders who were responding to a prior attack at a petrol station": what the earlier
   * event hit ("at a petrol station", "on electricity towers"; the phrase starting at token {@code first}) is that
   * event's target, not this one's.
   */
  static boolean earlierEvent(Doc doc, int first) {
    int from = Math.max(doc.sentenceFirst(doc.sentenceOf[first]), first - EARLIER_BEFORE);
    for (int k = first - 2; k >= from; k--) {
      String w = doc.key(k);
      if (w.equals(",") || w.equals(";") || doc.triggerStartsAt(k) && !EVENT_NOUNS.contains(w)) {
        return false; // another clause, or a verb of this incident between
      }
      if (EVENT_NOUNS.contains(w) && PRIOR.contains(doc.key(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Acts of worship, which a report names to tell when an attack came, not what it hit. */
  private static final Set<String> WORSHIP = WordSet.of("prayers", "prayer", "mass", "sermon", "worship");

  /**
   * "killed 57 worshippers during Friday prayers", "at the time of evening prayer": an act of worship after
   * "during" (past a day or a few words that say which) is when the attack came; the worshippers or the
   * mosque are its targets, and prayers are no people harmed.
   */
  static boolean worshipTime(Doc doc, int first, int end) {
    if (!WORSHIP.contains(doc.key(end - 1))) {
      return false;
    }
    for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
      String w = doc.key(k);
      if (w.equals("during") || w.equals("of") && doc.key(k - 1).equals("time")) {
        return true;
      }
      if (!doc.tokens.get(k).isWord() || Phrases.isFunctionWord(w) && !ARTICLES_OR_OWNERS.contains(w)) {
        return false; // "an attack on prayers": what was hit
      }
    }
    return false;
  }

  private static final Set<String> ARTICLES_OR_OWNERS = WordSet.of("the", "a", "their", "its");

  /** Things that belong to a person or body: "the house of a district chief" is the chief's. */
  private static final Set<String> BELONGINGS = WordSet.of("house", "home", "residence", "vehicle", "car", "convoy");

  /** "the house of the mayor": the owner, a target word a few words on, gives the type. */
  static boolean belongsToTarget(Doc doc, Match<Cue> c, int end) {
    if (!BELONGINGS.contains(doc.key(c.endToken() - 1)) || !doc.key(c.endToken()).equals("of")) {
      return false;
    }
    return !doc.cues(c.endToken() + 1, Math.min(end, c.endToken() + 9), x -> x.category().equals("target")).isEmpty();
  }

  /** Words after which "home" says where someone went, not what was attacked: "walking home". */
  private static final Set<String> GOING = Set.of("walking", "walked", "going", "went", "returning", "returned",
      "coming", "came", "heading", "headed", "driving", "drove", "way", "back", "on");

  /** "when they were walking home", "on his way home": a direction, not a target. */
  static boolean homeward(Doc doc, Match<Cue> c) {
    return doc.key(c.firstToken()).equals("home") && c.endToken() == c.firstToken() + 1
        && GOING.contains(doc.key(c.firstToken() - 1));
  }

  /** Words after which "houses" is a verb: "the building that houses the security department". */
  private static final Set<String> HOUSING = Set.of("that", "which", "also", "now", "it", "still");

  /** "the building that houses the ministry": what the building holds, not a target of houses. */
  static boolean housesVerb(Doc doc, Match<Cue> c) {
    return doc.key(c.firstToken()).equals("houses") && c.endToken() == c.firstToken() + 1
        && HOUSING.contains(doc.key(c.firstToken() - 1));
  }

  private static final Set<String> SIDES = Set.of("west", "east", "north", "south", "left", "right", "river");

  /** "the West Bank", "the east bank of the river": a shore or a region, not a bank. */
  static boolean shore(Doc doc, Match<Cue> c) {
    return doc.key(c.firstToken()).equals("bank") && c.endToken() == c.firstToken() + 1
        && SIDES.contains(doc.key(c.firstToken() - 1));
  }

  /** "along the Kabul-Kandahar highway", "near the bridge": where it happened, not what was attacked. */
  static boolean located(Doc doc, Match<Cue> c) {
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

  /** "attacked by ADF rebels": fighters named with a group that did not suffer the attack are its attackers. */
  static boolean attackersOfGroup(Doc doc, Draft d, Match<Cue> c) {
    return doc.groups.stream().anyMatch(g -> g.end() == c.firstToken() && !HarmedGroups.harmed(doc, d, g));
  }

  /** "the group said its fighters carried out the raid": a group's own fighters, who acted. */
  private static boolean ownFighters(Doc doc, Match<Cue> c) {
    String before = doc.key(c.firstToken() - 1);
    return (before.equals("its") || before.equals("their")) && ACTED.contains(doc.key(c.endToken()));
  }

  private static final Set<String> ACTED = WordSet.of("carried", "launched", "staged", "attacked", "stormed",
      "killed", "conducted", "targeted", "ambushed", "raided", "had", "were");

  /** "police said", "officials told reporters", "attacked by police": a source or the attackers, not a target. */
  static boolean reporting(Doc doc, Match<Cue> c) {
    String before = doc.key(c.firstToken() - 1);
    boolean own = (before.equals("its") || before.equals("their")) && doc.key(c.firstToken() - 2).equals("on")
        && Assembler.REPORTING.contains(doc.key(c.firstToken() - 3)); // "the group said on its radio station"
    return own || before.equals("told") || before.equals("to") || before.equals("according")
        || doc.key(Responses.agentBy(doc, c.firstToken())).equals("by") || Sources.speaker(doc, c.firstToken(), c.endToken());
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * Inside a group's or an agency's name, unless that force is what was attacked ("attacked Afghan
   * security forces") or owns it.
   */
  static boolean insideActor(Doc doc, Match<Cue> c) {
    if (doc.coverage.inGroup(c.firstToken(), c.endToken())) {
      return true;
    }
    if (!doc.coverage.inAgency(c.firstToken(), c.endToken())) {
      return false;
    }
    for (int i = c.firstToken() - 1; i >= 0 && i >= c.firstToken() - 4; i--) {
      String k = doc.key(i);
      if (TargetPhrases.AIMED.contains(k) && (!k.equals("on") || doc.key(i - 1).equals("fire"))
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