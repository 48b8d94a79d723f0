package org.vigil.eval.scorecard;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints the scoreboard as an aligned text table or as a Markdown table. Stateless. */
public final class ScorecardPrinter {

  private ScorecardPrinter() {}

  /** An aligned table: set, measure, figure, target, status, detail, note. */
  public static void text(List<Row> rows, PrintWriter out) {
    String format = "%-22s %-30s %7s  %-26s %-6s %-16s %s%n";
    out.printf(Locale.ROOT, format, "set", "measure", "figure", "target", "status", "detail", "note");
    String previous = "";
    for (Row r : rows) {
      boolean first = !r.set().equals(previous);
      previous = r.set();
      out.printf(Locale.ROOT, format, first ? r.set() : "", r.measure(), figure(r), r.goal().text(),
          status(r), r.findFigure().map(Figure::detail).orElse(""), first || r.figure() == null ? r.note() : "");
    }
    long below = rows.stream().filter(r -> r.status() == Row.Status.BELOW).count();
    long missing = rows.stream().filter(r -> r.status() == Row.Status.NOT_AVAILABLE).count();
    out.printf(Locale.ROOT, "%n%d of %d targets met, %d below, %d not available%n",
        rows.stream().filter(r -> r.status() == Row.Status.MET).count(),
        rows.stream().filter(r -> r.goal().minimum() != null).count(), below, missing);
    out.flush();
  }

  /** The same rows as a Markdown table, for docs/quality.md. */
  public static void markdown(List<Row> rows, PrintWriter out) {
    out.println("| Set | Measure | Figure | Target | Status | Detail |");
    out.println("|---|---|---|---|---|---|");
    for (Row r : rows) {
      String detail = r.findFigure().map(Figure::detail).orElse(r.note());
      out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", r.set(), r.measure(),
          r.figure() == null ? "n/a" : "**" + figure(r) + "**", r.goal().text(), status(r), detail);
    }
    out.flush();
  }

  private static String figure(Row r) {
    return r.figure() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", r.figure().percent());
  }

  private static String status(Row r) {
    return switch (r.status()) {
      case MET -> "met";
      case BELOW -> "below";
      case WATCHED -> "-";
      case NOT_AVAILABLE -> "n/a";
    };
  }
}
