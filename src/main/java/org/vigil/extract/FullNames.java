package org.vigil.extract;

import java.util.List;
import java.util.Optional;
import org.vigil.text.Span;

/**
 * A person named in part where the report names them in full elsewhere: "MAZA MARQUEZ" after
 * "GENERAL MIGUEL MAZA MARQUEZ", "AMICO FERRARI" of "PROFESSOR FRANCISCO ANTONIO AMICO FERRARI". The
 * full form is the longest name of the report that ends with the part's words (the given names
 * come first; in capitals a run of words can go on into a verb, so a name's end is not extended);
 * when two different longer names would do, the part stays as it is.
 * Reads the report's names once ({@link TokenFacts#names}); thread-safe.
 */
final class FullNames {

  private FullNames() {}

  /** The full form of the name in tokens {@code [first, end)}, when the report writes a longer one. */
  static Optional<Span> of(Doc doc, int first, int end) {
    int n = end - first;
    Span best = null;
    int bestLength = n;
    boolean ambiguous = false;
    for (Span s : doc.facts.names()) {
      int a = doc.tokenAt(s.start());
      int b = doc.tokenAt(s.end());
      int length = b - a;
      if (length <= n || !same(doc, b - n, first, n)) { // a run's end may carry a verb ("... ESCAPED")
        continue;
      }
      if (length > bestLength) {
        best = s;
        bestLength = length;
        ambiguous = false;
      } else if (length == bestLength && !doc.words(s).equalsIgnoreCase(doc.words(best))) {
        ambiguous = true; // "CARLOS LOPEZ" of "JUAN CARLOS LOPEZ" and of "JOSE CARLOS LOPEZ"
      }
    }
    return ambiguous ? Optional.empty() : Optional.ofNullable(best);
  }

  /** True when the {@code n} tokens from {@code a} have the keys of the {@code n} from {@code b}. */
  private static boolean same(Doc doc, int a, int b, int n) {
    for (int i = 0; i < n; i++) {
      if (!doc.key(a + i).equals(doc.key(b + i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names of the whole report after its header that a title or a word of harm introduces
   * ({@link Persons}), for {@link TokenFacts} to keep: in capitals, a bare run of name words is too
   * often a name with a verb or an adjective run into it ("OLD MIGUEL ...", "... FAILED ONCE").
   */
  static List<Span> read(Doc doc) {
    java.util.Set<Integer> anchored = new java.util.HashSet<>();
    doc.persons().forEach(p -> anchored.add(p.start()));
    return PersonCandidates.persons(doc, doc.headerEnd, doc.tokens.size()).stream()
        .filter(s -> anchored.contains(s.start())).toList();
  }
}
