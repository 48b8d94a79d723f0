package org.vigil.report;

/**
 * Limits on untrusted input. Every rejection names the setting it comes from.
 *
 * @param maxTextChars longest report text accepted, in characters ({@value #MAX_TEXT_SETTING})
 * @param maxLineChars longest JSON Lines record, in characters ({@value #MAX_LINE_SETTING})
 * @param maxHtmlDepth deepest HTML nesting read ({@value #MAX_HTML_DEPTH_SETTING})
 */
public record ReadLimits(int maxTextChars, int maxLineChars, int maxHtmlDepth) {

  /** The setting of {@link #maxTextChars} in {@code vigil.properties}. */
  public static final String MAX_TEXT_SETTING = "ingest.max-text-chars";
  /** Where {@link #maxLineChars} comes from: a record may hold twice the longest text, and at least 10 MB. */
  public static final String MAX_LINE_SETTING = "twice ingest.max-text-chars, at least 10000000";
  /** {@link #maxHtmlDepth} is fixed: no page of news nests near it. */
  public static final String MAX_HTML_DEPTH_SETTING = "a fixed limit";

  public static final int DEFAULT_MAX_TEXT_CHARS = 5_000_000;
  public static final int DEFAULT_MAX_LINE_CHARS = 10_000_000;
  public static final int DEFAULT_MAX_HTML_DEPTH = 512;

  public ReadLimits {
    if (maxTextChars <= 0 || maxLineChars <= 0 || maxHtmlDepth <= 0) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }

  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_LINE_CHARS, DEFAULT_MAX_HTML_DEPTH);
  }
}
