package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.registry.Agency;
import org.vigil.registry.Group;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * Fighting told with a weak word ("fought", "battled", "an encounter") between two sides the
 * note names: "M23 and Wazalendo militiamen fought in Walikale territory", "Ukrainian and Russian
 * troops fought near Chasiv Yar", "security forces killed seven Maoists in an encounter". The word
 * alone proves no incident and says nothing of who attacked whom; with two armed sides named
 * (groups, state forces, armed men) in its clauses it is a clash between them. Thread-safe.
 */
final class WeakClashes {

  private WeakClashes() {}

  /** Verbs and nouns of one fight between sides, not of a war going on ("fighting continues", "the offensive"). */
  private static final Set<String> ONE_FIGHT = WordSet.of("fought", "battled", "encounter");

  /**
   * Whether tokens {@code [r[0], r[1])} tell one fight between two armed sides: "M23 and
   * Wazalendo militiamen fought in Walikale", "killed two militants in an encounter", "fighting
   * between the army and the RSF killed 30 civilians" (any word of fighting, with "between").
   */
  static boolean oneFight(Doc doc, int[] r) {
    return doc.cues(r[0], r[1], c -> c.is("trigger.weak", "armed_clash")).stream()
        .anyMatch(c -> c.endToken() - c.firstToken() == 1 && ONE_FIGHT.contains(doc.key(c.firstToken()))
            || doc.key(c.endToken()).equals("between"))
        && twoSides(doc, List.of(r));
  }

  /** Whether the clauses name at least two armed sides: groups, state forces or armed men, each once. */
  static boolean twoSides(Doc doc, List<int[]> clauses) {
    List<Span> sides = new ArrayList<>();
    for (int[] r : clauses) {
      for (NamedMention<Group> g : doc.groups) {
        add(sides, g.first() >= r[0] && g.end() <= r[1] ? g.span() : null);
      }
      for (NamedMention<Agency> a : doc.agencies) {
        add(sides, a.first() >= r[0] && a.end() <= r[1] ? a.span() : null);
      }
      for (Match<Cue> c : doc.cues(r[0], r[1], c -> c.category().equals("agency") || c.is("cue", "armed")
          || c.is("perp", "individuals"))) {
        add(sides, c.span());
      }
    }
    return sides.size() >= 2 || sides.size() == 1 && pairedNames(doc, sides.get(0));
  }

  /**
   * "Ukrainian and Russian troops", "M23 and Wazalendo militiamen": two names joined by "and"
   * before one word of fighters are two sides.
   */
  private static boolean pairedNames(Doc doc, Span side) {
    int i = 0;
    while (i < doc.tokens.size() && doc.tokens.get(i).start() < side.start()) {
      i++;
    }
    int k = i - 1;
    while (k >= 0 && doc.tokens.get(k).capitalised() && i - k <= 3) {
      k--;
    }
    boolean named = k < i - 1 || i < doc.tokens.size() && doc.tokens.get(i).capitalised();
    return named && k >= 1 && doc.key(k).equals("and") && doc.tokens.get(k - 1).capitalised();
  }

  private static void add(List<Span> sides, Span s) {
    if (s != null && sides.stream().noneMatch(o -> o.overlaps(s))) {
      sides.add(s);
    }
  }

  /**
   * The type of an incident named by weak words only: a clash when a clause tells {@linkplain
   * #oneFight one fight} between two sides, unless one side {@code aimed} at a target ("insurgents who attacked a
   * military base", an assault that the fighting only followed) or its weapons make it a bombing,
   * an arson or a ramming; {@code byWeapons} otherwise.
   */
  static IncidentType type(Doc doc, List<int[]> clauses, IncidentType weakType, IncidentType byWeapons, boolean aimed) {
    boolean fighting = weakType == IncidentType.ARMED_CLASH && !aimed
        && (byWeapons == IncidentType.ARMED_ASSAULT || byWeapons == IncidentType.OTHER_VIOLENCE);
    return fighting && clauses.stream().anyMatch(r -> oneFight(doc, r)) ? IncidentType.ARMED_CLASH : byWeapons;
  }
}
