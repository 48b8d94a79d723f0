package org.vigil.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads report files: {@code .jsonl}/{@code .json} as JSON Lines records
 * {@code {"id","title","text","published","source","url"}}, {@code .html}/{@code .htm} as
 * web pages, anything else as plain UTF-8 text. A bad file or record becomes a
 * {@link ReadProblem}; it never stops the others: in JSON Lines a line that is not UTF-8 or not
 * JSON loses only itself. Thread-safe.
 */
public final class ReportReader {

  /** Receives each report read with the line of its file it starts on (0 when the file is one report). */
  @FunctionalInterface
  public interface NumberedSink {
    void accept(Report report, int line);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReadLimits limits;
  private final @Nullable Consumer<ReadProblem> undated;

  public ReportReader(ReadLimits limits) {
    this(limits, null);
  }

  /**
   * A reader that dates plain-text and HTML reports given no publication date from their
   * dateline or file name ({@link PublicationDates}), telling {@code undated} how each such
   * report was dated, or that it stays undated.
   */
  public ReportReader(ReadLimits limits, @Nullable Consumer<ReadProblem> undated) {
    this.limits = limits;
    this.undated = undated;
  }

  /**
   * Reads one file, giving each report to {@code sink} and each skipped item to
   * {@code problems}.
   *
   * @param published publication date for plain-text and HTML files that carry none
   */
  public void read(Path file, @Nullable LocalDate published, Consumer<Report> sink,
      Consumer<ReadProblem> problems) {
    readNumbered(file, published, (r, line) -> sink.accept(r), problems);
  }

  /** Like {@link #read(Path, LocalDate, Consumer, Consumer)}, with the line each report starts on. */
  public void readNumbered(Path file, @Nullable LocalDate published, NumberedSink sink,
      Consumer<ReadProblem> problems) {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > (long) Math.max(limits.maxTextChars(), limits.maxLineChars()) * 4) {
        problems.accept(new ReadProblem(name, 0, "file of " + size + " bytes exceeds the limit of "
            + limits.maxTextChars() + " characters (" + ReadLimits.MAX_TEXT_SETTING + ")"));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.accept(new ReadProblem(name, 0, "cannot read: " + e.getMessage()));
      return;
    }
    String content;
    try {
      content = decode(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      if (jsonLines(name)) {
        readJsonLines(name, Utf8Lines.of(bytes), sink, problems); // a bad line loses only itself
      } else {
        problems.accept(new ReadProblem(name, 0, "not UTF-8 text (binary or another encoding)"));
      }
      return;
    }
    readNumbered(name, content, published, sink, problems);
  }

  /** Reads content already in memory; {@code name} decides the format as a file name would. */
  public void read(String name, String content, @Nullable LocalDate published,
      Consumer<Report> sink, Consumer<ReadProblem> problems) {
    readNumbered(name, content, published, (r, line) -> sink.accept(r), problems);
  }

  /** Like {@link #read(String, String, LocalDate, Consumer, Consumer)}, with the line each report starts on. */
  public void readNumbered(String name, String content, @Nullable LocalDate published,
      NumberedSink sink, Consumer<ReadProblem> problems) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (content.indexOf('\0') >= 0 && !jsonLines(name)) {
      problems.accept(new ReadProblem(name, 0, "binary content (NUL bytes)"));
    } else if (lower.endsWith(".json") && wholeDocument(name, content, sink, problems)) {
      return;
    } else if (jsonLines(name)) {
      readJsonLines(name, Utf8Lines.of(content), sink, problems);
    } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      html(name, content, published, sink, problems);
    } else {
      accept(name, 0, Report.of(baseName(name), content, published != null ? published : guess(name, content)),
          sink, problems);
    }
  }

  private static boolean jsonLines(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson");
  }

  /**
   * A web page's text. Nesting deeper than {@link ReadLimits#maxHtmlDepth} is refused before the
   * page is parsed (a million nested elements would fill the heap) and when the parse cuts text.
   */
  private void html(String name, String content, @Nullable LocalDate published, NumberedSink sink,
      Consumer<ReadProblem> problems) {
    if (HtmlDepth.deepest(content, limits.maxHtmlDepth()) > limits.maxHtmlDepth()) {
      problems.accept(tooDeep(name));
      return;
    }
    HtmlText.Result r = HtmlText.extract(content, limits.maxHtmlDepth());
    if (r.cut() && r.text().isBlank()) {
      problems.accept(tooDeep(name));
      return;
    }
    LocalDate date = r.published() != null ? Dates.parseIso(r.published()) : null;
    date = date != null ? date : published != null ? published : guess(name, r.text());
    accept(name, 0, new Report(baseName(name), r.title(), r.text(), date,
        null, null, SourceMap.of(r.origin())), sink, problems);
  }

  /** The date of the report's dateline or file name, when this reader looks for one; tells what it found. */
  private @Nullable LocalDate guess(String name, String text) {
    if (undated == null || text.isBlank()) {
      return null;
    }
    java.util.Optional<PublicationDates.Found> found = PublicationDates.find(name, text);
    undated.accept(new ReadProblem(name, 0, found.map(f -> "no publication date given; dated " + f.date()
        + " from " + f.where() + " (--published DATE sets it)").orElse("no publication date given or found in "
        + "its dateline or file name: relative dates such as 'on Monday' stay unresolved (--published DATE sets it)")));
    return found.map(PublicationDates.Found::date).orElse(null);
  }

  private ReadProblem tooDeep(String name) {
    return new ReadProblem(name, 0, "HTML nested deeper than " + limits.maxHtmlDepth()
        + " elements, the most read (" + ReadLimits.MAX_HTML_DEPTH_SETTING + ")");
  }

  /** A {@code .json} file holding one record, or an array of them, over several lines. */
  private boolean wholeDocument(String name, String content, NumberedSink sink, Consumer<ReadProblem> problems) {
    String t = content.strip();
    if (!(t.startsWith("{") || t.startsWith("[")) || t.indexOf('\n') < 0) {
      return false;
    }
    JsonNode node;
    try {
      node = JSON.readTree(t);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      if (parses(t.lines().findFirst().orElse(""))) {
        return false; // JSON Lines after all
      }
      // one document over several lines, broken: one problem where the parser stopped, not one per line
      int before = (int) content.substring(0, content.indexOf(t.charAt(0))).chars().filter(c -> c == '\n').count();
      problems.accept(new ReadProblem(name, e.getLocation() == null ? 0 : before + e.getLocation().getLineNr(),
          JsonProblems.describe(e)));
      return true;
    }
    if (node.isArray()) {
      int i = 0;
      for (JsonNode r : node) {
        record(name, ++i, r, sink, problems);
      }
    } else {
      record(name, 1, node, sink, problems);
    }
    return true;
  }

  private static boolean parses(String line) {
    try {
      JSON.readTree(line);
      return true;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false;
    }
  }

  private void readJsonLines(String name, Utf8Lines lines, NumberedSink sink, Consumer<ReadProblem> problems) {
    for (int n = 1; n <= lines.count(); n++) {
      String line = lines.line(n);
      if (line == null) {
        problems.accept(new ReadProblem(name, n, "line is not UTF-8 text"));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.length() > limits.maxLineChars()) {
        problems.accept(new ReadProblem(name, n, "record of " + line.length()
            + " characters exceeds the limit of " + limits.maxLineChars() + " (" + ReadLimits.MAX_LINE_SETTING + ")"));
        continue;
      }
      if (line.indexOf('\0') >= 0) {
        problems.accept(new ReadProblem(name, n, "binary content (NUL bytes)"));
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        problems.accept(new ReadProblem(name, n, JsonProblems.describe(e)));
        continue;
      }
      record(name, n, node, sink, problems);
    }
  }

  private void record(String name, int line, JsonNode node, NumberedSink sink,
      Consumer<ReadProblem> problems) {
    if (!node.isObject()) {
      problems.accept(new ReadProblem(name, line, "expected a record in braces {\"text\": ...}, found "
          + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
      return;
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      problems.accept(new ReadProblem(name, line, "record has no \"text\" string"));
      return;
    }
    String id = str(node, "id");
    String published = str(node, "published");
    LocalDate date = published == null ? null : Dates.parseIso(published);
    if (published != null && date == null) {
      problems.accept(new ReadProblem(name, line, "\"published\" is not an ISO date: " + published
          + " (read without a publication date)"));
    }
    accept(name, line, new Report(id != null ? id : baseName(name) + ":" + line, str(node, "title"),
        text.asText(), date, str(node, "source"), str(node, "url"), SourceMap.identity()),
        sink, problems);
  }

  private void accept(String name, int line, Report r, NumberedSink sink,
      Consumer<ReadProblem> problems) {
    if (r.text().isBlank()) {
      problems.accept(new ReadProblem(name, line, "empty report"));
    } else if (r.text().length() > limits.maxTextChars()) {
      problems.accept(new ReadProblem(name, line, "text of " + r.text().length()
          + " characters exceeds the limit of " + limits.maxTextChars() + " (" + ReadLimits.MAX_TEXT_SETTING + ")"));
    } else {
      sink.accept(r, line);
    }
  }

  private static @Nullable String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String baseName(String name) {
    return Path.of(name).getFileName().toString();
  }

  /** Strict UTF-8 of {@code bytes[from, to)}, a byte-order mark at the start dropped. */
  static String decode(byte[] bytes, int from, int to) throws CharacterCodingException {
    int skip = to - from >= 3 && bytes[from] == (byte) 0xEF && bytes[from + 1] == (byte) 0xBB
        && bytes[from + 2] == (byte) 0xBF ? 3 : 0;
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, from + skip, to - from - skip))
        .toString();
  }
}
