package org.vigil.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Text normalisation shared by the scorers. Stateless. */
public final class Text {

  /** Characters of a document shown in an error case. */
  public static final int SNIPPET_CHARS = 160;

  private static final Pattern ARTICLES = Pattern.compile("\\b(the|a|an)\\b");
  private static final Pattern PUNCTUATION = Pattern.compile("\\p{Punct}");

  private Text() {}

  /**
   * The comparison form used by the MUC-4 role-filler literature: lower case, accents and ASCII
   * punctuation removed ("MAYOR'S" is "mayors"), the articles "the", "a" and "an" dropped, and
   * runs of other separators made one space: "THE  Mayor's car" and "mayors car" are equal.
   */
  public static String normalize(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    n = PUNCTUATION.matcher(n).replaceAll("");
    n = ARTICLES.matcher(n).replaceAll(" ");
    return n.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** True when both are non-blank and equal after {@link #normalize}. */
  public static boolean same(@Nullable String a, @Nullable String b) {
    String x = normalize(a);
    return !x.isEmpty() && x.equals(normalize(b));
  }

  /** The first {@link #SNIPPET_CHARS} characters, on one line. */
  public static String snippet(String text) {
    String one = text.replaceAll("\\s+", " ").trim();
    return one.length() <= SNIPPET_CHARS ? one : one.substring(0, SNIPPET_CHARS) + "…";
  }

  /** Great-circle distance in kilometres. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
        * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
