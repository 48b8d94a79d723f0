package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.registry.Agency;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * Targets named by the state force they belong to: "a National Directorate of Security (NDS)
 * member", "a Pakistan Rangers vehicle", "members of the Levies force", "ambushed Malian military
 * personnel". The force's kind in the registry gives the type (an intelligence service or a
 * ministry is the government's, a force called police is the police's, an army or paramilitary
 * force is military), whatever the word after it would say alone: a checkpoint of a police force
 * is a police target. Thread-safe.
 */
final class ForceTargets {

  private ForceTargets() {}

  /** A force's people or property, harmed: where it starts, its type and its words. */
  record Found(int first, int end, TargetType type) {}

  /** Nouns for a force's people or property, written after its name. */
  private static final Set<String> PARTS = WordSet.of("member", "members", "personnel", "officer", "officers", "soldier",
      "soldiers", "agent", "agents", "employee", "employees", "official", "officials", "commander", "guard", "guards",
      "vehicle", "vehicles", "convoy", "convoys", "car", "truck", "base", "bases", "post", "posts", "outpost",
      "outposts", "checkpoint", "checkpoints", "checkpost", "patrol", "patrols", "unit", "units", "team", "teams",
      "position", "positions", "camp", "camps", "headquarters", "office", "offices", "station", "stations", "building");
  /** Words before a force that make it what was attacked: "ambushed NDS personnel", "fire on VDP members". */
  private static final Set<String> AIMED_AT = WordSet.of("attacked", "ambushed", "targeting", "targeted", "raided",
      "stormed", "on", "at", "against");

  /** The forces harmed in the clause {@code r}, in text order; none that carried out the violence. */
  static List<Found> in(Doc doc, int[] r, List<StateForces.Found> actors) {
    List<Found> out = new ArrayList<>();
    for (NamedMention<Agency> a : doc.agenciesIn(r[0], r[1])) {
      if (a.entry() == null || actors.stream().anyMatch(f -> f.span().overlaps(a.span()))
          || Sources.speaker(doc, a.first(), a.end()) || doc.key(a.first() - 1).equals("by")) {
        continue;
      }
      Optional<TargetType> type = type(a.entry());
      int end = partAfter(doc, a.end(), r[1]);
      if (type.isPresent() && !ACTS.contains(doc.key(after(doc, a.end()))) && (end > a.end() || memberOf(doc, a.first()) || aimedAt(doc, a.first()))) {
        out.add(new Found(a.first(), Math.max(end, a.end()), type.get()));
      }
    }
    return out;
  }

  /** The type of a force's target: police by kind or name, the government's for a service of state, else military. */
  static Optional<TargetType> type(Agency a) {
    String kind = a.kind() == null ? "" : a.kind();
    if (kind.equals("police") || a.name().toLowerCase(Locale.ROOT).contains("police")) {
      return Optional.of(TargetType.POLICE);
    }
    return switch (kind) {
      case "intelligence", "ministry", "judicial" -> Optional.of(TargetType.GOVERNMENT);
      case "military", "paramilitary", "security" -> Optional.of(TargetType.MILITARY);
      default -> Optional.empty();
    };
  }

  /** Nouns of what a force does: "IDF attacks on civilians" names the force as their author. */
  private static final Set<String> ACTS = WordSet.of("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
      "raid", "raids", "operation", "operations", "offensive", "shelling", "bombardment", "crackdown");

  /** The token after a force's name and its acronym in brackets: "(NDS) member". */
  private static int after(Doc doc, int end) {
    return doc.key(end).equals("(") && doc.key(end + 2).equals(")") ? end + 3 : end;
  }

  /** The end of "NDS member", "(NDS) vehicle", "force members" after a force's name; {@code end} when none. */
  private static int partAfter(Doc doc, int end, int limit) {
    int i = after(doc, end);
    if (i < limit && (doc.key(i).equals("force") || doc.key(i).equals("forces"))) {
      i++;
    }
    return i < limit && PARTS.contains(doc.key(i)) ? i + 1 : end;
  }

  /** "members of the Levies force", "an officer of the NDS". */
  private static boolean memberOf(Doc doc, int first) {
    int i = first - 1;
    if (doc.key(i).equals("the")) {
      i--;
    }
    return doc.key(i).equals("of") && PARTS.contains(doc.key(i - 1));
  }

  /** "attacked Malian military personnel", "opened fire on a Volunteers for the Defence of the Homeland team". */
  private static boolean aimedAt(Doc doc, int first) {
    int i = first - 1;
    if (doc.key(i).equals("the") || doc.key(i).equals("a") || doc.key(i).equals("an")) {
      i--;
    }
    return AIMED_AT.contains(doc.key(i));
  }

  /** Whether tokens {@code first} to {@code end} overlap a found force's words. */
  static boolean covers(List<Found> found, int first, int end) {
    return found.stream().anyMatch(f -> first < f.end() && end > f.first());
  }

  /** The words of a found force. */
  static Span span(Doc doc, Found f) {
    return doc.span(f.first(), f.end());
  }
}
