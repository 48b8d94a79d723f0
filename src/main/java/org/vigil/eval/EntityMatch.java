package org.vigil.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One-to-one matching of predicted strings against gold entities, as in the document-level
 * role-filler measure of the MUC-4 literature: a prediction is correct when it equals (after
 * {@link Text#normalize}) any mention of a gold entity; each gold entity counts once, so a
 * second prediction naming an entity already matched (another of its mentions) is the same
 * entity again and counts neither way; predictions that normalise to the same string count once;
 * an optional entity that is missed is not counted as missed.
 *
 * @param correct predictions that matched an entity
 * @param spurious predictions that matched none
 * @param missed required entities no prediction matched
 */
public record EntityMatch(List<String> correct, List<String> spurious, List<GoldEntity> missed) {

  public EntityMatch {
    correct = List.copyOf(correct);
    spurious = List.copyOf(spurious);
    missed = List.copyOf(missed);
  }

  /** Matches {@code predicted} against {@code gold}. */
  public static EntityMatch of(List<GoldEntity> gold, List<String> predicted) {
    Map<String, String> unique = new LinkedHashMap<>();
    for (String p : predicted) {
      String n = Text.normalize(p);
      if (!n.isEmpty()) {
        unique.putIfAbsent(n, p);
      }
    }
    List<GoldEntity> open = new ArrayList<>(gold);
    List<String> correct = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    for (String p : unique.values()) {
      GoldEntity hit = open.stream().filter(g -> g.matches(p)).findFirst().orElse(null);
      if (hit != null) {
        open.remove(hit);
        correct.add(p);
      } else if (gold.stream().noneMatch(g -> g.matches(p))) {
        spurious.add(p);
      }
    }
    return new EntityMatch(correct, spurious, open.stream().filter(g -> !g.optional()).toList());
  }
}
