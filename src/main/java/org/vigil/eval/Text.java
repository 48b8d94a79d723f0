package org.vigil.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Text normalisation shared by the scorers. Stateless. */
public final class Text {

  /** Characters of a document shown in an error case. */
  public static final int SNIPPET_CHARS = 160;

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");

  private Text() {}

  /**
   * Lower case, accents removed, punctuation and runs of spaces made one space, and a leading
   * "the", "a" or "an" dropped: "THE  Jesuit-priests" and "jesuit priests" are equal.
   */
  public static String normalize(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return LEADING_ARTICLE.matcher(n).replaceFirst("");
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
