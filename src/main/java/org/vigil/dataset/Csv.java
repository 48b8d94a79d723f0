package org.vigil.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A small RFC 4180 reader: comma-separated fields, optional double quotes (with {@code ""} for
 * a quote), line breaks inside quoted fields, CRLF or LF records. A record longer than
 * {@code maxRecordChars} is reported and skipped to its end. Not thread-safe.
 */
final class Csv {

  /** One record and the line it starts on; {@code problem} is set when it was skipped. */
  record Row(int line, List<String> fields, @Nullable String problem) {}

  private final Reader in;
  private final int maxRecordChars;
  private int line = 1;
  private int peeked = -2;

  Csv(Reader in, int maxRecordChars) {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
  }

  /** The next record, or empty at the end of the input. */
  Optional<Row> next() throws IOException {
    if (peek() == -1) {
      return Optional.empty();
    }
    int start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int chars = 0;
    boolean quoted = false;
    boolean tooLong = false;
    while (true) {
      int c = read();
      if (c != -1 && ++chars > maxRecordChars && !tooLong) {
        tooLong = true;
      }
      if (quoted) {
        if (c == -1) {
          return Optional.of(new Row(start, List.of(), "unterminated quoted field"));
        } else if (c == '"') {
          if (peek() == '"') {
            read();
            append(field, '"', tooLong);
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          append(field, (char) c, tooLong);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && peek() == '\n') {
        continue;
      } else if (c == '\n' || c == -1) {
        if (c == '\n') {
          line++;
        }
        fields.add(field.toString());
        return Optional.of(tooLong
            ? new Row(start, List.of(), "record longer than " + maxRecordChars + " characters (dataset.max-record-chars)")
            : new Row(start, fields, null));
      } else {
        append(field, (char) c, tooLong);
      }
    }
  }

  private static void append(StringBuilder field, char c, boolean tooLong) {
    if (!tooLong) {
      field.append(c);
    }
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    return in.read();
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }
}
