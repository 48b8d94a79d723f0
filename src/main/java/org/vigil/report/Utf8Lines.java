package org.vigil.report;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a JSON Lines file, each decoded on its own, so that a line in another encoding
 * (or cut in the middle of a character) loses only itself. Immutable.
 */
final class Utf8Lines {

  private final List<@Nullable String> lines;

  private Utf8Lines(List<@Nullable String> lines) {
    this.lines = lines;
  }

  /** Lines of raw bytes, split at line feeds (a carriage return before one is dropped). */
  static Utf8Lines of(byte[] bytes) {
    List<@Nullable String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        if (i < bytes.length || end > start) {
          out.add(decode(bytes, start, end));
        }
        start = i + 1;
      }
    }
    return new Utf8Lines(out);
  }

  /** Lines of text already decoded. */
  static Utf8Lines of(String content) {
    return new Utf8Lines(new ArrayList<>(content.lines().toList()));
  }

  int count() {
    return lines.size();
  }

  /** Line {@code n}, counted from 1; null when it is not UTF-8. */
  @Nullable String line(int n) {
    return lines.get(n - 1);
  }

  private static @Nullable String decode(byte[] bytes, int from, int to) {
    try {
      return ReportReader.decode(bytes, from, to);
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
