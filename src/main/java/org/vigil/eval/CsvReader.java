package org.vigil.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote
 * inside quotes is one quote, and quoted fields may hold commas and line breaks. The first row is
 * the header. A row with the wrong number of fields or a field over the limit becomes a
 * {@link Diagnostic} and is skipped; reading goes on. Not thread-safe; one per file.
 */
public final class CsvReader {

  /** Most data rows read from one file. */
  public static final int MAX_ROWS = 1_000_000;
  /** Longest field accepted, in characters. */
  public static final int MAX_FIELD_CHARS = 100_000;

  private final String source;
  private final Reader in;
  private int line = 1;

  /** A reader of {@code in}; {@code source} names the file in diagnostics. */
  public CsvReader(String source, Reader in) {
    this.source = source;
    this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
  }

  /** Reads every row, passing good ones to {@code rows} and problems to {@code problems}. */
  public void read(Consumer<CsvRow> rows, Consumer<Diagnostic> problems) throws IOException {
    List<String> header = next(problems);
    if (header == null) {
      problems.accept(new Diagnostic(source, 1, "empty file; expected a header row"));
      return;
    }
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    int count = 0;
    while (true) {
      int start = line;
      List<String> fields = next(problems);
      if (fields == null) {
        return;
      }
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue;
      }
      if (++count > MAX_ROWS) {
        problems.accept(new Diagnostic(source, start, "more than " + MAX_ROWS
            + " rows (CsvReader.MAX_ROWS); the rest is not read"));
        return;
      }
      if (fields.size() != header.size()) {
        problems.accept(new Diagnostic(source, start, "row has " + fields.size()
            + " fields, expected " + header.size() + " as in the header; row skipped"));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        values.putIfAbsent(header.get(i).trim(), fields.get(i));
      }
      rows.accept(new CsvRow(start, values));
    }
  }

  /** The next record's fields, or null at the end of input. */
  private List<String> next(Consumer<Diagnostic> problems) throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean tooLong = false;
    int start = line;
    while (true) {
      if (c < 0) {
        if (quoted) {
          problems.accept(new Diagnostic(source, start, "quoted field not closed before the end of the file"));
        }
        fields.add(f.toString());
        return fields;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          in.mark(1);
          int d = in.read();
          if (d == '"') {
            append(f, '"');
          } else {
            quoted = false;
            if (d >= 0) {
              in.reset();
            }
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          tooLong |= !append(f, ch);
        }
      } else if (ch == '"' && f.isEmpty()) {
        quoted = true;
      } else if (ch == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        line++;
        fields.add(f.toString());
        if (tooLong) {
          problems.accept(new Diagnostic(source, start, "a field is longer than " + MAX_FIELD_CHARS
              + " characters (CsvReader.MAX_FIELD_CHARS); it was cut"));
        }
        return fields;
      } else {
        tooLong |= !append(f, ch);
      }
      c = in.read();
    }
  }

  private static boolean append(StringBuilder f, char ch) {
    if (f.length() >= MAX_FIELD_CHARS) {
      return false;
    }
    f.append(ch);
    return true;
  }
}
