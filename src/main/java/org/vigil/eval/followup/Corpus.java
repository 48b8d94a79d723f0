package org.vigil.eval.followup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.report.ReadLimits;
import org.vigil.report.Report;
import org.vigil.report.ReportReader;

/**
 * A follow-up corpus: {@code reports.jsonl} (reports as {@code vigil ingest} reads them),
 * {@code events.tsv} (each event with its final killed toll) and {@code gold.tsv} (the events
 * each report tells of). The bundled one is {@link #RESOURCE}. Immutable.
 *
 * @param reports in publication order (then by id)
 */
public record Corpus(List<Report> reports, Map<String, Event> events, Map<String, List<Mention>> mentions) {

  /** Where the bundled corpus is on the classpath. */
  public static final String RESOURCE = "/org/vigil/eval/followups/";

  public Corpus {
    reports = List.copyOf(reports);
    events = Map.copyOf(events);
    mentions = Map.copyOf(mentions);
  }

  /** What an event's stored incident should say in the end. */
  public record Event(String id, @Nullable Integer killed, String qualifier, String description) {}

  /**
   * One event a report tells of.
   *
   * @param kind attack, arrest, plot or threat
   * @param news the report's own news (false: it only recalls the event)
   */
  public record Mention(String report, String event, String kind, boolean news) {
    public Mention {
      if (!List.of("attack", "arrest", "plot", "threat").contains(kind)) {
        throw new IllegalArgumentException("mention kind '" + kind + "' of report " + report
            + " is not attack, arrest, plot or threat");
      }
    }
  }

  /** The corpus bundled with Vigil. */
  public static Corpus bundled() {
    return parse(RESOURCE, resource("reports.jsonl"), resource("events.tsv"), resource("gold.tsv"));
  }

  /** The corpus in a directory. */
  public static Corpus read(Path dir) throws IOException {
    return parse(dir.toString(), Files.readString(dir.resolve("reports.jsonl")),
        Files.readString(dir.resolve("events.tsv")), Files.readString(dir.resolve("gold.tsv")));
  }

  /** @throws IllegalArgumentException naming the file and line of a malformed entry */
  static Corpus parse(String where, String reportsJsonl, String eventsTsv, String goldTsv) {
    List<Report> reports = new ArrayList<>();
    new ReportReader(ReadLimits.defaults()).read("reports.jsonl", reportsJsonl, null, reports::add, p -> {
      throw new IllegalArgumentException(where + "reports.jsonl: " + p);
    });
    reports.sort(Comparator.comparing((Report r) -> Objects.requireNonNull(r.published(),
        () -> where + "reports.jsonl: report " + r.id() + " has no publication date")).thenComparing(Report::id));
    Map<String, Event> events = new LinkedHashMap<>();
    for (String[] f : rows(where + "events.tsv", eventsTsv, 3)) {
      String[] toll = f[1].split(" ");
      events.put(f[0], new Event(f[0], f[1].equals("-") ? null : Integer.valueOf(toll[0]),
          toll.length > 1 ? toll[1] : "exact", f[2]));
    }
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    for (String[] f : rows(where + "gold.tsv", goldTsv, 2)) {
      List<Mention> list = new ArrayList<>();
      for (String m : f[1].split(";\\s*")) {
        String[] p = m.strip().split(" ");
        if (p.length != 3 || !events.containsKey(p[0]) || !p[2].equals("news") && !p[2].equals("recall")) {
          throw new IllegalArgumentException(where + "gold.tsv: report " + f[0] + ": '" + m
              + "' is not 'EVENT KIND news|recall' with an event of events.tsv");
        }
        list.add(new Mention(f[0], p[0], p[1], p[2].equals("news")));
      }
      mentions.put(f[0], list);
    }
    for (Report r : reports) {
      if (!mentions.containsKey(r.id())) {
        throw new IllegalArgumentException(where + "gold.tsv: report " + r.id() + " has no line");
      }
    }
    return new Corpus(reports, events, mentions);
  }

  /** Every mention, report by report in publication order. */
  public List<Mention> allMentions() {
    List<Mention> out = new ArrayList<>();
    reports.forEach(r -> out.addAll(mentions.get(r.id())));
    return out;
  }

  public Optional<Event> event(String id) {
    return Optional.ofNullable(events.get(id));
  }

  private static List<String[]> rows(String name, String content, int fields) {
    List<String[]> out = new ArrayList<>();
    String[] lines = content.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].startsWith("#")) {
        continue;
      }
      String[] f = lines[i].split("\t");
      if (f.length != fields) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected " + fields + " tab-separated fields, found "
            + f.length);
      }
      out.add(f);
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE + name)) {
      if (in == null) {
        throw new IllegalStateException("follow-up corpus file " + RESOURCE + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
