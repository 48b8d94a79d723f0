package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.PhraseTrie.Match;

/**
 * Cuts sentences into event mentions. A sentence's triggers form one mention unless a new
 * noun phrase of another event starts after a coordination ("the twin bombings in Kerman ...
 * and a shooting in Shiraz"), or an arrest and an attack meet without a plot between them.
 * Sentences about sport, business, drills or fiction, and negated ones ("police denied any
 * attack took place"), give no mention. Thread-safe.
 */
final class Clauses {

  private static final Set<String> DETERMINERS = org.vigil.text.WordSet.of(
      "a", "an", "the", "another", "twin", "two", "three", "several", "its", "their", "his", "her",
      "last", "earlier", "previous", "separate", "second", "third", "deadly", "suicide", "coordinated");
  private static final Set<String> COORDINATORS = org.vigil.text.WordSet.of(
      "and", ",", ";", "including", "while", "plus", "also", "as", "after", "before", "since",
      "following", "when", "of", "for", "over", "in");

  private Clauses() {}

  /** The incident type a trigger's label names, if any ("other" names none). */
  static @Nullable IncidentType typeOf(Cue c) {
    return TYPES.get(c.label());
  }

  private static final java.util.Map<String, IncidentType> TYPES = org.vigil.text.WordSet.map(java.util.Arrays
      .stream(IncidentType.values()).collect(java.util.stream.Collectors.toMap(IncidentType::label, t -> t)));

  /** Off-topic cues (sport, business, drill, metaphor) that make a whole report off-topic. */
  static final int OFF_TOPIC_CUES = 3;

  static List<EventMention> find(Doc doc) {
    List<EventMention> out = new ArrayList<>();
    if (offTopicOrDenied(doc)) {
      return out;
    }
    for (int s = 0; s < doc.sentences.size(); s++) {
      doc.deadline.check("cutting clauses");
      int a = doc.sentenceFirst(s);
      int b = doc.sentenceEnd(s);
      List<Match<Cue>> triggers = doc.cues(a, b, Cue::isTrigger);
      if (triggers.isEmpty() || suppressed(doc, a, b)) {
        continue;
      }
      EventMention current = null;
      List<Match<Cue>> figurative = doc.cues(a, b, c -> c.is("cue", "metaphor") || c.is("cue", "denial")
          || c.is("cue", "service") || c.is("cue", "nonevent"));
      for (Match<Cue> t : triggers) {
        if (hedged(doc, a, t) || negated(doc, a, t) || generic(doc, t) || WarFrames.only(doc, t)
            || Seizures.seized(doc, t)
            || figurative.stream().anyMatch(f -> f.span().overlaps(t.span()))) {
          continue;
        }
        if (current == null) {
          current = new EventMention(s, a, b, t);
          out.add(current);
        } else if (startsNew(doc, current, t)) {
          current.end = t.firstToken();
          int start = clauseStart(doc, current.triggers().get(current.triggers().size() - 1).endToken(), t.firstToken());
          current.end = start;
          current = new EventMention(s, start, b, t);
          out.add(current);
        } else {
          current.add(t);
        }
      }
    }
    out.removeIf(m -> Background.vaguelyRecalled(doc, m));
    return out;
  }

  /**
   * A report about sport, business, a drill or politics in figures of speech, or one that says
   * the event did not happen ("there was no blast"), has no incident unless it names a
   * registered group, armed people or a toll of dead or wounded.
   */
  private static boolean offTopicOrDenied(Doc doc) {
    int offTopic = 0;
    boolean denied = false;
    for (Match<Cue> c : doc.cues) {
      String l = c.value().label();
      if (c.value().category().equals("cue")) {
        if (l.equals("sport") || l.equals("business") || l.equals("drill") || l.equals("metaphor")) {
          offTopic++;
        } else if (l.equals("denial")) {
          denied = true;
        }
      }
    }
    if (offTopic < OFF_TOPIC_CUES && !denied) {
      return false;
    }
    boolean group = doc.groups.stream().anyMatch(g -> g.entry() != null) || armed(doc, 0, doc.tokens.size());
    boolean toll = doc.figures(0, doc.tokens.size()).stream()
        .anyMatch(f -> (f.role() == CasualtyRules.Role.KILLED || f.role() == CasualtyRules.Role.WOUNDED)
            && f.count().value() > 0);
    boolean threat = doc.cues.stream().anyMatch(c -> c.value().is("cue", "threat"));
    return denied ? !toll && !threat : !group && !toll;
  }

  /** "no attack", "not a bombing": a trigger right after a negation. */
  private static boolean negated(Doc doc, int sentenceFirst, Match<Cue> t) {
    String a = doc.key(t.firstToken() - 1);
    String b = doc.key(t.firstToken() - 2);
    return t.firstToken() - 1 >= sentenceFirst && (a.equals("no") || a.equals("not")
        || b.equals("not") && (a.equals("a") || a.equals("an")) || a.equals("any") && b.equals("denied"));
  }

  /**
   * Sport, business, drill or negated sentences, and accidents ({@link Accidents}), carry no incident unless a group is named; an
   * order to kill ("gave the order to kill them: everything was at stake") outweighs a word of business.
   */
  private static boolean suppressed(Doc doc, int a, int b) {
    if (doc.has(a, b, "cue", "negation") && !doc.has(a, b, "cue", "threat") || Accidents.only(doc, a, b)) {
      return true; // "the threats were a hoax" is still a threat
    }
    boolean drill = doc.has(a, b, "cue", "drill");
    boolean offTopic = doc.has(a, b, "cue", "sport") || doc.has(a, b, "cue", "business");
    if (!drill && (!offTopic || armed(doc, a, b) || harmed(doc, a, b) || OrderedActs.in(doc, a, b))) {
      return false;
    }
    return doc.groupsIn(a, b).stream().noneMatch(g -> g.entry() != null);
  }

  /** "the general manager of a bank was wounded in a gun attack": people killed or hurt outweigh a word of business. */
  private static boolean harmed(Doc doc, int a, int b) {
    if (doc.cues(a, b, c -> c.category().equals("trigger.strong")).isEmpty()) {
      return false;
    }
    for (int k = a; k < b; k++) {
      if (HARMED.contains(doc.key(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HARMED = org.vigil.text.WordSet.of("killed", "wounded", "injured", "hurt", "died", "dead");

  /**
   * "Gunmen opened fire on a cricket team's bus", "arrested three men planning an attack on fans
   * at the match": armed people, or an arrest over a plan, outweigh the words of sport or business.
   */
  private static boolean armed(Doc doc, int a, int b) {
    if (doc.has(a, b, "cue", "fiction")) {
      return false; // "a thriller about a gang of hijackers"
    }
    if (doc.has(a, b, "cue", "armed")) {
      return true;
    }
    return doc.has(a, b, "cue", "plan") && !doc.cues(a, b, c -> c.is("trigger.strong", "arrest")).isEmpty();
  }

  /** "has stepped up attacks": a weak plural without a determiner or number speaks of no one incident. */
  private static boolean generic(Doc doc, Match<Cue> t) {
    if (!t.value().category().equals("trigger.weak") || t.endToken() - t.firstToken() > 1) {
      return false;
    }
    String k = doc.key(t.firstToken());
    if (!k.endsWith("s") || k.endsWith("ss")) {
      return false;
    }
    String before = doc.key(t.firstToken() - 1);
    if (SEVERAL.contains(before)) {
      return true; // "for his role in three attacks": a count of incidents, none of them told
    }
    return !(DETERMINERS.contains(before) || doc.tokens.get(Math.max(0, t.firstToken() - 1)).kind()
        == org.vigil.text.Token.Kind.NUMBER || before.equals("the"));
  }

  private static final Set<String> SEVERAL = org.vigil.text.WordSet.of("two", "three", "four", "five", "six", "several", "many",
      "numerous", "multiple", "dozens", "hundreds", "various", "series");

  /** "could attack", "may strike": a hedged weak trigger is no incident. */
  private static boolean hedged(Doc doc, int sentenceFirst, Match<Cue> t) {
    if (t.value().category().equals("trigger.strong")) {
      return false;
    }
    int from = Math.max(sentenceFirst, t.firstToken() - 3);
    // "warned that it would attack hotels": a trigger inside the threat's words is the threat
    return doc.has(from, t.firstToken(), "cue", "hedge")
        && doc.cues(from, t.endToken(), c -> c.is("cue", "threat")).stream().noneMatch(c -> c.span().overlaps(t.span()));
  }

  private static boolean startsNew(Doc doc, EventMention current, Match<Cue> t) {
    IncidentType now = current.type();
    IncidentType next = typeOf(t.value());
    boolean nowArrest = current.arrestFamily();
    boolean nextArrest = next == IncidentType.ARREST || next == IncidentType.FOILED_PLOT;
    Match<Cue> last = current.triggers().get(current.triggers().size() - 1);
    if (nowArrest && !nextArrest && next != null) {
      // "arrested two men who were planning to bomb": the attack is the plot, not a new event;
      // "arrested three men in a raid on a house": the raid is how they were arrested
      return !doc.has(last.endToken(), t.firstToken(), "cue", "plan")
          && !doc.has(last.endToken(), t.firstToken(), "cue", "plotnoun") && !ArrestRaids.meansOf(doc, t);
    }
    if (!nowArrest && nextArrest) {
      // a suspect caught at the scene belongs to the attack; a separate arrest does not
      String before = doc.key(t.firstToken() - 1);
      boolean passive = before.equals("were") || before.equals("was") || before.equals("been") || before.equals("being");
      return !(passive && t.firstToken() - last.endToken() <= 12);
    }
    if (Background.cameAfter(doc, last.endToken(), t.firstToken())) {
      return true; // "The bombing came a day after gunmen killed four soldiers": another, earlier event
    }
    if (ArrestRaids.meansOf(doc, t)) {
      return false; // "kidnapped 87 people, including women and children, in a raid on a village": how, not another event
    }
    if (t.value().category().equals("trigger.weak") || next == null || !current.strong()) {
      return false; // a weak word before ("killed ... when a roadside bomb hit") belongs to the strong one
    }
    boolean determiner = false;
    for (int k = Math.max(last.endToken(), t.firstToken() - 2); k < t.firstToken(); k++) {
      if (DETERMINERS.contains(doc.key(k)) || doc.tokens.get(k).kind() == org.vigil.text.Token.Kind.NUMBER) {
        determiner = true;
      }
    }
    if (CasualtyWords.PERP_NOUNS.contains(doc.key(t.firstToken() - 1))) {
      determiner = false; // "the attackers opened fire": the same people, the same incident
    }
    boolean coordinated = false;
    for (int k = last.endToken(); k < t.firstToken(); k++) {
      String key = doc.key(k);
      if (key.equals("and") || key.equals(";") || key.equals("as") || key.equals("while")
          || key.equals("since") || key.equals("after") || key.equals("before")) {
        coordinated = true;
      }
    }
    int clauseEnd0 = doc.sentenceEnd(doc.sentenceOf[t.firstToken()]);
    // "burned a church on Friday and, in a separate raid two days later, abducted 15 children"
    if (doc.has(lastStrong(current).endToken(), clauseEnd0, "cue", "separate") && !t.value().category().equals("trigger.weak")) {
      return true;
    }
    int clauseEnd = doc.sentenceEnd(doc.sentenceOf[t.firstToken()]);
    for (Match<Cue> other : doc.cues(t.endToken(), clauseEnd, Cue::isTrigger)) {
      if (other.firstToken() > t.endToken()) { // not the noun's own verb ("a car bomb exploded at the market")
        clauseEnd = other.firstToken();
        break;
      }
    }
    return coordinated && (determiner && hasDetails(doc, t.endToken(), clauseEnd)
        || otherDate(doc, current.first, t.firstToken(), Math.max(last.endToken(), t.firstToken() - 6), clauseEnd));
  }

  private static Match<Cue> lastStrong(EventMention m) {
    Match<Cue> out = m.triggers().get(m.triggers().size() - 1);
    for (Match<Cue> t : m.triggers()) {
      if (t.value().category().equals("trigger.strong")) {
        out = t;
      }
    }
    return out;
  }

  /** "... on Wednesday night, and early on Thursday insurgents set fire to ...": a day of its own. */
  private static boolean otherDate(Doc doc, int from, int mid, int newFrom, int to) {
    DateMention before = null;
    DateMention after = null;
    for (DateMention d : doc.datesIn(Math.min(from, newFrom), to)) {
      if (d.first() >= from && d.first() < mid && d.first() < newFrom && !doc.inDateline(d.first())) {
        before = d;
      } else if (d.first() >= newFrom && d.first() < to && after == null) {
        after = d;
      }
    }
    return before != null && after != null && !before.date().equals(after.date());
  }

  /** A clause of its own tells its own date, town or toll. */
  private static boolean hasDetails(Doc doc, int from, int to) {
    return !doc.datesIn(from, to).isEmpty()
        || doc.figures(from, to).stream().anyMatch(f -> f.role() == CasualtyRules.Role.KILLED)
        || doc.placesIn(from, to).stream().anyMatch(p -> p.precision() != org.vigil.geo.Precision.COUNTRY
            && !"demonym".equals(p.relation()));
  }

  /** Where the new clause begins: at the last coordinator before its trigger. */
  private static int clauseStart(Doc doc, int afterPrevious, int trigger) {
    for (int k = trigger - 1; k >= afterPrevious; k--) {
      String key = doc.key(k);
      if (key.equals("and") || key.equals(",") || key.equals(";") || key.equals("while")
          || key.equals("since") || key.equals("after") || key.equals("before") || key.equals("as")) {
        return k;
      }
    }
    return trigger;
  }
}
