package org.vigil.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a line that is not valid JSON, in words a user can act on: the column and
 * the mistake ("a comma is missing between two fields"), without the parser's internals (its
 * source descriptions, feature names, character codes). Thread-safe (no state).
 */
final class JsonProblems {

  private record Rule(Pattern parser, String plain) {}

  private static final List<Rule> RULES = List.of(
      rule("end-of-input: was expecting closing quote", "the line ends inside a string (a closing \" is missing)"),
      rule("end-of-input.*(Object|close marker for Object)", "the line ends before the object is closed (a } is missing)"),
      rule("end-of-input.*(Array|close marker for Array)", "the line ends before the list is closed (a ] is missing)"),
      rule("end-of-input", "the line ends before the record is complete"),
      rule("Unexpected character \\('}'.*double-quote to start field name",
          "found } where a field name in double quotes was expected (a trailing comma before it?)"),
      rule("Unexpected character \\('([^']*)'.*double-quote to start field name",
          "found $1 where a field name in double quotes was expected"),
      rule("Unexpected character \\('([^']*)'.*comma to separate Object entries",
          "found $1 where a comma between two fields was expected"),
      rule("Unexpected character \\('([^']*)'.*comma to separate Array entries",
          "found $1 where a comma between two list items was expected"),
      rule("Unexpected character \\('([^']*)'.*colon to separate field name and value",
          "found $1 where a colon between a field name and its value was expected"),
      rule("Unexpected character \\('([^']*)'.*expected a value", "found $1 where a value was expected"),
      rule("Unexpected character \\('([^']*)'", "unexpected character $1"),
      rule("Unrecognized token '([^']*)'", "$1 is not a JSON value (text goes in double quotes)"),
      rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)",
          "a control character (code $1) inside a string must be escaped, as \\n or \\t"),
      rule("Unexpected close marker '(.)'", "unexpected $1 (brackets do not match)"));

  private JsonProblems() {}

  /** "not valid JSON at column 14: found } where ..."; the parser's own words, cleaned, when no rule knows them. */
  static String describe(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    String first = original.lines().findFirst().orElse("").strip();
    String plain = null;
    for (Rule r : RULES) {
      Matcher m = r.parser().matcher(first);
      if (m.find()) {
        plain = m.groupCount() > 0 && m.group(1) != null ? r.plain().replace("$1", m.group(1)) : r.plain();
        break;
      }
    }
    if (plain == null) {
      plain = first.replaceAll("\\s*\\(code \\d+\\)", "").replaceAll("\\s*\\(StreamReadFeature[^)]*\\)", "")
          .replaceAll("Source: REDACTED", "").strip();
    }
    JsonLocation at = e.getLocation();
    String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
    return "not valid JSON" + column + ": " + plain;
  }

  private static Rule rule(String parser, String plain) {
    return new Rule(Pattern.compile(parser), plain);
  }
}
