package org.vigil.report;

/**
 * Limits on untrusted input. Every rejection names the limit it hit.
 *
 * @param maxTextChars longest report text accepted, in characters ({@code report.max-text-chars})
 * @param maxLineChars longest JSON Lines record, in characters ({@code report.max-line-chars})
 * @param maxHtmlDepth deepest HTML nesting kept ({@code report.max-html-depth})
 */
public record ReadLimits(int maxTextChars, int maxLineChars, int maxHtmlDepth) {

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
