package org.vigil.text;

import java.text.Normalizer;

/**
 * Folds words to the form used for matching: lower-case, diacritics removed, typographic
 * quotes and dashes made plain. Stateless and thread-safe.
 */
public final class Fold {

  private Fold() {}

  /** The matching key of a word as written. */
  public static String key(CharSequence word) {
    if (word instanceof String s && plain(s)) {
      return s.toLowerCase(java.util.Locale.ROOT); // most words: no copy, none at all when already lower case
    }
    StringBuilder sb = new StringBuilder(word.length());
    boolean ascii = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c >= 128) {
        ascii = false;
      }
      sb.append(c);
    }
    String s = sb.toString();
    if (!ascii) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
          .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-').replace('\u2014', '-')
          .replace("\u00df", "ss").replace('\u0131', 'i').replace('\u0142', 'l').replace('\u00f8', 'o');
    }
    return s.toLowerCase(java.util.Locale.ROOT);
  }

  /** ASCII without dots: nothing to fold but case. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c >= 128) {
        return false;
      }
    }
    return true;
  }
}
