package org.vigil.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Facts of language that settle some candidates before any learned score: an arrest is an
 * incident only when it is an arrest of militants (a group, armed people, weapons, a plot, or an
 * attack in the same report), and an explosion or death that no one is said to have caused, in
 * a report that speaks of an accident, a disaster, a test or a hoax, is that event and not an
 * attack, and so is a blast nobody set off in a report that names no explosive device (unless it
 * harmed people at a place attacks are aimed at), or a blast of a test; an arrest for a crime is
 * no arrest of militants, and a scuffle in a strike or a protest is no incident, nor is violence
 * named only as a kind ({@link KindMentions}) or only inside a denial. Stateless.
 */
final class RelevanceRules {

  /** Cue labels that say violent words are something else: an accident, a disaster, a test, a denial. */
  private static final Set<String> MISHAP = WordSet.of("negation", "denial");

  private RelevanceRules() {}

  /** False when a fact of language says the candidate is no incident; {@code others} are the report's candidates. */
  static boolean plausible(Doc doc, Draft d, Incident i, List<Incident> others) {
    if (i.type() == IncidentType.ARREST && (!militant(doc, d, i, others) || UnrealArrests.only(doc, d))) {
      return false; // "police arrested a former bank clerk over a fraud", "it is their duty to arrest the culprits"
    }
    if (tested(doc, i) || dispute(doc, d, i) || averted(doc, d, i) || hostagesInPassing(i) || vague(i)
        || KindMentions.only(doc, d, i) || deniedOnly(doc, d, i) || Tallies.only(doc, i)) {
      return false;
    }
    if (actor(doc, i) || i.status() == Status.THREATENED) {
      return true; // a hoax threat is still a threat
    }
    return !mishap(doc) && !unexplained(doc, i);
  }

  /**
   * "An explosion ripped through a refinery, killing one man": a blast nobody set off, in a
   * report that names no bomb, explosive or other device, no attack and no one responsible, is
   * no bombing. The headline counts: "Toll from market bombing rises" explains "Saturday's
   * explosion at the market" in the story under it.
   */
  private static boolean unexplained(Doc doc, Incident i) {
    return i.type() == IncidentType.BOMBING && i.weapons().stream().allMatch(Weapon::implied)
        && i.evidence().stream().anyMatch(e -> e.field().equals("type") && BLAST.contains(e.text().toLowerCase(Locale.ROOT)))
        && doc.cues.stream().noneMatch(c -> c.value().is("weapon", "explosives") || c.value().is("cue", "claim")
            || c.value().is("cue", "attrib") || c.value().is("cue", "deny"))
        && doc.tokens.stream().noneMatch(t -> ATTACK.contains(t.key()))
        && !headlineExplains(doc.report.title()) && !atTargetOfAttacks(i);
  }

  /**
   * "An explosion at a mosque killed 57 worshippers": a blast that harmed people at a place of
   * worship, a police or army post, a government office or an embassy is what attacks there are;
   * accidents happen at plants, mines, depots and homes.
   */
  private static boolean atTargetOfAttacks(Incident i) {
    Casualties c = i.casualties();
    boolean harmed = c.killed() != null && c.killed().value() > 0 || c.wounded() != null && c.wounded().value() > 0;
    return harmed && i.targets().stream().anyMatch(t -> ATTACKED.contains(t.type()));
  }

  private static final Set<TargetType> ATTACKED = java.util.EnumSet.of(TargetType.RELIGIOUS, TargetType.POLICE,
      TargetType.MILITARY, TargetType.GOVERNMENT, TargetType.DIPLOMATIC);

  /** The headline calls the event an attack or names a bomb. */
  private static boolean headlineExplains(@Nullable String title) {
    if (title == null) {
      return false;
    }
    for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (ATTACK.contains(w) || BOMB.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The Soviet Union carried out a nuclear test; the explosion was at 0200 GMT": a blast with no
   * device named, in a report of a test, an accident or a disaster, is that event even when
   * someone is said to have set it off.
   */
  private static boolean tested(Doc doc, Incident i) {
    return i.type() == IncidentType.BOMBING && i.weapons().stream().allMatch(Weapon::implied)
        && i.evidence().stream().anyMatch(e -> e.field().equals("type") && BLAST.contains(e.text().toLowerCase(Locale.ROOT)))
        && mishap(doc) && doc.cues.stream().noneMatch(c -> c.value().is("weapon", "explosives"))
        && doc.tokens.stream().noneMatch(t -> ATTACK.contains(t.key()));
  }

  /**
   * "Striking shipyard workers clashed with police in a weekly protest": a scuffle in a labour
   * dispute or a protest, with no one killed, no group and no weapon named, is no incident.
   */
  private static boolean dispute(Doc doc, Draft d, Incident i) {
    Count killed = i.casualties().killed();
    return i.type() == IncidentType.OTHER_VIOLENCE && (killed == null || killed.value() == 0)
        && i.perpetrators().stream().allMatch(p -> p.group() == null) && i.weapons().stream().allMatch(Weapon::implied)
        && (inSentences(doc, d, "labour") || inSentences(doc, d, "protest"));
  }

  /**
   * "Soldiers and elders averted a possible clash": what was averted was only possible, and with
   * no one arrested, no group and no weapon there was no plot to foil.
   */
  private static boolean averted(Doc doc, Draft d, Incident i) {
    return i.type() == IncidentType.FOILED_PLOT && i.casualties().arrested() == null && i.weapons().isEmpty()
        && i.perpetrators().stream().allMatch(p -> p.group() == null)
        && d.ranges(doc, false).stream().anyMatch(r -> doc.has(r[0], r[1], "cue", "hedge") || nothingOfAnAttack(doc, r));
  }

  /** "Iraq foiled Iran's promise of a decisive victory": what was foiled is no plot, attack or weapon. */
  private static boolean nothingOfAnAttack(Doc doc, int[] r) {
    if (doc.has(r[0], r[1], "cue", "plotnoun") || doc.has(r[0], r[1], "cue", "plan")
        || !doc.cues(r[0], r[1], c -> c.category().equals("weapon") || c.category().equals("perp")).isEmpty()) {
      return false;
    }
    for (int k = r[0]; k < r[1]; k++) {
      if (ATTACK.contains(doc.key(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the attempt to trade arms for help in freeing American hostages": hostages named in passing,
   * with no one said to hold them, no number and no weapon, are a situation, not an event.
   */
  private static boolean hostagesInPassing(Incident i) {
    Casualties c = i.casualties();
    return i.type() == IncidentType.HOSTAGE_BARRICADE && c.kidnapped() == null && c.killed() == null
        && c.wounded() == null && i.perpetrators().isEmpty() && i.weapons().isEmpty();
  }

  /**
   * "Iran exaggerated reports of fighting in the north": violence of no known kind, with no one
   * said to have done it, no one harmed and no weapon, is war news or talk, not an incident.
   */
  private static boolean vague(Incident i) {
    Casualties c = i.casualties();
    return i.type() == IncidentType.OTHER_VIOLENCE && i.perpetrators().isEmpty() && i.weapons().isEmpty()
        && c.killed() == null && c.wounded() == null && c.kidnapped() == null && c.arrested() == null;
  }

  /**
   * "The minister denied that the air force is bombing villages": violence told only inside a
   * denial, every mention of it after a verb of denial in its sentence, with no toll, no one
   * harmed, is a charge rejected, not an incident reported.
   */
  private static boolean deniedOnly(Doc doc, Draft d, Incident i) {
    Casualties c = i.casualties();
    return i.victims().isEmpty() && c.killed() == null
        && c.wounded() == null && c.kidnapped() == null && d.mentions.stream()
        .allMatch(m -> doc.has(doc.sentenceFirst(m.sentence), m.head().firstToken(), "cue", "denied"));
  }

  /** A cue of {@code label} stands in a sentence of one of the candidate's mentions. */
  private static boolean inSentences(Doc doc, Draft d, String label) {
    return d.mentions.stream()
        .anyMatch(m -> doc.has(doc.sentenceFirst(m.sentence), doc.sentenceEnd(m.sentence), "cue", label));
  }

  /** Words that call an event an attack. */
  private static final Set<String> ATTACK = WordSet.of("attack", "attacks", "attacked", "attacker", "attackers");

  /** Headline words that say a blast was set off. */
  private static final Set<String> BOMB = WordSet.of("bomb", "bombs", "bombing", "bombings", "bomber", "bombers",
      "suicide", "grenade", "ied", "ieds", "explosives");

  /** Words for an explosion that say nothing of its cause. */
  private static final Set<String> BLAST = WordSet.of("explosion", "explosions", "blast", "blasts", "exploded", "went off");

  /**
   * Someone is said to have done it: a group, described people, a state force, or a claim; not
   * words inside a denial ("no indication of a terrorist attack").
   */
  private static boolean actor(Doc doc, Incident i) {
    if (i.claim() != Claim.UNKNOWN && i.claim() != Claim.NONE) {
      return true;
    }
    List<Match<Cue>> mishaps = mishaps(doc);
    return i.evidence().stream().anyMatch(e -> e.field().equals("perpetrators") && mishaps.stream()
        .noneMatch(c -> c.span().start() <= e.start() && e.end() <= c.span().end()));
  }

  private static boolean mishap(Doc doc) {
    return !mishaps(doc).isEmpty();
  }

  /** The report's denial and negation cues (a look-up: rules ask for them once per incident). */
  private static List<Match<Cue>> mishaps(Doc doc) {
    List<Match<Cue>> out = new java.util.ArrayList<>();
    MISHAP.forEach(label -> out.addAll(doc.cuesOf("cue", label)));
    return out;
  }

  private static boolean militant(Doc doc, Draft d, Incident i, List<Incident> others) {
    if (i.perpetrators().stream().anyMatch(p -> p.group() != null) || !i.weapons().isEmpty()
        || doc.groups.stream().anyMatch(g -> g.entry() != null)) {
      return true;
    }
    for (int[] r : d.ranges(doc, true)) {
      if (doc.has(r[0], r[1], "cue", "plan") || doc.has(r[0], r[1], "cue", "plotnoun")) {
        return true;
      }
    }
    if (inSentences(doc, d, "crime") || inSentences(doc, d, "protest")) {
      return false; // "arrested five executives for defrauding clients", "500 arrested during the riots"
    }
    return doc.has(0, doc.tokens.size(), "cue", "armed") || attack(doc)
        || others.stream().anyMatch(o -> !o.background() && o.type() != IncidentType.ARREST);
  }

  /** The report tells of an attack: a strong trigger of one. */
  private static boolean attack(Doc doc) {
    for (Match<Cue> c : doc.cues) {
      Cue v = c.value();
      if (v.category().equals("trigger.strong") && !v.label().equals("arrest") && !v.label().equals("foiled_plot")) {
        return true;
      }
    }
    return false;
  }
}
