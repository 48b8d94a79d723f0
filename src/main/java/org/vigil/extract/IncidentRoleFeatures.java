package org.vigil.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.learn.Features;

/**
 * The role features a candidate takes from its incident alone: the incident's type, how certain,
 * how recent, how much the report tells of it, and whether it is recalled; some also by the
 * candidate's kind. Being alike for every candidate of an incident (or of a kind), a model scores
 * them once per incident. Stateless; thread-safe.
 */
final class IncidentRoleFeatures {

  private static final String[] INCIDENT_NAMES = {"istrong", "itoll", "iwhen", "iloc", "iclaim", "iown", "imentions", "ifirst"};
  private static final String[] KIND_INCIDENT_NAMES = {"kistrong", "kitoll", "kiwhen"};

  private IncidentRoleFeatures() {}

  /**
   * Adds to {@code f} the features alike for all candidates ({@code kind} null) or those by the
   * candidate's kind, of the incident whose {@link #values} are given.
   */
  static void add(Features f, Draft d, Incident rules, String[] values, @Nullable String kind) {
    String type = rules.type().label();
    String background = String.valueOf(d.background);
    if (kind == null) {
      f.add("t", type);
      for (int i = 0; i < INCIDENT_NAMES.length; i++) {
        f.add(INCIDENT_NAMES[i], values[i]);
      }
      f.add("bg", background);
    } else {
      f.add("kt", kind, '/', type);
      for (int i = 0; i < KIND_INCIDENT_NAMES.length; i++) { // how certain, recent and deadly
        f.add(KIND_INCIDENT_NAMES[i], kind, '/', values[i]);
      }
      f.add("kbg", kind, '/', background);
    }
  }

  /** The incident's values, in the order of the feature names. */
  static String[] values(Doc doc, Draft d, List<Draft> all, Incident rules) {
    Casualties c = rules.casualties();
    boolean toll = c.killed() != null && c.killed().value() > 0 || c.wounded() != null && c.wounded().value() > 0
        || c.kidnapped() != null && c.kidnapped().value() > 0;
    String when = "none";
    if (rules.date() != null && doc.report.published() != null) {
      try {
        String v = rules.date().value();
        java.time.LocalDate day = java.time.LocalDate.parse(v.length() == 4 ? v + "-01-01" : v.length() == 7 ? v + "-01" : v);
        long days = java.time.temporal.ChronoUnit.DAYS.between(day, doc.report.published());
        when = days < 0 ? "future" : days <= 2 ? "0-2" : days <= 14 ? "3-14" : days <= 90 ? "15-90" : "old";
      } catch (java.time.format.DateTimeParseException e) {
        when = "unreadable";
      }
    }
    return new String[] {d.strong() ? "strong" : "weak", String.valueOf(toll), when,
        rules.location() == null ? "none" : rules.location().precision(), rules.claim().label(),
        String.valueOf(Math.min(4, all.stream().filter(x -> !x.background).count())),
        String.valueOf(Math.min(4, d.mentions.size())), String.valueOf(Math.min(4, d.first().sentence))};
  }
}
