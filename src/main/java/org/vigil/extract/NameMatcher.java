package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.registry.Named;
import org.vigil.registry.Registry;
import org.vigil.text.PhraseTrie;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * Finds registry entries by name and alias. An all-capitals acronym must be written in
 * capitals in mixed-case text; a risky alias (also an ordinary word, or a name many states
 * use) counts only when the same entry is named safely elsewhere in the text, when it is a
 * phrase and the entry belongs to a country the report names, or, in mixed case, when it is
 * written exactly as registered and followed by a word such as "militants" or "group" (or by
 * "and" and another actor with such a word: "RSF and allied Arab militias"); a risky alias that is the
 * object of "gave", "issued" or "signed" ("gave the order") is never a name.
 * Immutable; thread-safe.
 */
final class NameMatcher<T extends Named> {

  /** Compiled once: what a name's case is compared without (spaces, hyphens, apostrophes, dots). */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'.]");

  private static final Set<String> GROUP_NOUNS = WordSet.of(
      "militants", "militant", "fighters", "group", "members", "member", "jihadists", "cell",
      "gunmen", "insurgents", "rebels", "guerrillas", "commanders", "commander", "leader",
      "leaders", "attack", "attacks", "affiliate", "faction", "loyalists", "operatives", "suspects",
      "militiamen", "militia", "militias", "combatants", "paramilitaries");

  /** Most words between "and" and the noun of a second actor that vouches for a first ("RSF and allied Arab militias"). */
  private static final int PAIRED_WORDS = 4;

  private record Alias<T>(T entry, String written, boolean risky, boolean acronym) {}

  private final PhraseTrie<Alias<T>> trie = new PhraseTrie<>();

  NameMatcher(Registry<T> registry) {
    for (T e : registry.all()) {
      add(e, e.name(), e.risky());
      for (String a : e.aliases()) {
        add(e, a, e.risky());
      }
    }
  }

  private void add(T e, String written, List<String> riskyNames) {
    boolean risky = riskyNames.contains(written);
    int open = written.indexOf(" (");
    if (open > 0 && written.endsWith(")")) {
      // "National Liberation Army (Colombia)" is written "National Liberation Army" in news; "The Base
      // (neo-Nazi network)" is "The Base", as risky as that alias
      String bare = written.substring(0, open);
      addName(e, bare, risky || riskyNames.contains(bare));
    }
    addName(e, written, risky);
  }

  private void addName(T e, String written, boolean risky) {
    String letters = written.replaceAll("[^\\p{L}]", "");
    boolean acronym = !letters.isEmpty() && letters.length() <= 6
        && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    trie.add(written, new Alias<>(e, written, risky || letters.length() <= 2, acronym));
  }

  /**
   * Finds the entries named in the tokens.
   *
   * @param countries the countries the report names; in all-capitals text an acronym alone
   *     ("ANA") counts only for an entry of one of them, unless the entry is also named in
   *     full or the acronym is written in brackets
   */
  List<NamedMention<T>> find(List<Token> tokens, boolean allCaps, Set<String> countries,
      java.util.function.Function<T, List<String>> entryCountries) {
    List<Match<Alias<T>>> raw = trie.findAll(tokens, (m, t) -> caseFits(m, t, allCaps));
    Set<String> safe = new HashSet<>();
    for (Match<Alias<T>> m : raw) {
      if (!m.value().risky()) {
        safe.add(m.value().entry().id());
      }
    }
    Set<String> named = new HashSet<>();
    for (Match<Alias<T>> m : raw) {
      if (!m.value().acronym()) {
        named.add(m.value().entry().id());
      }
    }
    List<Match<Alias<T>>> kept = new ArrayList<>();
    for (Match<Alias<T>> m : raw) {
      Alias<T> a = m.value();
      boolean local = entryCountries.apply(a.entry()).stream().anyMatch(countries::contains);
      boolean trusted = !a.risky() || safe.contains(a.entry().id())
          || (!allCaps && exactCase(m, tokens) && followedByGroupNoun(m, tokens))
          || local && m.endToken() - m.firstToken() >= 2; // "Ministry of Intelligence" in a report on Iran
      boolean lonelyAcronym = allCaps && a.acronym() && !named.contains(a.entry().id()) && !bracketed(m, tokens)
          && !local;
      // "gave the order to kill": a command, whatever group shares the name
      boolean command = a.risky() && m.firstToken() > 0
          && OrderedActs.GIVING.contains(tokens.get(m.firstToken() - 1).key());
      if (trusted && !lonelyAcronym && !command) {
        kept.add(m);
      }
    }
    List<NamedMention<T>> out = new ArrayList<>();
    for (Match<Alias<T>> m : PhraseTrie.longestNonOverlapping(kept)) {
      out.add(new NamedMention<>(m.value().entry(), m.value().entry().name(), m.firstToken(),
          m.endToken(), m.span()));
    }
    return out;
  }

  private boolean caseFits(Match<Alias<T>> m, List<Token> tokens, boolean allCaps) {
    if (allCaps || !m.value().acronym()) {
      return true;
    }
    for (int i = m.firstToken(); i < m.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.isWord() && !t.allCaps()) {
        return false;
      }
    }
    return true;
  }

  private boolean exactCase(Match<Alias<T>> m, List<Token> tokens) {
    String written = SEPARATORS.matcher(m.value().written()).replaceAll("");
    StringBuilder sb = new StringBuilder();
    for (int i = m.firstToken(); i < m.endToken(); i++) {
      sb.append(tokens.get(i).raw());
    }
    return SEPARATORS.matcher(sb).replaceAll("").equals(written);
  }

  private static boolean bracketed(Match<?> m, List<Token> tokens) {
    int before = m.firstToken() - 1;
    return before >= 0 && (tokens.get(before).key().equals("[") || tokens.get(before).key().equals("("));
  }

  private boolean followedByGroupNoun(Match<Alias<T>> m, List<Token> tokens) {
    int n = m.endToken();
    if (n < tokens.size() && tokens.get(n).key().equals("and")) {
      for (int i = n + 1; i < Math.min(tokens.size(), n + 2 + PAIRED_WORDS); i++) {
        if (GROUP_NOUNS.contains(tokens.get(i).key())) {
          return true; // "RSF and allied Arab militias": one noun for both actors
        }
      }
    }
    return n < tokens.size() && GROUP_NOUNS.contains(tokens.get(n).key());
  }
}
