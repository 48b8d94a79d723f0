package org.vigil.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling normalisation for place names: pure functions, safe for any thread.
 *
 * <p>{@link #normalize} gives the key both the gazetteer and the mention finder use: lower case,
 * no diacritics, apostrophes dropped, every other non-letter a single space ("Al-Mawsil" and
 * "AL MAWSIL" both become "al mawsil"). {@link #skeleton} is a looser key for transliteration
 * variants: it also drops a leading Arabic article, spaces, doubled letters and the usual
 * alternations (ou/u, y/i, q/k, kh/k, w/v) and a final h after a vowel (Basrah/Basra), so "Qandahar" meets "Kandahar" and "Jalal Abad"
 * meets "Jalalabad".
 */
final class Names {

  /** Leading articles dropped by {@link #skeleton} (al-, el-, ad-, as-, ...). */
  static final Set<String> ARTICLES =
      org.vigil.text.WordSet.of("al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "ath", "ed", "es", "er", "ul", "ud");

  /** {@link #ARTICLES} as an array: read for every phrase a finder tries, faster than the set's iterator. */
  private static final String[] ARTICLE_LIST = ARTICLES.toArray(new String[0]);

  /** Letters of the longest article: a longer first word is no article, without a substring to look up. */
  private static final int LONGEST_ARTICLE = ARTICLES.stream().mapToInt(String::length).max().orElse(0);

  private Names() {}

  /** The normalised form of {@code s}; empty when it has no letters or digits. */
  static String normalize(CharSequence s) {
    return normalize(s, 0, s.length());
  }

  /** {@link #normalize(CharSequence)} of the characters of {@code s} from {@code from} to {@code to}, without copying them. */
  static String normalize(CharSequence s, int from, int to) {
    String word = asciiWord(s, from, to);
    if (word != null) {
      return word;
    }
    StringBuilder out = new StringBuilder(to - from);
    boolean pendingSpace = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          pendingSpace = append(out, c, pendingSpace);
        } else if (c >= 'A' && c <= 'Z') {
          pendingSpace = append(out, (char) (c + 32), pendingSpace);
        } else if (c == '\'' || c == '`') {
          continue;
        } else {
          pendingSpace = out.length() > 0;
        }
      } else {
        String folded = fold(c);
        if (folded == null) {
          pendingSpace = out.length() > 0;
        } else {
          for (int k = 0; k < folded.length(); k++) {
            pendingSpace = append(out, folded.charAt(k), pendingSpace);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * {@link #normalize} of a run of ASCII letters and digits (most words), lower-cased in one
   * array; null for any other run, which the general loop reads.
   */
  private static String asciiWord(CharSequence s, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out[i - from] = (char) (c + 32);
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out[i - from] = c;
      } else {
        return null;
      }
    }
    return new String(out);
  }

  private static boolean append(StringBuilder out, char c, boolean pendingSpace) {
    if (pendingSpace && out.length() > 0) {
      out.append(' ');
    }
    out.append(c);
    return false;
  }

  /** Folded forms of U+0080..U+02FF (Latin-1, Latin Extended, spacing modifiers), computed once. */
  private static final String[] LATIN = new String[0x300 - 0x80];

  /** Marks a separator in {@link #LATIN}. */
  private static final String SEPARATOR = "\u0000";

  static {
    for (char c = 0x80; c < 0x300; c++) {
      String f = computeFold(c);
      LATIN[c - 0x80] = f == null ? SEPARATOR : f;
    }
  }

  /** A non-ASCII character folded to lower-case ASCII: "" to drop it, null for a separator. */
  private static String fold(char c) {
    if (c < 0x300) {
      String f = LATIN[c - 0x80];
      return f == SEPARATOR ? null : f;
    }
    return computeFold(c);
  }

  private static String computeFold(char c) {
    switch (c) {
      case 'ß': return "ss";
      case 'æ': case 'Æ': return "ae";
      case 'œ': case 'Œ': return "oe";
      case 'ø': case 'Ø': return "o";
      case 'ł': case 'Ł': return "l";
      case 'đ': case 'Đ': case 'ð': case 'Ð': return "d";
      case 'ı': return "i";
      case 'þ': case 'Þ': return "th";
      case 'ħ': case 'Ħ': return "h";
      case '’': case '‘': case 'ʼ': case 'ʻ': case 'ʿ': case 'ʾ': case '´': return "";
      default:
        break;
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return "";
    }
    if (!Character.isLetterOrDigit(c)) {
      return null;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(2);
    for (int i = 0; i < d.length(); i++) {
      char x = d.charAt(i);
      if (Character.getType(x) != Character.NON_SPACING_MARK) {
        b.append(Character.toLowerCase(x));
      }
    }
    String r = b.toString().toLowerCase(Locale.ROOT);
    return r;
  }

  /** The transliteration-tolerant key of an already {@linkplain #normalize normalised} name. */
  static String skeleton(String normalized) {
    Letters b = new Letters(normalized.length());
    skeleton(normalized, b);
    return b.toString();
  }

  /**
   * Writes {@link #skeleton(String)} of {@code normalized} into {@code b}, replacing what it
   * held: a finder trying many phrases, most of them nobody's skeleton, reuses one buffer (and
   * may pass a phrase written into another buffer, never {@code b} itself).
   */
  static void skeleton(CharSequence normalized, Letters b) {
    CharSequence s = normalized;
    b.clear();
    int n = s.length();
    int from = 0;
    int space = indexOfSpace(s, Math.min(n, LONGEST_ARTICLE + 1));
    if (space > 0 && isArticle(s, space)) {
      from = space + 1;
    }
    char last = 0; // the last character written, as there is one
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      if (c == ' ' || c == '-') {
        continue;
      }
      if (c == 'o' && next == 'u') {
        c = 'u';
        i++;
      } else if ((c == 'k' || c == 'g' || c == 'd' || c == 't') && next == 'h') {
        i++;
      } else if (c == 'p' && next == 'h') {
        c = 'f';
        i++;
      } else if (c == 'y') {
        c = 'i';
      } else if (c == 'q') {
        c = 'k';
      } else if (c == 'w') {
        c = 'v';
      } else if (c == 'c' && next == 'k') {
        continue;
      }
      if (b.length() == 0 || last != c) {
        b.append(c);
        last = c;
      }
    }
    int len = b.length();
    if (len > 3 && b.charAt(len - 1) == 'h' && isVowel(b.charAt(len - 2))) {
      b.truncate(len - 1);
    }
  }

  /** The first space among the first {@code limit} characters of {@code s}; -1 when none. */
  private static int indexOfSpace(CharSequence s, int limit) {
    for (int i = 0; i < limit; i++) {
      if (s.charAt(i) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** Whether the first {@code length} characters of {@code s} are one of the {@link #ARTICLES}. */
  private static boolean isArticle(CharSequence s, int length) {
    for (String a : ARTICLE_LIST) {
      if (a.length() == length && startsWith(s, a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(CharSequence s, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (s.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The {@linkplain #skeleton skeleton} of an already normalised name without its vowels, and
   * with c as k: the loosest key, for comparing a name with the few names of one country's areas
   * only ("Tombouctou" and "Timbuktu" are both "tmbkt"). Empty when the name has no consonant.
   */
  static String consonants(String normalized) {
    String s = skeleton(normalized);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i) == 'c' ? 'k' : s.charAt(i);
      if (!isVowel(c) && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
