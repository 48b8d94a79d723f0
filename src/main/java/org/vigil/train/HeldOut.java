package org.vigil.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Scoreboard;
import org.vigil.extract.RoleLabel;
import org.vigil.extract.ScoredReport;

/**
 * The gold documents the role trainer held out, each scored by the model of the folds it was not
 * in, judged under thresholds with the scorers of {@code vigil eval}: a document written in
 * capitals under the thresholds for capitals, any other under those for mixed case, as the
 * engine applies them. Immutable.
 */
final class HeldOut {

  private final List<ScoredReport> scored;
  private final List<GoldDoc> docs;
  private final Set<String> capsCorpora = new TreeSet<>();

  /** @param scored each document of {@code docs} (those with role fillers), scored, in the same order */
  HeldOut(List<ScoredReport> scored, List<GoldDoc> docs) {
    if (scored.size() != docs.size()) {
      throw new IllegalArgumentException(scored.size() + " scored reports for " + docs.size() + " documents");
    }
    this.scored = List.copyOf(scored);
    this.docs = List.copyOf(docs);
    for (int i = 0; i < docs.size(); i++) {
      if (scored.get(i).allCaps()) {
        capsCorpora.add(docs.get(i).corpus());
      }
    }
  }

  /** The documents in even places ({@code parity} 0) or odd ones (1), for a choice judged on the others. */
  HeldOut half(int parity) {
    List<ScoredReport> s = new java.util.ArrayList<>();
    List<GoldDoc> d = new java.util.ArrayList<>();
    for (int i = parity; i < docs.size(); i += 2) {
      s.add(scored.get(i));
      d.add(docs.get(i));
    }
    return new HeldOut(s, d);
  }

  /** The corpora with a held-out document written in capitals, in name order. */
  Set<String> capsCorpora() {
    return Set.copyOf(capsCorpora);
  }

  /**
   * The mean of the corpora's role-filler micro-F1 under these thresholds; of the corpora with a
   * document in capitals alone when {@code capsOnly} (the only ones the thresholds for capitals move).
   */
  double mean(Map<RoleLabel, Double> mixed, Map<RoleLabel, Double> caps, boolean capsOnly) {
    return micros(mixed, caps).entrySet().stream().filter(e -> !capsOnly || capsCorpora.contains(e.getKey()))
        .mapToDouble(e -> e.getValue().f1()).average().orElse(0);
  }

  /** Each corpus's micro-averaged role-filler result on the held-out documents. */
  Map<String, FieldResult> micros(Map<RoleLabel, Double> mixed, Map<RoleLabel, Double> caps) {
    Map<String, Scoreboard> boards = boards(mixed, caps);
    Map<String, FieldResult> out = new LinkedHashMap<>();
    for (GoldDoc d : docs) {
      String field = d.micro().orElseThrow();
      if (!out.containsKey(d.corpus())) {
        boards.get(d.corpus()).fields().stream().filter(f -> f.field().equals(field)).findFirst()
            .ifPresent(f -> out.put(d.corpus(), f));
      }
    }
    return out;
  }

  /** Held-out figures per corpus and role, for the model card. */
  Map<String, String> scores(Map<RoleLabel, Double> mixed, Map<RoleLabel, Double> caps, int folds) {
    Map<String, String> out = new LinkedHashMap<>();
    boards(mixed, caps).forEach((corpus, b) -> {
      for (FieldResult f : b.fields()) {
        if (f.confusion().isEmpty() && !f.field().startsWith("relevan") && !f.field().startsWith("incident")
            && !f.field().startsWith("articles")) {
          out.put(corpus + " " + f.field() + " (P / R / F1, " + folds + "-fold held out)",
              String.format(Locale.ROOT, "%.1f / %.1f / %.1f", 100 * f.precision(), 100 * f.recall(), 100 * f.f1()));
        }
      }
    });
    return out;
  }

  private Map<String, Scoreboard> boards(Map<RoleLabel, Double> mixed, Map<RoleLabel, Double> caps) {
    Map<String, Scoreboard> boards = new LinkedHashMap<>();
    Map<String, GoldDoc> one = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      GoldDoc d = docs.get(i);
      ScoredReport s = scored.get(i);
      d.score(boards.computeIfAbsent(d.corpus(), k -> new Scoreboard()), s.extraction(s.allCaps() ? caps : mixed));
      one.putIfAbsent(d.corpus(), d);
    }
    one.forEach((corpus, d) -> d.addMicro(boards.get(corpus)));
    return boards;
  }
}
