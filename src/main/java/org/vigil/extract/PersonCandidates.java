package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * The people named in a range of tokens as role candidates: each name, its shorter forms (the
 * first words, the last words), and the name and its first words with the title or rank written
 * before them ("COLONEL RENE EMILIO PONCE", "COLONEL RENE EMILIO": a report may give the perpetrator so
 * while it names a victim without the title). Thread-safe.
 */
final class PersonCandidates {

  /** Most words of a run of name words read as one name ("PAULO CESAR PAIM DE OLIVEIRA"). */
  static final int MAX_NAME_WORDS = 6;

  /** Lower-case particles inside a name that are too short or too common to be name words themselves. */
  private static final Set<String> PARTICLES = WordSet.of("y", "da", "dos", "das");

  /** Particles that join the parts of a Spanish or Portuguese name: no shorter form starts or ends with one. */
  private static final Set<String> JOINING = WordSet.of("de", "del", "la", "las", "los", "y", "da", "do", "dos", "das", "e");

  /** Words that qualify a title before a name: "FORMER MAJOR", "SECOND LIEUTENANT", "RETIRED GENERAL". */
  private static final Set<String> TITLE_QUALIFIERS = WordSet.of("former", "second", "first", "retired", "late");

  private PersonCandidates() {}

  /** Adds the person candidates of tokens {@code [from, to)} to {@code out}. */
  static void add(Doc doc, int from, int to, List<RoleCandidate> out) {
    for (Span p : persons(doc, from, to)) {
      int first = doc.tokenAt(p.start());
      int end = doc.tokenAt(p.end());
      out.add(new RoleCandidate(RoleCandidate.Kind.PERSON, first, end, end - 1, "person", "name", p));
      for (int e = first + 2; e < end; e++) {
        if (!JOINING.contains(doc.key(e - 1))) { // not "STELA TORRADO DE"
          out.add(new RoleCandidate(RoleCandidate.Kind.PERSON, first, e, e - 1, "person", "short", doc.span(first, e)));
        }
      }
      for (int b = first + 1; b + 2 <= end; b++) {
        if (!JOINING.contains(doc.key(b)) && !JOINING.contains(doc.key(b - 1))) { // not "DE GUERRERO", nor "LA CRUZ" of "DE LA CRUZ"
          out.add(new RoleCandidate(RoleCandidate.Kind.PERSON, b, end, end - 1, "person", "tail", doc.span(b, end)));
        }
      }
      int title = titleStart(doc, first, from);
      for (int e = first + 2; title < first && e <= end; e++) {
        out.add(new RoleCandidate(RoleCandidate.Kind.PERSON, title, e, e - 1, "person", "title", doc.span(title, e)));
      }
    }
  }

  /** Where a title written right before the name starts ("FORMER MAJOR"), or {@code first} when there is none. */
  static int titleStart(Doc doc, int first, int from) {
    int k = first - 1;
    if (doc.key(k).equals(".") && k - 1 >= from) {
      k--; // "COL. RENE PONCE"
    }
    if (k < from || !Persons.TITLES.contains(doc.key(k))) {
      return first;
    }
    return k - 1 >= from && TITLE_QUALIFIERS.contains(doc.key(k - 1)) ? k - 1 : k;
  }

  /**
   * People named in the range: after a title or a noun of harm ({@link Persons}), after a verb of
   * harm or before an appositive title ("LUIS CARLOS GALAN, THE PRESIDENTIAL CANDIDATE"), and in
   * mixed case any run of two to {@link #MAX_NAME_WORDS} capitalised name words, with the short
   * particles of Spanish and Portuguese names inside ("JOAQUIN LOPEZ Y LOPEZ").
   */
  static List<Span> persons(Doc doc, int from, int to) {
    List<Span> out = new ArrayList<>();
    for (Span p : doc.persons()) {
      int k = doc.tokenAt(p.start());
      int end = doc.tokenAt(p.end());
      if (k >= from && end <= to) {
        while (end - k < MAX_NAME_WORDS - 1 && particle(doc, end, k, to)) {
          end += 2; // "JULIAN PEREZ Y PEREZ"
        }
        out.add(doc.span(k, end));
      }
    }
    for (int i = from; i < to; i++) {
      boolean anchor = i == from || !Persons.nameWord(doc, i - 1, true);
      if (!anchor || !Persons.nameWord(doc, i, true)) {
        continue;
      }
      int j = i;
      while (j < to && j - i < MAX_NAME_WORDS && (Persons.nameWord(doc, j, true) || particle(doc, j, i, to))) {
        j++;
      }
      if (j - i >= 2) {
        Span s = doc.span(i, j);
        if (out.stream().noneMatch(o -> o.overlaps(s))) {
          out.add(s);
        }
      }
      i = Math.max(i, j - 1);
    }
    return out;
  }

  /** A particle between two name words of one name. */
  private static boolean particle(Doc doc, int j, int start, int to) {
    return j > start && j + 1 < to && PARTICLES.contains(doc.key(j)) && Persons.nameWord(doc, j + 1, true);
  }
}
