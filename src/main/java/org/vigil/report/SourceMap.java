package org.vigil.report;

import java.util.Arrays;

/**
 * Maps offsets in a report's extracted text back to offsets in the document it came from.
 * Immutable.
 */
public final class SourceMap {

  private static final SourceMap IDENTITY = new SourceMap(new int[0]);

  private final int[] origin;

  private SourceMap(int[] origin) {
    this.origin = origin;
  }

  public static SourceMap identity() {
    return IDENTITY;
  }

  /** A map where character {@code i} of the text came from offset {@code origin[i]}; the array is copied. */
  public static SourceMap of(int[] origin) {
    return new SourceMap(Arrays.copyOf(origin, origin.length));
  }

  public boolean isIdentity() {
    return origin.length == 0;
  }

  /** The original offset of text offset {@code offset}; an end offset maps past the last character. */
  public int toOriginal(int offset) {
    if (isIdentity()) {
      return offset;
    }
    if (offset < origin.length) {
      return origin[offset];
    }
    return origin.length == 0 ? offset : origin[origin.length - 1] + 1;
  }

  /** The original end offset for a span ending at {@code end} (exclusive). */
  public int toOriginalEnd(int end) {
    return end == 0 ? toOriginal(0) : toOriginal(end - 1) + 1;
  }
}
