package org.vigil.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Prints an {@link EvalResult} as readable tables, or writes it as JSON. Stateless. */
public final class ResultPrinter {

  /** Most labels shown per confusion matrix; the full matrix is in the JSON. */
  public static final int MAX_MATRIX_LABELS = 12;
  /** How many of the most frequent disagreements are listed per field. */
  public static final int TOP_ERRORS = 5;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultPrinter() {}

  /** Writes the full result, errors included, as indented JSON. */
  public static void writeJson(EvalResult r, Path out) throws IOException {
    Files.writeString(out, JSON.writeValueAsString(r) + "\n");
  }

  /** The score table, the confusion matrices and the most frequent errors. */
  public static void print(EvalResult r, PrintWriter out) {
    out.printf(Locale.ROOT, "%s: %d document(s) from %s%n%n", r.format(), r.documents(), r.gold());
    out.printf(Locale.ROOT, "%-28s %6s %6s %6s %6s %7s %7s %7s %7s%n", "field", "gold", "tp", "fp", "fn",
        "P", "R", "F1", "acc");
    for (FieldResult f : r.fields()) {
      out.printf(Locale.ROOT, "%-28s %6d %6d %6d %6d %7.1f %7.1f %7.1f %7.1f%n", f.field(), f.expected(),
          f.truePositives(), f.falsePositives(), f.falseNegatives(), 100 * f.precision(),
          100 * f.recall(), 100 * f.f1(), 100 * f.accuracy());
    }
    for (FieldResult f : r.fields()) {
      if (!f.confusion().isEmpty()) {
        matrix(f, out);
      }
    }
    out.printf(Locale.ROOT, "%nmost frequent errors (%d in all%s):%n", r.errors().size() + r.errorsOmitted(),
        r.errorsOmitted() > 0 ? ", " + r.errorsOmitted() + " not kept" : "");
    for (FieldResult f : r.fields()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      r.errors().stream().filter(e -> e.field().equals(f.field()))
          .forEach(e -> counts.merge("expected " + e.expected() + ", found " + e.found(), 1, Integer::sum));
      counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(TOP_ERRORS).forEach(e -> out.printf(Locale.ROOT, "  %-24s %4d  %s%n", f.field(), e.getValue(),
              shorten(e.getKey())));
    }
    List<Diagnostic> gold = r.diagnostics().stream().filter(d -> !d.engineFailure()).toList();
    if (!gold.isEmpty()) {
      out.printf(Locale.ROOT, "%n%d problem(s) in the gold data, e.g. %s%n", gold.size(), gold.get(0));
    }
    if (!r.engineFailures().isEmpty()) {
      out.printf(Locale.ROOT, "%n%d document(s) the engine failed on, scored as finding nothing:%n",
          r.engineFailures().size());
      r.engineFailures().forEach(d -> out.println("  " + d));
    }
    out.flush();
  }

  private static void matrix(FieldResult f, PrintWriter out) {
    TreeSet<String> labels = new TreeSet<>(f.confusion().keySet());
    f.confusion().values().forEach(m -> labels.addAll(m.keySet()));
    List<String> shown = labels.stream().sorted(Comparator.comparingInt((String l) -> -total(f, l)))
        .limit(MAX_MATRIX_LABELS).toList();
    out.printf(Locale.ROOT, "%nconfusion of %s (rows: gold, columns: found)%n%-22s", f.field(), "");
    shown.forEach(l -> out.printf(Locale.ROOT, " %8s", cut(l, 8)));
    out.println();
    for (String row : shown) {
      out.printf(Locale.ROOT, "%-22s", cut(row, 22));
      for (String col : shown) {
        out.printf(Locale.ROOT, " %8d", f.confusion().getOrDefault(row, Map.of()).getOrDefault(col, 0));
      }
      out.println();
    }
  }

  private static int total(FieldResult f, String label) {
    int n = f.confusion().getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    for (Map<String, Integer> m : f.confusion().values()) {
      n += m.getOrDefault(label, 0);
    }
    return n;
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 140 ? one : one.substring(0, 140) + "…";
  }
}
