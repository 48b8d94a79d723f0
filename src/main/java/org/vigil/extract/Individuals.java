package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Span;

/** The people who acted (or were arrested) as described: "two members", "gunmen". */
record Individuals(String text, @Nullable Integer count, Span span) {

  /** The first description before the trigger (the subject), else after it. */
  static @Nullable Individuals find(Doc doc, Draft d) {
    int head = d.first().head().firstToken();
    for (int[] r : d.ranges(doc, false)) {
      List<Match<Cue>> perps = new ArrayList<>(doc.cues(r[0], r[1], c -> c.category().equals("perp")));
      perps.sort((a, b) -> Boolean.compare(a.firstToken() > head, b.firstToken() > head));
      for (Match<Cue> m : perps) {
        String w0 = doc.key(m.endToken() - 1);
        if ((w0.equals("members") || w0.equals("member")) && !doc.key(m.endToken()).equals("of")
            && !groupEndsAt(doc, m.firstToken()) && doc.groupsIn(m.endToken(), m.endToken() + 1).isEmpty()) {
          continue; // "crew members" are not perpetrators
        }
        Span span = Phrases.around(doc, m.firstToken(), m.endToken(), r[0], r[1], false);
        Integer count = null;
        List<NumberPhrase> before = doc.numbersIn(0, m.firstToken());
        for (int i = before.size() - 1; i >= 0 && before.get(i).end() + 1 >= m.firstToken(); i--) {
          NumberPhrase n = before.get(i); // numbers do not overlap: the last ones before end nearest
          if (n.end() == m.firstToken() || n.end() + 1 == m.firstToken() && doc.tokens.get(n.end()).isWord()) {
            count = n.count().value();
            span = new Span(n.span().start(), span.end());
            break;
          }
        }
        String w = doc.key(m.firstToken());
        if (count == null && (w.equals("a") || doc.key(m.firstToken() - 1).equals("a")
            || doc.key(m.firstToken() - 1).equals("an") || doc.key(m.firstToken() - 1).equals("the")
            && !doc.key(m.endToken() - 1).endsWith("s"))) {
          count = 1;
        }
        return new Individuals(doc.words(span), count, span);
      }
    }
    return null;
  }

  /** Names do not overlap, so only the last one starting before the token can end there. */
  private static boolean groupEndsAt(Doc doc, int token) {
    List<NamedMention<org.vigil.registry.Group>> before = doc.groupsIn(0, token);
    return !before.isEmpty() && before.get(before.size() - 1).end() == token;
  }
}
