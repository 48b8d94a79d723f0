package org.vigil.geo;

/** Splits tab-separated lines without regular expressions or per-field allocation beyond the strings. */
final class Tsv {

  private Tsv() {}

  /**
   * Splits {@code line} at tabs into {@code fields}, up to its length (the last field keeps any
   * further tabs). Fields not present are set to "". Returns the number of fields found.
   */
  static int split(String line, String[] fields) {
    int n = 0;
    int start = 0;
    while (n < fields.length - 1) {
      int tab = line.indexOf('\t', start);
      if (tab < 0) {
        break;
      }
      fields[n++] = line.substring(start, tab);
      start = tab + 1;
    }
    fields[n++] = line.substring(start);
    for (int i = n; i < fields.length; i++) {
      fields[i] = "";
    }
    return n;
  }
}
