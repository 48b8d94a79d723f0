package org.vigil.eval.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.ErrorCase;
import org.vigil.eval.EvalResult;
import org.vigil.eval.FieldResult;
import org.vigil.eval.Scoreboard;

/** Several results of one layout scored as one: counts and confusions summed per field. Stateless. */
final class Merged {

  private Merged() {}

  static EvalResult of(List<EvalResult> results) {
    if (results.size() == 1) {
      return results.get(0);
    }
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Integer>>> confusions = new LinkedHashMap<>();
    List<ErrorCase> errors = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    int documents = 0;
    int omitted = 0;
    for (EvalResult r : results) {
      documents += r.documents();
      for (FieldResult f : r.fields()) {
        int[] c = counts.computeIfAbsent(f.field(), k -> new int[4]);
        c[0] += f.truePositives();
        c[1] += f.falsePositives();
        c[2] += f.falseNegatives();
        c[3] += f.expected();
        Map<String, Map<String, Integer>> m = confusions.computeIfAbsent(f.field(), k -> new LinkedHashMap<>());
        f.confusion().forEach((e, row) -> row.forEach((found, n) ->
            m.computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(found, n, Integer::sum)));
      }
      for (ErrorCase e : r.errors()) {
        if (errors.size() < Scoreboard.MAX_ERRORS) {
          errors.add(e);
        } else {
          omitted++;
        }
      }
      omitted += r.errorsOmitted();
      diagnostics.addAll(r.diagnostics());
    }
    List<FieldResult> fields = new ArrayList<>();
    counts.forEach((name, c) -> fields.add(new FieldResult(name, c[0], c[1], c[2], c[3], confusions.get(name))));
    String gold = String.join(" + ", results.stream().map(EvalResult::gold).toList());
    return new EvalResult(results.get(0).format(), gold, documents, fields, errors, omitted, diagnostics);
  }
}
