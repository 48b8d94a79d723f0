package org.vigil.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
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
 * {@link ReadProblem}; it never stops the others. Thread-safe.
 */
public final class ReportReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReadLimits limits;

  public ReportReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads one file, giving each report to {@code sink} and each skipped item to
   * {@code problems}.
   *
   * @param published publication date for plain-text and HTML files that carry none
   */
  public void read(Path file, @Nullable LocalDate published, Consumer<Report> sink,
      Consumer<ReadProblem> problems) {
    String name = file.toString();
    String content;
    try {
      long size = Files.size(file);
      if (size > (long) Math.max(limits.maxTextChars(), limits.maxLineChars()) * 4) {
        problems.accept(new ReadProblem(name, 0, "file of " + size + " bytes exceeds the limit of "
            + limits.maxTextChars() + " characters (report.max-text-chars)"));
        return;
      }
      content = decode(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      problems.accept(new ReadProblem(name, 0, "not UTF-8 text (binary or another encoding)"));
      return;
    } catch (IOException e) {
      problems.accept(new ReadProblem(name, 0, "cannot read: " + e.getMessage()));
      return;
    }
    read(name, content, published, sink, problems);
  }

  /** Reads content already in memory; {@code name} decides the format as a file name would. */
  public void read(String name, String content, @Nullable LocalDate published,
      Consumer<Report> sink, Consumer<ReadProblem> problems) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (content.indexOf('\0') >= 0) {
      problems.accept(new ReadProblem(name, 0, "binary content (NUL bytes)"));
    } else if (lower.endsWith(".json") && wholeDocument(name, content, sink, problems)) {
      return;
    } else if (lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson")) {
      readJsonLines(name, content, sink, problems);
    } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      HtmlText.Result r = HtmlText.extract(content, limits.maxHtmlDepth());
      LocalDate date = r.published() != null ? Dates.parseIso(r.published()) : null;
      accept(name, 0, new Report(baseName(name), r.title(), r.text(), date != null ? date : published,
          null, null, SourceMap.of(r.origin())), sink, problems);
    } else {
      accept(name, 0, Report.of(baseName(name), content, published), sink, problems);
    }
  }

  /** A {@code .json} file holding one record, or an array of them, over several lines. */
  private boolean wholeDocument(String name, String content, Consumer<Report> sink, Consumer<ReadProblem> problems) {
    String t = content.strip();
    if (!(t.startsWith("{") || t.startsWith("[")) || t.indexOf('\n') < 0) {
      return false;
    }
    JsonNode node;
    try {
      node = JSON.readTree(t);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false; // perhaps JSON Lines after all
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

  private void readJsonLines(String name, String content, Consumer<Report> sink,
      Consumer<ReadProblem> problems) {
    try (BufferedReader in = new BufferedReader(new StringReader(content))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        if (line.length() > limits.maxLineChars()) {
          problems.accept(new ReadProblem(name, n, "record of " + line.length()
              + " characters exceeds the limit of " + limits.maxLineChars() + " (report.max-line-chars)"));
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          problems.accept(new ReadProblem(name, n, "not a JSON object: " + e.getOriginalMessage()));
          continue;
        }
        record(name, n, node, sink, problems);
      }
    } catch (IOException e) {
      problems.accept(new ReadProblem(name, 0, "cannot read: " + e.getMessage()));
    }
  }

  private void record(String name, int line, JsonNode node, Consumer<Report> sink,
      Consumer<ReadProblem> problems) {
    if (!node.isObject()) {
      problems.accept(new ReadProblem(name, line, "expected a JSON object, found " + node.getNodeType()));
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

  private void accept(String name, int line, Report r, Consumer<Report> sink,
      Consumer<ReadProblem> problems) {
    if (r.text().isBlank()) {
      problems.accept(new ReadProblem(name, line, "empty report"));
    } else if (r.text().length() > limits.maxTextChars()) {
      problems.accept(new ReadProblem(name, line, "text of " + r.text().length()
          + " characters exceeds the limit of " + limits.maxTextChars() + " (report.max-text-chars)"));
    } else {
      sink.accept(r);
    }
  }

  private static @Nullable String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String baseName(String name) {
    return Path.of(name).getFileName().toString();
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
        .toString();
  }
}
