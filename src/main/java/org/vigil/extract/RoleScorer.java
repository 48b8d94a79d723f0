package org.vigil.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.learn.FeatureVector;

/**
 * Scores an incident's candidate fillers with the {@link RoleModel} and keeps, for each
 * candidate, the role it most probably fills when that probability reaches the role's
 * threshold; of overlapping phrases (variants of one head) the most probable wins. The runtime
 * half of the role model, as OpenNLP's {@code *ME} classes are of theirs. Immutable; thread-safe.
 */
final class RoleScorer {

  /** A candidate the model gives a role, with the probability. */
  record Chosen(RoleCandidate candidate, RoleLabel label, double probability) {}

  private final RoleModel model;

  RoleScorer(RoleModel model) {
    this.model = model;
  }

  /**
   * Gives each phrase to one incident of a report: of the incidents that chose overlapping
   * phrases, the one that chose with the highest probability keeps its phrase. A group may be
   * the perpetrator of several incidents and is left to each.
   */
  static void exclusive(List<List<Chosen>> perIncident) {
    List<int[]> order = new ArrayList<>();
    for (int n = 0; n < perIncident.size(); n++) {
      for (int k = 0; k < perIncident.get(n).size(); k++) {
        order.add(new int[] {n, k});
      }
    }
    order.sort(Comparator.comparingDouble((int[] o) -> -perIncident.get(o[0]).get(o[1]).probability()));
    List<Chosen> taken = new ArrayList<>();
    java.util.Set<Chosen> dropped = new java.util.HashSet<>();
    for (int[] o : order) {
      Chosen c = perIncident.get(o[0]).get(o[1]);
      if (c.candidate().kind() == RoleCandidate.Kind.GROUP) {
        continue;
      }
      if (taken.stream().anyMatch(t -> t.candidate().overlaps(c.candidate()))) {
        dropped.add(c);
      } else {
        taken.add(c);
      }
    }
    perIncident.replaceAll(list -> list.stream().filter(c -> !dropped.contains(c)).toList());
  }

  List<Chosen> choose(Doc doc, Draft d, List<Draft> all, Incident rules, List<RoleCandidate> candidates) {
    RoleFeatures features = new RoleFeatures(model.bits());
    List<Chosen> scored = new ArrayList<>();
    RoleLabel[] labels = RoleLabel.values();
    for (RoleCandidate c : candidates) {
      FeatureVector x = features.of(doc, d, all, rules, c);
      double[] p = model.linear().probabilities(x);
      int best = -1;
      for (int l = 1; l < labels.length; l++) {
        if (p[l] >= model.threshold(labels[l]) && (best < 0 || p[l] > p[best])) {
          best = l;
        }
      }
      if (best > 0) {
        scored.add(new Chosen(c, labels[best], p[best]));
      }
    }
    scored.sort(Comparator.comparingDouble(Chosen::probability).reversed());
    List<Chosen> out = new ArrayList<>();
    for (Chosen c : scored) {
      if (out.stream().noneMatch(o -> o.candidate().overlaps(c.candidate()))) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt(c -> c.candidate().first()));
    return out;
  }
}
