package org.vigil.extract;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vigil.learn.FeatureVector;
import org.vigil.learn.Features;
import org.vigil.text.PhraseTrie.Match;

/**
 * The features of a candidate filler for one incident: what the rules found it to be (kind,
 * lexicon label, the variant of its phrase, its words and head), where it stands (before or
 * after the incident's trigger, how far, in a clause of the incident or a sentence extending
 * it, which sentence of the report), the words around it (the prepositions and verbs that say
 * who did what to whom), the incident's kind, and what the rules already decided (the rule
 * engine's perpetrators, targets, victims and weapons are features, so the model learns when to
 * trust them). Not thread-safe: one collector per thread.
 */
final class RoleFeatures {

  private final Features f;

  RoleFeatures(int bits) {
    this.f = new Features(bits);
  }

  /**
   * The features of {@code c} for the incident of draft {@code d}, whose rule-built record is
   * {@code rules}.
   */
  FeatureVector of(Doc doc, Draft d, List<Draft> all, Incident rules, RoleCandidate c) {
    f.clear();
    own(doc, c);
    forIncident(doc, d, all, rules, c);
    return f.vector();
  }

  /**
   * The features of {@code c} that do not depend on the incident: with {@link #ofIncident}, those
   * of {@link #of}, so that a linear model scores a phrase's own part once for all the incidents
   * of a report. In the collector, valid until the next call, which a model scores without a vector.
   */
  Features own(Doc doc, RoleCandidate c) {
    f.clear();
    ownFeatures(doc, c);
    return f;
  }

  /**
   * The features of {@code c} that depend on the incident and on the candidate itself, in the
   * collector: with {@link #incidentOnly} and {@link #incidentByKind}, those that depend on the
   * incident; see {@link #own}.
   */
  Features ofIncident(Doc doc, Draft d, List<Draft> all, Incident rules, RoleCandidate c) {
    f.clear();
    forCandidate(doc, d, all, rules, c);
    return f;
  }

  /** The features of the incident alike for all its candidates, in the collector: a model scores them once. */
  Features incidentOnly(Doc doc, Draft d, List<Draft> all, Incident rules) {
    f.clear();
    incident(doc, d, all, rules, null);
    return f;
  }

  /** The features of the incident alike for all its candidates of one kind, in the collector. */
  Features incidentByKind(Doc doc, Draft d, List<Draft> all, Incident rules, RoleCandidate.Kind kind) {
    f.clear();
    incident(doc, d, all, rules, kind.name());
    return f;
  }

  private void ownFeatures(Doc doc, RoleCandidate c) {
    String kind = c.kind().name();
    String head = doc.key(c.head());
    f.add("k", kind);
    f.add("kv", kind, '/', c.variant());
    for (RoleCandidate.Kind k : c.kinds()) {
      f.add("ks", k.name());
    }
    f.add("len", Math.min(6, c.end() - c.first()));
    // which group, agency or person it is must not decide its role: only how the text speaks of it
    if (!named(c)) {
      f.add("kl", kind, '/', c.label());
      f.add("h", head);
      f.add("kh", kind, '/', head);
      f.add("first", doc.key(c.first()));
      for (int i = c.first(); i < c.end(); i++) {
        f.add("w", doc.key(i));
      }
    }
    String p1 = doc.key(c.first() - 1);
    String p2 = doc.key(c.first() - 2);
    String n1 = doc.key(c.end());
    String n2 = doc.key(c.end() + 1);
    f.add("p1", p1);
    f.add("p2", p2, '_', p1);
    f.add("n1", n1);
    f.add("n2", n1, '_', n2);
    f.add("kp1", kind, '/', p1);
    for (int i = Math.max(0, c.first() - 5); i < c.first() - 2; i++) {
      f.add("lw", doc.key(i));
    }
    for (int i = c.end() + 2; i < Math.min(doc.tokens.size(), c.end() + 5); i++) {
      f.add("rw", doc.key(i));
    }
    f.add("kn1", kind, '/', n1);
    String by = String.valueOf(near(doc, c.first(), -4, "by"));
    f.add("by", by);
    f.add("kby", kind, '/', by);
    String verb = TriggerRelation.verbBefore(doc, c.first());
    f.add("pverb", verb);
    f.add("kpverb", kind, '/', verb);
    if (c.kind() == RoleCandidate.Kind.PERSON) {
      f.add("partial", String.valueOf(partial(doc, c)));
    }
    f.add("caps", String.valueOf(doc.allCaps));
    if (!doc.allCaps) {
      f.add("shape", doc.tokens.get(c.head()).capitalised() ? "Cap" : "low");
    }
    f.add("repeat", Math.min(4, doc.count(head)));
  }

  private void forIncident(Doc doc, Draft d, List<Draft> all, Incident rules, RoleCandidate c) {
    forCandidate(doc, d, all, rules, c);
    incident(doc, d, all, rules, null);
    incident(doc, d, all, rules, c.kind().name());
  }

  private void forCandidate(Doc doc, Draft d, List<Draft> all, Incident rules, RoleCandidate c) {
    String kind = c.kind().name();
    actor(doc, d, c, kind);
    position(doc, d, c, kind);
    String own = owner(doc, d, all, c);
    f.add("own", own);
    f.add("kown", kind, '/', own);
    boolean[] chose = ruleChose(rules, c);
    for (int k = 0; k < RULE_FIELDS.size(); k++) {
      if (chose[k]) {
        String field = RULE_FIELDS.get(k);
        f.add("rule", field);
        f.add("krule", kind, '/', field);
        f.add("vrule", c.variant(), '/', field);
      }
    }
  }

  private static final List<String> RULE_FIELDS = List.of("perpetrators", "targets", "victims", "weapons");

  /** Which of {@link #RULE_FIELDS} the rules filled with evidence overlapping the candidate; one pass over the evidence. */
  private static boolean[] ruleChose(Incident rules, RoleCandidate c) {
    boolean[] out = new boolean[RULE_FIELDS.size()];
    for (Evidence e : rules.evidence()) {
      if (e.start() < c.span().end() && c.span().start() < e.end()) {
        int k = RULE_FIELDS.indexOf(e.field());
        if (k >= 0) {
          out[k] = true;
        }
      }
    }
    return out;
  }

  /** Where the candidate stands relative to the incident's trigger and clauses. */
  private void position(Doc doc, Draft d, RoleCandidate c, String kind) {
    Match<Cue> trigger = nearestTrigger(doc, d, c);
    int s = doc.sentenceOf[c.first()];
    boolean clause = d.covers(c.first(), doc, false);
    f.add("clause", String.valueOf(clause));
    f.add("kclause", kind, '/', String.valueOf(clause));
    int rel = s - d.first().sentence;
    f.add("srel", Math.max(-2, Math.min(4, rel)));
    f.add("sent", Math.min(5, s));
    if (trigger == null) {
      f.add("trig", "none");
      return;
    }
    boolean before = c.end() <= trigger.firstToken();
    int dist = before ? trigger.firstToken() - c.end() : Math.max(0, c.first() - trigger.endToken());
    String bucket = dist == 0 ? "0" : dist <= 2 ? "1-2" : dist <= 5 ? "3-5" : dist <= 10 ? "6-10" : "11+";
    String dir = before ? "before" : "after";
    String label = trigger.value().label();
    f.add("dir", dir);
    f.add("kdir", kind, '/', dir);
    f.add("kdist", kind, '/', dir, bucket);
    f.add("trig", label);
    f.add("ktrig", kind, '/', dir, label);
    f.add("htrig", doc.key(c.head()), '/', dir);
    String verb = doc.key(trigger.firstToken()).toLowerCase(Locale.ROOT);
    f.add("tw", dir, '/', verb);
    f.add("ktw", kind, '/', dir, verb);
    TriggerRelation.add(f, doc, trigger, c, kind, label, verb);
  }

  /**
   * What the sentence says of a group, a force or people described: claimed, blamed, suspected
   * or denied; named as somebody's parent ("an affiliate of"); named after the violence as who
   * suffered it.
   */
  private void actor(Doc doc, Draft d, RoleCandidate c, String kind) {
    if (c.kind() != RoleCandidate.Kind.GROUP && c.kind() != RoleCandidate.Kind.AGENCY
        && c.kind() != RoleCandidate.Kind.PERP && c.kind() != RoleCandidate.Kind.FORCE) {
      return;
    }
    Match<Cue> claim = ClaimCues.in(doc, doc.sentenceOf[c.first()]);
    String cue = claim == null ? "none" : claim.value().label();
    f.add("claimcue", cue);
    f.add("kclaimcue", kind, '/', cue);
    if (c.kind() == RoleCandidate.Kind.GROUP) {
      NamedMention<org.vigil.registry.Group> g = doc.groups.stream().filter(x -> x.first() == c.first())
          .findFirst().orElse(null);
      if (g != null) {
        f.add("parent", String.valueOf(Perpetrators.asParent(doc, g, doc.sentenceFirst(doc.sentenceOf[c.first()]))));
        f.add("harmed", String.valueOf(HarmedGroups.harmed(doc, d, g)));
        f.add("registered", String.valueOf(g.entry() != null));
      }
    }
  }

  /** The incident's features alike for all candidates ({@code kind} null) or for those of one kind; see {@link IncidentRoleFeatures}. */
  private void incident(Doc doc, Draft d, List<Draft> all, Incident rules, @Nullable String kind) {
    if (d != described[0] || all != described[1] || rules != described[2]) {
      described = new Object[] {d, all, rules}; // the same for every candidate of an incident: read once
      incident = IncidentRoleFeatures.values(doc, d, all, rules);
    }
    IncidentRoleFeatures.add(f, d, rules, incident, kind);
  }

  private Object[] described = new Object[3];
  private String[] incident;

  /** Whose words the candidate is in: this incident's clauses or extension, another incident's, or none. */
  private static String owner(Doc doc, Draft d, List<Draft> all, RoleCandidate c) {
    if (d.covers(c.first(), doc, false)) {
      return "clause";
    }
    for (Draft o : all) {
      if (o != d && o.covers(c.first(), doc, false)) {
        return o.background ? "recalled" : "other";
      }
    }
    return d.covers(c.first(), doc, true) ? "ext" : "free";
  }

  /** The incident's trigger nearest to the candidate in its sentence, else the incident's head trigger. */
  private static Match<Cue> nearestTrigger(Doc doc, Draft d, RoleCandidate c) {
    int s = doc.sentenceOf[c.first()];
    Match<Cue> best = null;
    int bestDist = Integer.MAX_VALUE;
    for (EventMention m : d.mentions) {
      if (m.sentence != s) {
        continue;
      }
      for (Match<Cue> t : m.triggers()) {
        int dist = Math.abs(t.firstToken() - c.head());
        if (dist < bestDist) {
          best = t;
          bestDist = dist;
        }
      }
    }
    return best != null ? best : d.first().head();
  }

  /** A group, a registry agency or a person: a name, not a description. */
  private static boolean named(RoleCandidate c) {
    return c.kind() == RoleCandidate.Kind.GROUP || c.kind() == RoleCandidate.Kind.PERSON
        || c.kind() == RoleCandidate.Kind.AGENCY && !c.label().equals(c.label().toLowerCase(Locale.ROOT));
  }

  /** A name whose words all appear in a longer name earlier in the report ("OQUELI" after "HECTOR OQUELI COLINDRES"). */
  private static boolean partial(Doc doc, RoleCandidate c) {
    String words = doc.words(c.span()).toLowerCase(Locale.ROOT);
    int at = doc.firstInLowerText(words);
    return at >= 0 && at < c.span().start();
  }

  private static boolean near(Doc doc, int token, int window, String key) {
    for (int i = token - 1; i >= Math.max(0, token + window); i--) {
      if (doc.key(i).equals(key)) {
        return true;
      }
    }
    return false;
  }
}
