package org.vigil.extract;

import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Places named only as where people belong: "the rector of the Central American University", "a
 * university professor", "six Jesuits from the university", "embassy officials". The target is then
 * the people, named with their place ("rector of the Central American University"): the place
 * still gives the target type, as the GTD types a victim by whom they work for, but it was not
 * attacked for being named so. Thread-safe.
 */
final class Affiliations {

  private Affiliations() {}

  /** Nouns of people who belong to a place: its staff, members, students and heads. */
  private static final Set<String> PEOPLE = WordSet.of("rector", "rectors", "vice-rector", "dean", "deans",
      "professor", "professors", "lecturer", "lecturers", "student", "students", "lawyer", "lawyers", "leader",
      "leaders", "official", "officials", "employee", "employees", "worker", "workers", "member", "members",
      "staff", "president", "director", "directors", "chancellor", "teacher", "teachers", "jesuit", "jesuits",
      "priest", "priests", "chaplain", "spokesman", "spokeswoman", "council", "association", "authorities",
      "personnel", "community", "founder", "head", "chief", "secretary", "delegation", "delegates", "magistrate",
      "magistrates");
  /** Tokens back from the place word searched for "rector of", "Jesuits from". */
  private static final int LOOK_BACK = 7;

  /**
   * The token of the people a target phrase at tokens {@code [first, end)} names only as where they
   * belong ("rector" in "the rector of the university", "lecturer" in "a university lecturer"), or -1.
   */
  static int person(Doc doc, int first, int end) {
    int next = end;
    if (doc.key(next).equals("]") || doc.key(next).equals(")")) {
      next++; // "the UCA [Central American University] Jesuits"
    }
    if (PEOPLE.contains(doc.key(next)) && doc.tokens.get(next).isWord()) {
      return next; // "a university professor", "embassy officials"
    }
    for (int i = first - 1; i > 0 && i >= first - LOOK_BACK; i--) {
      String k = doc.key(i);
      if (k.equals("of") || k.equals("from")) {
        return PEOPLE.contains(doc.key(i - 1)) ? i - 1 : -1; // "the rector of the university", "Jesuits from it"
      }
      if (!doc.tokens.get(i).isWord() && !k.equals("'") || Phrases.isFunctionWord(k) && !k.equals("the")
          && !k.equals("s")) {
        return -1;
      }
    }
    return -1;
  }

  /** The target phrase {@code np} widened to the people it names the place of, if it names any. */
  static org.vigil.text.Span widened(Doc doc, org.vigil.text.Span np) {
    int first = doc.tokenAt(np.start());
    int end = doc.tokenAt(np.end());
    int p = person(doc, first, end);
    return p < 0 ? np : doc.span(Math.min(first, p), Math.max(end, p + 1));
  }
}
