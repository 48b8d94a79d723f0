package org.vigil.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Facts about single tokens of one report that many rules ask again and again (over every range
 * of every incident), each worked out once per token: how many tokens share a key, whether a
 * token may be part of a person's name or start a singular victim, which tokens are one of a set of
 * words (so that a rule looking for "died" in each incident's range reads a few positions, not
 * every token of the range). Owned by one {@link Doc}; not thread-safe.
 */
final class TokenFacts {

  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private final Doc doc;
  private Map<String, Integer> keyCounts;
  /** {@link Persons#nameWord(Doc, int, boolean)} of each token, without and with places. */
  private final byte[] nameWord;
  private final byte[] nameWordOrPlace;
  /** {@link SingularVictims#mayStart} of each token. */
  private final byte[] singularStart;
  private final Map<Set<String>, int[]> positions = new IdentityHashMap<>();
  /** {@link CasualtyWords#roleOf} of each token's key: {@link #UNKNOWN}, {@link #NO}, or {@link #YES} plus the role's ordinal. */
  private final byte[] roles;

  TokenFacts(Doc doc) {
    this.doc = doc;
    this.nameWord = new byte[doc.tokens.size()];
    this.nameWordOrPlace = new byte[doc.tokens.size()];
    this.singularStart = new byte[doc.tokens.size()];
    this.roles = new byte[doc.tokens.size()];
  }

  /**
   * {@link CasualtyWords#roleOf} of token {@code i}'s key ({@link Doc#key}, so "" outside the
   * report), read once per token: the rules ask it of the same tokens over and over.
   */
  CasualtyRules.@Nullable Role role(int i) {
    if (i < 0 || i >= roles.length) {
      return CasualtyWords.roleOf(doc.key(i));
    }
    if (roles[i] == UNKNOWN) {
      CasualtyRules.Role r = CasualtyWords.roleOf(doc.key(i));
      roles[i] = r == null ? NO : (byte) (YES + r.ordinal());
    }
    return roles[i] == NO ? null : ROLES[roles[i] - YES];
  }

  private static final CasualtyRules.Role[] ROLES = CasualtyRules.Role.values();

  /** The runs of name words of the report ({@link FullNames#read}), read once. */
  java.util.List<org.vigil.text.Span> names() {
    if (names == null) {
      names = FullNames.read(doc);
    }
    return names;
  }

  private java.util.List<org.vigil.text.Span> names;

  /** How many tokens of the report have this key. */
  int count(String key) {
    if (keyCounts == null) {
      keyCounts = new HashMap<>(doc.tokens.size() * 2);
      doc.tokens.forEach(t -> keyCounts.merge(t.key(), 1, Integer::sum));
    }
    return keyCounts.getOrDefault(key, 0);
  }

  /** {@link Persons#nameWord(Doc, int, boolean)}, read once per token. */
  boolean nameWord(int i, boolean placesToo) {
    if (i < 0 || i >= nameWord.length) {
      return Persons.readNameWord(doc, i, placesToo);
    }
    byte[] known = placesToo ? nameWordOrPlace : nameWord;
    if (known[i] == UNKNOWN) {
      known[i] = Persons.readNameWord(doc, i, placesToo) ? YES : NO;
    }
    return known[i] == YES;
  }

  /** {@link SingularVictims#mayStart}, read once per token; {@code i} is a token of the report. */
  boolean singularStart(int i) {
    if (singularStart[i] == UNKNOWN) {
      singularStart[i] = SingularVictims.mayStart(doc, i) ? YES : NO;
    }
    return singularStart[i] == YES;
  }

  /** The tokens, in text order, whose key is one of {@code words} (a constant set: remembered by identity). */
  int[] positions(Set<String> words) {
    return positions.computeIfAbsent(words, w -> {
      int[] out = new int[doc.tokens.size()];
      int n = 0;
      for (int i = 0; i < out.length; i++) {
        if (w.contains(doc.tokens.get(i).key())) {
          out[n++] = i;
        }
      }
      return java.util.Arrays.copyOf(out, n);
    });
  }

  /** Where in sorted {@code positions} the first at or after {@code token} is (the length when none). */
  static int from(int[] positions, int token) {
    int at = java.util.Arrays.binarySearch(positions, token);
    return at >= 0 ? at : -at - 1;
  }
}
