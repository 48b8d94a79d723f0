package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A report's incidents as the rules assemble them and the relevance decision keeps, with every
 * candidate filler of each scored by a role model: the roles follow from thresholds alone, so a
 * trainer can try many thresholds on held-out reports without analysing them again. Immutable.
 */
public final class ScoredReport {

  private final Analysis analysis;
  private final List<List<RoleScorer.Scored>> perIncident;

  private ScoredReport(Analysis analysis, List<List<RoleScorer.Scored>> perIncident) {
    this.analysis = analysis;
    this.perIncident = List.copyOf(perIncident);
  }

  /** The extraction with the roles each incident's candidates fill under these thresholds. */
  public Extraction extraction(Map<RoleLabel, Double> thresholds) {
    List<List<RoleScorer.Chosen>> chosen = new ArrayList<>();
    perIncident.forEach(s -> chosen.add(RoleScorer.select(s, thresholds)));
    List<Incident> rules = analysis.incidents().stream().map(Analysis.Assembled::incident).toList();
    List<List<RoleScorer.Chosen>> mine = RoleScorer.withoutStruck(analysis.doc(),
        analysis.incidents().stream().map(Analysis.Assembled::draft).toList(),
        RoleScorer.withoutOthersRoles(RoleScorer.keepRulesGroups(RoleScorer.exclusive(chosen), rules), rules));
    List<Incident> incidents = new ArrayList<>();
    for (int n = 0; n < perIncident.size(); n++) {
      incidents.add(RoleAssembly.apply(analysis.doc(), analysis.incidents().get(n).incident(), perIncident.get(n),
          mine.get(n), thresholds.get(RoleLabel.NONE), analysis.evidence()));
    }
    return Extractor.build(analysis, incidents);
  }

  /** Each incident's candidates with their probabilities, in the order {@link RoleTraining#find} lists them. */
  List<List<RoleScorer.Scored>> scored() {
    return perIncident;
  }

  static ScoredReport of(Analysis a, RoleScorer scorer) {
    List<List<RoleScorer.Scored>> perIncident = new ArrayList<>();
    Map<RoleCandidate, double[]> memo = new HashMap<>(); // recalled incidents' phrases, which may overlap
    List<RoleCandidate> whole = null; // the report's own news draws on every phrase of it: found and described once
    double[][] wholeOwn = null;
    for (Analysis.Assembled x : a.incidents()) {
      if (x.draft().background) {
        List<RoleCandidate> cs = candidates(a.doc(), x);
        perIncident.add(scorer.score(a.doc(), x.draft(), a.drafts(), x.incident(), cs, scorer.own(a.doc(), cs, memo)));
      } else {
        if (whole == null) {
          whole = RoleCandidates.find(a.doc(), 0, a.doc().tokens.size());
          wholeOwn = scorer.own(a.doc(), whole, null);
        }
        perIncident.add(scorer.score(a.doc(), x.draft(), a.drafts(), x.incident(), whole, wholeOwn));
      }
    }
    return new ScoredReport(a, perIncident);
  }

  /**
   * The candidate fillers of an incident: for the report's own news, anywhere in the report
   * (the scorer weighs where they stand); for a recalled incident, in its clauses and in the
   * sentences where the rules found its targets, victims or weapons (not the one that only named
   * its group: that sentence tells other news).
   */
  static List<RoleCandidate> candidates(Doc doc, Analysis.Assembled x) {
    if (!x.draft().background) {
      return RoleCandidates.find(doc, 0, doc.tokens.size());
    }
    TreeSet<Integer> sentences = new TreeSet<>();
    List<int[]> ranges = new ArrayList<>(x.draft().ranges(doc, false));
    for (Evidence e : x.incident().evidence()) {
      if (e.field().equals("targets") || e.field().equals("victims") || e.field().equals("weapons")) {
        int s = doc.sentenceOf[Math.min(doc.tokens.size() - 1, doc.tokenAt(e.start()))];
        if (!x.draft().covers(doc.tokenAt(e.start()), doc, !x.draft().background)) {
          sentences.add(s);
        }
      }
    }
    sentences.forEach(s -> ranges.add(new int[] {doc.sentenceFirst(s), doc.sentenceEnd(s)}));
    List<RoleCandidate> out = new ArrayList<>();
    for (int[] r : ranges) {
      for (RoleCandidate c : RoleCandidates.find(doc, r[0], r[1])) {
        if (out.stream().noneMatch(o -> o.kind() == c.kind() && o.first() == c.first() && o.end() == c.end())) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
