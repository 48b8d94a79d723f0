package org.vigil.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.learn.LinearModel;

/**
 * Scores an incident's candidate fillers with the {@link RoleModel} and keeps, for each
 * candidate, the role it most probably fills when that probability reaches the role's
 * threshold; of overlapping phrases (variants of one head) the most probable wins. The runtime
 * half of the role model, as OpenNLP's {@code *ME} classes are of theirs. Immutable; thread-safe.
 */
final class RoleScorer {

  /** A candidate with the probability of each {@link RoleLabel}, in the labels' order. */
  record Scored(RoleCandidate candidate, double[] probabilities) {}

  /** A candidate the model gives a role, with the probability. */
  record Chosen(RoleCandidate candidate, RoleLabel label, double probability) {}

  private final RoleModel model;

  RoleScorer(RoleModel model) {
    this.model = model;
  }

  RoleModel model() {
    return model;
  }

  /**
   * The scores of each candidate's own features (those that do not depend on the incident), in
   * the candidates' order: with {@link #score}, a report's phrases are described once for all its
   * incidents. {@code memo}, if any, keeps them by candidate for lists that share some phrases.
   */
  double[][] own(Doc doc, List<RoleCandidate> candidates, @Nullable Map<RoleCandidate, double[]> memo) {
    RoleFeatures features = new RoleFeatures(model.bits());
    LinearModel linear = model.linear();
    double[][] out = new double[candidates.size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = memo == null ? linear.scores(features.own(doc, candidates.get(k)))
          : memo.computeIfAbsent(candidates.get(k), c -> linear.scores(features.own(doc, c)));
    }
    return out;
  }

  /**
   * Every candidate of an incident with its probabilities; {@code own} holds the scores of each
   * candidate's own features ({@link #own}), in the same order.
   */
  List<Scored> score(Doc doc, Draft d, List<Draft> all, Incident rules, List<RoleCandidate> candidates,
      double[][] own) {
    RoleFeatures features = new RoleFeatures(model.bits());
    LinearModel linear = model.linear();
    // the incident's features alike for all its candidates, or for all of one kind, are scored once
    double[] incident = linear.plus(features.incidentOnly(doc, d, all, rules), new double[linear.labels().size()]);
    double[][] byKind = new double[RoleCandidate.Kind.values().length][];
    List<Scored> out = new ArrayList<>(candidates.size());
    for (int k = 0; k < own.length; k++) {
      RoleCandidate c = candidates.get(k);
      int kind = c.kind().ordinal();
      if (byKind[kind] == null) {
        byKind[kind] = linear.plus(features.incidentByKind(doc, d, all, rules, c.kind()), incident);
      }
      out.add(new Scored(c, linear.probabilities(features.ofIncident(doc, d, all, rules, c), own[k], byKind[kind])));
    }
    return out;
  }

  /**
   * For each scored candidate the most probable role that reaches its threshold; of overlapping
   * candidates the most probable is kept. In text order.
   */
  static List<Chosen> select(List<Scored> scored, Map<RoleLabel, Double> thresholds) {
    if (scored.isEmpty()) {
      return new ArrayList<>();
    }
    RoleLabel[] labels = RoleLabel.values();
    double[] bar = new double[labels.length]; // read once, not per candidate and label
    for (int l = 1; l < labels.length; l++) {
      bar[l] = thresholds.get(labels[l]);
    }
    List<Chosen> passed = new ArrayList<>();
    for (Scored s : scored) {
      double[] p = s.probabilities();
      int best = -1;
      for (int l = 1; l < labels.length; l++) {
        if (p[l] >= bar[l] && (best < 0 || p[l] > p[best])) {
          best = l;
        }
      }
      if (best > 0) {
        passed.add(new Chosen(s.candidate(), labels[best], p[best]));
      }
    }
    passed.sort(Comparator.comparingDouble(Chosen::probability).reversed());
    List<Chosen> out = new ArrayList<>();
    BitSet covered = new BitSet();
    for (Chosen c : passed) {
      if (take(covered, c.candidate())) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt(c -> c.candidate().first()));
    return out;
  }

  /** Marks the candidate's tokens taken, unless one of them already is (then false). */
  private static boolean take(BitSet taken, RoleCandidate c) {
    int next = taken.nextSetBit(c.first());
    if (next >= 0 && next < c.end()) {
      return false;
    }
    taken.set(c.first(), Math.max(c.first(), c.end()));
    return true;
  }

  /**
   * Gives each phrase to one incident of a report: of the incidents that chose overlapping
   * phrases, the one that chose with the highest probability keeps its phrase. A group may be
   * the perpetrator of several incidents and is left to each.
   */
  static List<List<Chosen>> exclusive(List<List<Chosen>> perIncident) {
    List<int[]> order = new ArrayList<>();
    for (int n = 0; n < perIncident.size(); n++) {
      for (int k = 0; k < perIncident.get(n).size(); k++) {
        order.add(new int[] {n, k});
      }
    }
    order.sort(Comparator.comparingDouble((int[] o) -> -perIncident.get(o[0]).get(o[1]).probability()));
    BitSet taken = new BitSet();
    Set<Chosen> dropped = new HashSet<>();
    for (int[] o : order) {
      Chosen c = perIncident.get(o[0]).get(o[1]);
      if (c.candidate().kind() == RoleCandidate.Kind.GROUP) {
        continue;
      }
      if (!take(taken, c.candidate())) {
        dropped.add(c);
      }
    }
    return perIncident.stream().map(list -> list.stream().filter(c -> !dropped.contains(c)).toList()).toList();
  }

  /**
   * A group the rules made the perpetrator of another incident of the report, and not of this
   * one, stays that incident's: the model may not lend it ("al-Shabab warned it would bomb
   * hotels ... a mortar round landed; no group claimed the shelling").
   */
  static List<List<Chosen>> keepRulesGroups(List<List<Chosen>> perIncident, List<Incident> rules) {
    List<List<Chosen>> out = new ArrayList<>();
    for (int n = 0; n < perIncident.size(); n++) {
      Set<String> mine = groups(rules.get(n));
      Set<String> others = new HashSet<>();
      for (int m = 0; m < rules.size(); m++) {
        if (m != n) {
          groups(rules.get(m)).stream().filter(g -> !mine.contains(g)).forEach(others::add);
        }
      }
      out.add(perIncident.get(n).stream().filter(c -> c.candidate().kind() != RoleCandidate.Kind.GROUP
          || !others.contains(c.candidate().label())).toList());
    }
    return out;
  }

  /**
   * Without the groups the model would make perpetrators that the incident's own words show
   * harmed ("an airstrike on a suspected ISWAP camp") and the forces that answered the attack
   * ("he was shot dead by soldiers"): the model weighs such words as features among many, and
   * who was struck, or struck back, is not who struck.
   */
  static List<List<Chosen>> withoutStruck(Doc doc, List<Draft> drafts, List<List<Chosen>> perIncident) {
    List<List<Chosen>> out = new ArrayList<>();
    for (int n = 0; n < perIncident.size(); n++) {
      Draft d = drafts.get(n);
      out.add(perIncident.get(n).stream().filter(c -> c.label() != RoleLabel.PERPETRATOR && c.label() != RoleLabel.DETAINEE
          || !struck(doc, d, c.candidate())).toList());
    }
    return out;
  }

  /**
   * Without the phrases the rules gave a recalled incident of the report as its target, victim or
   * weapon, for the report's news: "a shooting at a concert hall near Moscow", recalled in a
   * report of an arrest in Qom, keeps its concert hall, which the arrest's plot may not take.
   */
  static List<List<Chosen>> withoutOthersRoles(List<List<Chosen>> perIncident, List<Incident> rules) {
    List<List<Chosen>> out = new ArrayList<>();
    for (int n = 0; n < perIncident.size(); n++) {
      List<Evidence> others = new ArrayList<>();
      for (int m = 0; m < rules.size(); m++) {
        if (m != n && rules.get(m).background() && !rules.get(n).background()) {
          rules.get(m).evidence().stream().filter(e -> OTHERS_ROLES.contains(e.field())).forEach(others::add);
        }
      }
      out.add(perIncident.get(n).stream().filter(c -> others.stream().noneMatch(
          e -> e.start() < c.candidate().span().end() && c.candidate().span().start() < e.end())).toList());
    }
    return out;
  }

  private static final Set<String> OTHERS_ROLES = Set.of("targets", "victims", "weapons");

  private static boolean struck(Doc doc, Draft d, RoleCandidate c) {
    return switch (c.kind()) {
      case GROUP -> doc.groups.stream().anyMatch(g -> g.first() == c.first() && HarmedGroups.harmed(doc, d, g));
      case AGENCY, FORCE -> Responses.answeredBy(doc, c.first()) || Sources.forceQuotedOnOthers(doc, c.end());
      default -> false;
    };
  }

  private static Set<String> groups(Incident i) {
    Set<String> out = new HashSet<>();
    i.perpetrators().stream().map(Perpetrator::group).filter(java.util.Objects::nonNull).forEach(out::add);
    return out;
  }
}
