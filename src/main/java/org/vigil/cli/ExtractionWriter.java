package org.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.vigil.extract.Casualties;
import org.vigil.extract.Count;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.extract.Extraction;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.ReportInfo;
import org.vigil.extract.Incident;
import org.vigil.extract.Location;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Relation;

/** Writes extractions as pretty JSON, JSON Lines or a readable summary. Not thread-safe. */
final class ExtractionWriter {

  static final ObjectMapper JSON = new ObjectMapper();

  private final PrintWriter out;
  private final ExtractCommand.Format format;

  ExtractionWriter(PrintWriter out, ExtractCommand.Format format) {
    this.out = out;
    this.format = format;
  }

  void write(Extraction x) {
    try {
      switch (format) {
        case json -> out.println(JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(x));
        case jsonl -> out.println(JSON.writeValueAsString(x));
        case text -> text(x);
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an extraction, or for a report the engine failed on the same shape with no incidents
   * and its {@code "error"}: {@code {"report": {...}, "incidents": [], "error": "..."}}, so that
   * JSON Lines keep one line per report.
   */
  void write(ExtractionOutcome o) {
    if (!o.failed()) {
      write(o.extraction());
      return;
    }
    ObjectNode node = JSON.createObjectNode();
    node.set("report", JSON.valueToTree(ReportInfo.of(o.report())));
    node.putArray("incidents");
    node.put("error", o.failure().reason());
    switch (format) {
      case json -> out.println(node.toPrettyString());
      case jsonl -> out.println(node.toString());
      case text -> out.println("report " + o.report().id() + ": " + o.failure().reason());
    }
  }

  private void text(Extraction x) {
    out.println("report " + x.report().id() + (x.report().published() == null ? "" : " (published "
        + x.report().published() + ")") + ": " + x.incidents().size() + " incident(s)");
    int n = 1;
    for (Incident i : x.incidents()) {
      out.println("  " + n++ + ". " + i.type().label() + " (" + i.status().label()
          + (i.background() ? ", background" : "") + ")"
          + (i.date() == null ? "" : " " + i.date().value())
          + (i.location() == null ? "" : " - " + place(i.location())));
      if (!i.perpetrators().isEmpty()) {
        out.println("     perpetrators: " + i.perpetrators().stream().map(ExtractionWriter::perpetrator)
            .collect(Collectors.joining("; ")) + "; claim: " + i.claim().label());
      }
      if (!i.agencies().isEmpty()) {
        out.println("     agencies: " + i.agencies().stream().map(a -> a.name()).collect(Collectors.joining(", ")));
      }
      String c = casualties(i.casualties());
      if (!c.isEmpty()) {
        out.println("     casualties: " + c);
      }
      if (!i.targets().isEmpty()) {
        out.println("     targets: " + i.targets().stream().map(t -> t.type().label() + " (" + t.text() + ")")
            .collect(Collectors.joining(", ")));
      }
      if (!i.weapons().isEmpty()) {
        out.println("     weapons: " + i.weapons().stream().map(w -> w.type().label() + " (" + w.text() + ")")
            .collect(Collectors.joining(", ")));
      }
    }
    for (Relation r : x.relations()) {
      out.println("  relation: " + r.type() + " " + r.source() + " -> " + r.target());
    }
  }

  /**
   * The group, force or kind by name, with the people described in brackets; the words alone when
   * nothing names them.
   */
  private static String perpetrator(Perpetrator p) {
    String name = p.group() != null ? p.group() : p.agency() != null ? p.agency().name()
        : p.category() != null ? "kind: " + p.category() : null;
    String who = p.individuals() != null ? p.individuals() : name == null ? p.mention() : null;
    return (name == null ? "" : name) + (who == null ? "" : (name == null ? "" : " ") + "(" + who + ")");
  }

  /** "site, town, country": each once; a site with no town ("a school in Borno state") takes its province. */
  private static String place(Location l) {
    String town = l.city() != null ? l.city() : l.site() != null ? l.admin1() : l.name();
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {l.site(), town, l.country()}) {
      if (p != null && !parts.contains(p)) {
        parts.add(p);
      }
    }
    String rel = "in".equals(l.relation()) ? "" : " (" + l.relation() + ")";
    return String.join(", ", parts) + rel + " [" + l.precision() + "]";
  }

  private static String casualties(Casualties c) {
    StringBuilder sb = new StringBuilder();
    add(sb, "killed", c.killed());
    add(sb, "of them perpetrators", c.perpetratorsKilled());
    add(sb, "wounded", c.wounded());
    add(sb, "arrested", c.arrested());
    add(sb, "kidnapped", c.kidnapped());
    return sb.toString();
  }

  private static void add(StringBuilder sb, String label, Count c) {
    if (c == null) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(", ");
    }
    String q = switch (c.qualifier()) {
      case EXACT -> "";
      case AT_LEAST -> "at least ";
      case MORE_THAN -> "more than ";
      case ABOUT -> "about ";
      case UP_TO -> "up to ";
    };
    sb.append(label).append(' ').append(q).append(c.value());
  }
}
