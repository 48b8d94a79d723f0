package org.vigil.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.text.Span;

/**
 * Words that tell an incident was one of several of its kind ("one of three coordinated attacks
 * in the district that day", "one of a series of bombings"); not those that tell of the series
 * as one incident ("the twin bombings in Kerman", "simultaneous blasts hit the city"). They
 * are kept as evidence of field {@value #FIELD}: the knowledge base then knows that look-alike
 * events happened around it, so two such reports are one event only when they name one site.
 * Stateless.
 */
final class SeriesMentions {

  /** The evidence field that marks an incident as one of a series. */
  static final String FIELD = "series";

  private static final String EVENTS = "(?:attacks|incidents|bombings|blasts|explosions|arsons|arson attacks"
      + "|shootings|raids|assaults|ambushes|strikes|kidnappings|abductions)";
  private static final Pattern SERIES = Pattern.compile("\\bone of (?:at least |the )?(?:two|three|four|five|six"
      + "|seven|eight|nine|ten|\\d+|several|multiple|many|numerous|a number of|a series of|a wave of)\\s+"
      + "(?:[\\p{L}-]+\\s+){0,2}?" + EVENTS + "\\b");

  private SeriesMentions() {}

  /** The first words of the token ranges {@code ranges} that tell of a series, if any. */
  static Optional<Span> find(Doc doc, List<int[]> ranges) {
    String lower = doc.lowerText();
    for (int[] r : ranges) {
      if (r[1] <= r[0]) {
        continue;
      }
      Span s = doc.span(r[0], r[1]);
      if (!holds(lower, "one of", s.start(), s.end())) {
        continue; // every series begins "one of": most ranges are passed over without the pattern
      }
      Matcher m = SERIES.matcher(lower).region(s.start(), s.end());
      if (m.find()) {
        return Optional.of(new Span(m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code words} stand within {@code [from, to)} of {@code s}: a search that stops at
   * the range's end, where one for the first occurrence after {@code from} would read the rest
   * of the report for every range of every incident.
   */
  private static boolean holds(String s, String words, int from, int to) {
    for (int p = s.indexOf(words.charAt(0), from); p >= 0 && p + words.length() <= to;
        p = s.indexOf(words.charAt(0), p + 1)) {
      if (s.startsWith(words, p)) {
        return true;
      }
    }
    return false;
  }
}
