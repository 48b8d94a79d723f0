package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.registry.Group;
import org.vigil.text.Span;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * Recognises groups the registry lacks from the way they are written: a capitalised name
 * ending in a word such as Front, Brigade or Army ("members of the Y Brigade", "a group
 * calling itself the X Front"). Thread-safe.
 */
final class UnknownGroups {

  private static final Set<String> HEADS = WordSet.of(
      "front", "brigade", "brigades", "army", "movement", "organisation", "organization",
      "battalion", "battalions", "commando", "commandos", "cell", "cells", "council", "jihad",
      "mujahideen", "legion", "martyrs", "militia", "resistance", "liberation", "alliance",
      "command", "forces", "vanguard", "guard", "guards", "group", "union", "league",
      "coalition", "partisans", "soldiers", "falcons", "tigers", "squad", "squads", "lions", "defence",
      "defense", "struggle", "action", "nuclei", "conspiracy", "faction", "solidarity", "revolution",
      "committee", "committees", "nucleus", "fighters", "mujahedeen", "jihadists");
  /** Heads that open a name in Spanish, Portuguese and French ("Frente", "Ejercito", "Armée"). */
  private static final Set<String> HEADS_FIRST = WordSet.of("resistencia", "frente", "ejercito", "movimiento", "comando", "comandos", "fuerzas", "brigada", "brigadas", "accion", "celula", "celulas", "nucleo", "nucleos", "armee", "mouvement", "grupo", "organizacion", "union", "alianza");
  private static final Set<String> JOINERS = WordSet.of("of", "the", "for", "al", "el", "and", "de", "del", "la", "-", "'");
  private static final Set<String> CONTEXT = WordSet.of("itself", "calling", "called", "named", "known");

  private UnknownGroups() {}

  static List<NamedMention<Group>> find(List<Token> t, boolean allCaps, List<NamedMention<Group>> known,
      List<? extends NamedMention<?>> agencies) {
    List<NamedMention<Group>> out = new ArrayList<>();
    TokenCoverage named = TokenCoverage.of(t.size(), known, NamedMention::first, NamedMention::end)
        .or(TokenCoverage.of(t.size(), agencies, NamedMention::first, NamedMention::end));
    int i = 0;
    while (i < t.size()) {
      if (!t.get(i).isWord() || !t.get(i).capitalised()) {
        i++;
        continue;
      }
      int j = i;
      int lastHead = -1;
      while (j < t.size()) {
        Token w = t.get(j);
        if (w.isWord() && w.capitalised()) {
          if (HEADS.contains(w.key())) {
            lastHead = j;
          }
          j++;
        } else if (JOINERS.contains(w.key()) && j + 1 < t.size() && t.get(j + 1).capitalised()) {
          j++;
        } else {
          break;
        }
      }
      int first = i;
      if (t.get(first).key().equals("the") && first + 1 < j) {
        first++; // a run that is only "THE" (the text's last word) names nothing
      }
      if (lastHead < 0 && HEADS_FIRST.contains(t.get(first).key()) && j - first >= 2) {
        lastHead = j - 1; // "Resistencia Mapuche Malleco", "Frente Popular ...": the head comes first
      }
      boolean context = first > 0 && CONTEXT.contains(t.get(first - 1).key())
          || first > 1 && CONTEXT.contains(t.get(first - 2).key());
      if (lastHead > first && (!allCaps || context) && !named.any(first, lastHead + 1)
          && !sentenceInitialOnly(t, first, lastHead) && !intergovernmental(t, first, lastHead)) {
        Span span = new Span(t.get(first).start(), t.get(lastHead).end());
        StringBuilder name = new StringBuilder();
        for (int k = first; k <= lastHead; k++) {
          if (name.length() > 0 && !t.get(k).key().equals("-") && !t.get(k - 1).key().equals("-")) {
            name.append(' ');
          }
          name.append(t.get(k).raw());
        }
        out.add(new NamedMention<>(null, name.toString(), first, lastHead + 1, span));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /** "the African Union", "UN peacekeeping": states' own bodies and forces are no armed group. */
  private static boolean intergovernmental(List<Token> t, int first, int lastHead) {
    StringBuilder name = new StringBuilder();
    for (int k = first; k <= lastHead; k++) {
      name.append(name.length() == 0 ? "" : " ").append(t.get(k).key());
    }
    String after = lastHead + 1 < t.size() ? t.get(lastHead + 1).key() : "";
    String n = name.toString(); // "the U.N. Security Council" as well as "the Security Council"
    return STATE_BODIES.stream().anyMatch(b -> n.equals(b) || n.endsWith(" " + b)) || PEACEKEEPING.contains(after);
  }

  private static final Set<String> STATE_BODIES = WordSet.of("african union", "european union", "soviet union",
      "united nations", "arab league", "league of arab states", "security council", "human rights council", "national guard",
      "coast guard", "border guard", "republican guard", "presidential guard");
  private static final Set<String> PEACEKEEPING = WordSet.of("peacekeeping", "peacekeepers", "peacekeeper", "mission",
      "troops", "soldiers");

  private static boolean sentenceInitialOnly(List<Token> t, int first, int lastHead) {
    return lastHead - first < 1;
  }
}
