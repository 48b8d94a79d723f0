package org.vigil.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Group;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Who did it, and what is known of it: groups named in the incident's clauses, else in its
 * sentences, else in a sentence that claims, blames, suspects or denies; "the group" and "it
 * also claimed" refer back to the last group named. A group named as a parent ("an affiliate
 * of the Islamic State") is not a perpetrator, nor is one named as the author of the campaign in
 * whose time the incident happened ({@link CampaignFrames}). Thread-safe.
 */
final class Perpetrators {

  record Result(List<Perpetrator> perpetrators, Claim claim, List<Evidence> evidence) {}

  static final Set<String> NEGATORS = WordSet.of("no", "not", "nobody", "none", "yet", "neither", "never", "without");
  private static final Set<String> ANAPHORS = WordSet.of("group", "it", "militants", "organisation",
      "organization", "movement", "outfit", "jihadists", "insurgents", "they");

  private Perpetrators() {}

  static Result find(Doc doc, Draft d, List<Draft> all, EvidenceMaker ev) {
    List<Evidence> evidence = new ArrayList<>();
    List<NamedMention<Group>> found = new ArrayList<>();
    if (pronounClaims(doc, d.first())) {
      NamedMention<Group> back = anaphor(doc, d); // "It also claimed the bombing of ..."
      if (back != null) {
        found.add(back);
      }
    }
    for (int[] r : found.isEmpty() ? d.ranges(doc, false) : List.<int[]>of()) {
      groupsIn(doc, r[0], r[1]).stream().filter(g -> d.arrestFamily() || !HarmedGroups.harmed(doc, d, g))
          .filter(g -> !CampaignFrames.framing(doc, d, g)).forEach(found::add);
    }
    if (found.isEmpty()) {
      for (EventMention m : d.mentions) {
        groupsIn(doc, doc.sentenceFirst(m.sentence), doc.sentenceEnd(m.sentence)).stream()
            .filter(g -> d.arrestFamily() || !HarmedGroups.harmed(doc, d, g))
            .filter(g -> !CampaignFrames.framing(doc, d, g)).forEach(found::add);
      }
    }
    List<Integer> claimSentences = new ArrayList<>();
    for (EventMention m : d.mentions) {
      claimSentences.add(m.sentence);
    }
    claimSentences.addAll(d.extensions);
    if (found.isEmpty()) {
      for (int s : d.extensions) {
        if (ClaimCues.in(doc, s) != null) {
          groupsIn(doc, doc.sentenceFirst(s), doc.sentenceEnd(s)).stream()
              .filter(g -> !CampaignFrames.framing(doc, d, g)).forEach(found::add);
        }
      }
    }
    if (found.isEmpty() && !d.arrestFamily() && !d.background) {
      for (int s : claimSentences(doc)) {
        if (!found.isEmpty()) {
          break;
        }
        if (ClaimCues.in(doc, s) == null || ownedByOther(doc, d, all, s)) {
          continue;
        }
        groupsIn(doc, doc.sentenceFirst(s), doc.sentenceEnd(s)).stream().filter(g -> !HarmedGroups.harmed(doc, d, g))
            .filter(g -> !CampaignFrames.framing(doc, d, g))
            .forEach(found::add); // not "an airstrike on a suspected ISWAP camp"
        claimSentences.add(s);
      }
    }
    if (found.isEmpty()) {
      NamedMention<Group> back = anaphor(doc, d);
      if (back != null) {
        found.add(back);
      }
    }
    Map<String, NamedMention<Group>> unique = new LinkedHashMap<>();
    for (NamedMention<Group> g : found) {
      unique.putIfAbsent(g.name(), g);
    }
    Individuals ind = Individuals.find(doc, d);
    List<Perpetrator> out = new ArrayList<>();
    for (NamedMention<Group> g : unique.values()) {
      out.add(new Perpetrator(g.name(), doc.words(g.span()), ind == null ? null : ind.people(),
          ind == null ? null : ind.howMany()));
      evidence.add(ev.of("perpetrators", g.span()));
    }
    List<Accused.Found> accused;
    PerpetratorKinds.Found kind = out.isEmpty() && !d.arrestFamily() ? kindOf(doc, d, all, claimSentences) : null;
    if (kind != null) {
      out.add(new Perpetrator(null, doc.words(kind.span()), ind == null ? null : ind.people(),
          ind == null ? null : ind.howMany(), null, kind.kind()));
      evidence.add(ev.of("perpetrators", kind.span()));
      claimSentences.add(kind.sentence());
    } else if (out.isEmpty() && !d.arrestFamily() && !(accused = Accused.find(doc, d)).isEmpty()) {
      for (Accused.Found f : accused) { // "two soldiers were charged with the murder"
        out.add(f.perpetrator());
        evidence.add(ev.of("perpetrators", f.span()));
      }
    } else if (out.isEmpty() && ind != null) {
      out.add(new Perpetrator(null, ind.text(), ind.people(), ind.howMany()));
      evidence.add(ev.of("perpetrators", ind.span()));
    }
    Claim claim = Claim.UNKNOWN;
    if (d.arrestFamily()) {
      claim = Claim.NONE;
    } else if (!unique.isEmpty() || kind != null) {
      claim = Claim.ATTRIBUTED;
      Match<Cue> best = null;
      for (int s : claimSentences) {
        Match<Cue> c = ClaimCues.in(doc, s);
        boolean aboutGroup = c != null;
        if (aboutGroup && (best == null || ClaimCues.priority(c) < ClaimCues.priority(best))) {
          best = c;
        }
      }
      if (best != null) {
        claim = ClaimCues.claimOf(best);
        evidence.add(ev.of("claim", best.span()));
      }
    }
    return new Result(out, claim, evidence);
  }

  /**
   * The generic kind of perpetrator ("Muslim extremists") the incident's own sentences describe,
   * else the first sentence that claims, blames or suspects and speaks of no other incident.
   */
  private static PerpetratorKinds.@Nullable Found kindOf(Doc doc, Draft d, List<Draft> all, List<Integer> own) {
    java.util.LinkedHashSet<Integer> sentences = new java.util.LinkedHashSet<>(own);
    if (!d.background) {
      claimSentences(doc).stream().filter(s -> !ownedByOther(doc, d, all, s)).forEach(sentences::add);
    }
    return PerpetratorKinds.find(doc, sentences);
  }

  static List<NamedMention<Group>> groupsIn(Doc doc, int from, int to) {
    List<NamedMention<Group>> out = new ArrayList<>();
    for (NamedMention<Group> g : doc.groupsIn(Math.max(from, doc.headerEnd), to)) {
      if (!asParent(doc, g, from) && !GroupPresence.only(doc, g)) { // the header's group issued the text: it speaks
        out.add(g);
      }
    }
    return out;
  }

  /** "affiliate of the Islamic State": the group is named as somebody's parent. */
  static boolean asParent(Doc doc, NamedMention<?> g, int from) {
    if (doc.has(Math.max(from, g.first() - 5), g.first(), "cue", "member")) {
      return true;
    }
    int i = g.end();
    while (doc.key(i).equals("-") || doc.key(i).equals("'") || doc.key(i).equals("s")) {
      i++;
    }
    return AFFILIATION.contains(doc.key(i)) || SOURCES.contains(doc.key(g.end()))
        || doc.key(g.end()).equals("forces") && !doc.triggerStartsAt(g.end() + 1); // not "Houthi forces fired"
  }

  /**
   * "Taliban officials said", "the most senior Taliban figure to be killed": the group speaks as an
   * authority, or is the victim's side; it is not the attacker. So are its forces ("Saudi
   * Coalition forces intercepted"), unless a violent verb follows them.
   */
  private static final Set<String> SOURCES = WordSet.of("peacekeeping", "peacekeepers", "mission", "officials", "official", "spokesman", "spokeswoman",
      "spokesperson", "government", "authorities", "administration", "ministry", "authority", "leaders",
      "police", "security", "interior", "figure", "figures", "minister", "ministers", "governor");

  private static final Set<String> AFFILIATION = WordSet.of("linked", "affiliated", "backed", "inspired",
      "aligned", "allied", "affiliate", "offshoot", "branch", "franchise", "loyal", "sympathisers",
      "sympathizers", "ally", "allies");

  private static @Nullable NamedMention<Group> anaphor(Doc doc, Draft d) {
    EventMention m = d.first();
    boolean refers = false;
    for (int i = doc.sentenceFirst(m.sentence); i < m.end; i++) {
      if (ANAPHORS.contains(doc.key(i)) && (i == doc.sentenceFirst(m.sentence) || doc.key(i - 1).equals("the")
          || doc.key(i).equals("it") || doc.key(i).equals("they"))) {
        refers = true;
        break;
      }
    }
    boolean ofTheGroup = false;
    for (int i = m.first; i + 2 < m.end; i++) {
      if (doc.key(i).equals("of") && doc.key(i + 1).equals("the") && ANAPHORS.contains(doc.key(i + 2))) {
        ofTheGroup = true; // "arrested three men suspected of being members of the group"
      }
    }
    if (!refers || d.arrestFamily() && !ofTheGroup) {
      return null;
    }
    List<NamedMention<Group>> before = doc.groupsIn(doc.headerEnd, doc.sentenceFirst(m.sentence));
    for (int i = before.size() - 1; i >= 0; i--) {
      if (!asParent(doc, before.get(i), 0) && !attacked(doc, before.get(i))) {
        return before.get(i);
      }
    }
    return null;
  }

  /** "repeated attacks on Shi'ites and on the Taliban": the group attacked, which "it" does not stand for. */
  private static boolean attacked(Doc doc, NamedMention<Group> g) {
    int k = g.first() - 1;
    if (doc.key(k).equals("the")) {
      k--;
    }
    return doc.key(k).equals("on") || doc.key(k).equals("against");
  }

  /** The sentence opens with "It", "They" or "The group" and claims the incident. */
  private static boolean pronounClaims(Doc doc, EventMention m) {
    int a = doc.sentenceFirst(m.sentence);
    String first = doc.key(a);
    boolean pronoun = first.equals("it") || first.equals("they")
        || first.equals("the") && (doc.key(a + 1).equals("group") || doc.key(a + 1).equals("militants")
            || doc.key(a + 1).equals("same") && doc.key(a + 2).equals("group"));
    return pronoun && doc.cues(a, m.head().firstToken(), c -> c.is("cue", "claim")).size() > 0;
  }

  /** The sentence speaks of another incident: one with a date, a place or a figure of its own. */
  private static boolean ownedByOther(Doc doc, Draft d, List<Draft> all, int s) {
    for (MentionOwners.Owned o : doc.owners(all).in(s)) {
      if (o.draft() != d && detailed(doc, o.mention())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sentences with a claim, blame, suspicion or denial, in text order, at most
   * {@link #MAX_CLAIM_SENTENCES}: where an incident without a group of its own looks for one.
   */
  private static List<Integer> claimSentences(Doc doc) {
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (String label : CLAIM_LABELS) {
      java.util.Set<Integer> first = new java.util.HashSet<>(); // each label's first sentences suffice
      for (Match<Cue> c : doc.cuesOf("cue", label)) {
        if (first.add(doc.sentenceOf[c.firstToken()]) && first.size() == MAX_CLAIM_SENTENCES) {
          break;
        }
      }
      out.addAll(first);
    }
    return out.stream().limit(MAX_CLAIM_SENTENCES).toList();
  }

  /** Claim sentences read per incident; a report has a handful, a text of thousands made this quadratic. */
  static final int MAX_CLAIM_SENTENCES = 32;

  private static final List<String> CLAIM_LABELS = List.of("claim", "attrib", "suspect", "deny");

  private static boolean detailed(Doc doc, EventMention m) {
    return doc.datesIn(m.first, m.end).stream().anyMatch(x -> !doc.inDateline(x.first()))
        || !doc.numbersIn(m.first, m.end).isEmpty()
        || Places.best(doc, m.first, m.end) != null;
  }
}
