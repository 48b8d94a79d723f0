package org.vigil.extract;

import java.util.Set;
import org.vigil.registry.Agency;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * The body a force's people belong to, named right before them: "ARMY TROOPS", "NATIONAL POLICE
 * AGENTS", "the Guatemalan army soldiers". The force is the body, and its words are the whole
 * phrase, so that the people and the body stay together. Stateless; thread-safe.
 */
final class ForceBodies {

  /** Nouns for the people of a force, which a body named before them owns. */
  private static final Set<String> PEOPLE = WordSet.of("troops", "soldiers", "agents", "members", "policemen",
      "commandos", "paratroopers", "guardsmen", "personnel", "officers");

  /** Words a body's name may hold before its people, at most. */
  static final int MAX_BODY_WORDS = 3;

  private ForceBodies() {}

  /**
   * Where the body the people at token {@code first} belong to starts, when a registry agency or
   * an agency of the lexicon ends right before them; {@code first} itself otherwise.
   */
  static int start(Doc doc, int first) {
    if (first == 0 || !PEOPLE.contains(doc.key(first))) {
      return first;
    }
    for (NamedMention<Agency> a : doc.agencies) {
      if (a.end() == first) {
        return a.first();
      }
    }
    return doc.cues(Math.max(0, first - MAX_BODY_WORDS), first, c -> c.category().equals("agency")).stream()
        .filter(c -> c.endToken() == first).mapToInt(Match::firstToken).min().orElse(first);
  }

  /**
   * As {@link #start}, with the demonym before the body ("GUATEMALAN ARMY TROOPS"), when a body
   * is named.
   */
  static int withDemonym(Doc doc, int first) {
    int body = start(doc, first);
    if (body == first || body == 0) {
      return body;
    }
    int at = doc.tokens.get(body - 1).end();
    return doc.places.stream().filter(p -> "demonym".equals(p.relation()) && p.span().end() == at)
        .mapToInt(p -> doc.tokenAt(p.span().start())).min().orElse(body);
  }
}
