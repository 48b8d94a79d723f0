package org.vigil.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * One-to-one matching of predicted entities against gold entities, as in the document-level
 * role-filler measure of the MUC-4 literature (GRIT, Du, Rush and Cardie, EACL 2021, "CEAF
 * strict"): a predicted entity is a list of strings, and it is correct when every one of them
 * equals (after {@link Text#normalize}) some mention of one gold entity; gold and predicted
 * entities are paired one to one so that as many as possible are correct. Each gold entity
 * counts once: a second predicted entity naming it is spurious. Predicted strings that normalise
 * to the same text are one entity. An optional gold entity that is missed is not counted.
 *
 * @param correct predicted entities that matched, by their first string
 * @param spurious predicted entities that matched none, by their first string
 * @param missed required gold entities no prediction matched
 */
public record EntityMatch(List<String> correct, List<String> spurious, List<GoldEntity> missed) {

  public EntityMatch {
    correct = List.copyOf(correct);
    spurious = List.copyOf(spurious);
    missed = List.copyOf(missed);
  }

  /** Matches single-string predictions: each string is its own entity. */
  public static EntityMatch of(List<GoldEntity> gold, List<String> predicted) {
    return ofEntities(gold, predicted.stream().map(List::of).toList());
  }

  /** Matches predicted entities, each a list of strings naming it. */
  public static EntityMatch ofEntities(List<GoldEntity> gold, List<List<String>> predicted) {
    return ofEntities(gold, predicted, GoldEntity::matches);
  }

  /**
   * Matches predicted entities with another test of a string against a gold entity (a head-word
   * match instead of the whole string).
   */
  public static EntityMatch ofEntities(List<GoldEntity> gold, List<List<String>> predicted,
      BiPredicate<GoldEntity, String> matches) {
    List<List<String>> preds = merge(predicted);
    int[] goldOf = new int[preds.size()];
    int[] predOf = new int[gold.size()];
    Arrays.fill(goldOf, -1);
    Arrays.fill(predOf, -1);
    for (int p = 0; p < preds.size(); p++) {
      augment(p, preds, gold, matches, goldOf, predOf, new boolean[gold.size()]);
    }
    List<String> correct = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    for (int p = 0; p < preds.size(); p++) {
      (goldOf[p] >= 0 ? correct : spurious).add(preds.get(p).get(0));
    }
    List<GoldEntity> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (predOf[g] < 0 && !gold.get(g).optional()) {
        missed.add(gold.get(g));
      }
    }
    return new EntityMatch(correct, spurious, missed);
  }

  /** Kuhn's augmenting path: finds a gold entity for prediction {@code p}, moving earlier pairs if needed. */
  private static boolean augment(int p, List<List<String>> preds, List<GoldEntity> gold,
      BiPredicate<GoldEntity, String> matches, int[] goldOf, int[] predOf, boolean[] seen) {
    for (int g = 0; g < gold.size(); g++) {
      GoldEntity e = gold.get(g);
      if (!seen[g] && preds.get(p).stream().allMatch(s -> matches.test(e, s))) {
        seen[g] = true;
        if (predOf[g] < 0 || augment(predOf[g], preds, gold, matches, goldOf, predOf, seen)) {
          predOf[g] = p;
          goldOf[p] = g;
          return true;
        }
      }
    }
    return false;
  }

  /** Drops blank strings and empty entities, and joins entities that share a normalised string. */
  private static List<List<String>> merge(List<List<String>> predicted) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<List<String>> out = new ArrayList<>();
    for (List<String> entity : predicted) {
      Integer at = null;
      for (String s : entity) {
        Integer i = index.get(Text.normalize(s));
        if (i != null) {
          at = i;
        }
      }
      List<String> target = at == null ? new ArrayList<>() : out.get(at);
      for (String s : entity) {
        String n = Text.normalize(s);
        if (!n.isEmpty() && !index.containsKey(n)) {
          target.add(s);
          index.put(n, at == null ? out.size() : at);
        }
      }
      if (at == null && !target.isEmpty()) {
        out.add(target);
      }
    }
    return out;
  }
}
