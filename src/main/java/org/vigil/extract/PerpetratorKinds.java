package org.vigil.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.PhraseTrie;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Span;

/**
 * Generic kinds of perpetrators, read from {@code perpetrator-kinds.tsv}: how reports describe
 * attackers they tie to no named group ("sources blamed Muslim extremists", "Israeli settlers
 * attacked", "an Iran-backed militia"). A kind is found where the report says who did it: in a
 * sentence that claims, blames or suspects, or as the agent of a violent word ("attacked by
 * anarchists", "settlers attacked"); never as the one attacked ("an attack on settlers").
 * Immutable; thread-safe.
 */
final class PerpetratorKinds {

  static final String RESOURCE = "/org/vigil/extract/perpetrator-kinds.tsv";

  /** A kind found in a report: its name and the words that describe it. */
  record Found(String kind, Span span, int sentence) {}

  private static final PhraseTrie<String> BUNDLED = parse(RESOURCE, read());

  private static final Set<String> AIMED = Set.of("on", "against", "targeting", "targeted", "at", "of", "killing",
      "killed", "wounding", "wounded", "attacked", "attacking", "ambushed", "injuring", "injured", "abducted", "victims");

  private PerpetratorKinds() {}

  /** The first kind described as the perpetrator in {@code sentences}, taken in the order given. */
  static @Nullable Found find(Doc doc, Iterable<Integer> sentences) {
    for (int s : sentences) {
      int a = doc.sentenceFirst(s);
      int b = doc.sentenceEnd(s);
      boolean claimed = ClaimCues.in(doc, s) != null;
      List<Match<String>> found = PhraseTrie.longestNonOverlapping(
          BUNDLED.findAll(doc.tokens.subList(a, b), (m, t) -> true));
      for (Match<String> m : found) {
        int first = a + m.firstToken();
        int end = a + m.endToken();
        if (!aimedAt(doc, first) && !namesGroup(doc, end) && (claimed || agent(doc, first, end))) {
          return new Found(m.value(), doc.span(first, end), s);
        }
      }
    }
    return null;
  }

  /** "attacks on settlers", "killing two separatists": the kind suffered the violence ("sources attributed the attack to" is no aim). */
  private static boolean aimedAt(Doc doc, int first) {
    int k = first - 1;
    while (Set.of("a", "an", "the", "suspected", "alleged", "two", "three", "several").contains(doc.key(k))) {
      k--;
    }
    return AIMED.contains(doc.key(k)) && !(doc.key(k).equals("of") && doc.key(k - 1).equals("involvement"));
  }

  /** "the separatist group ETA", "Islamist militants of Al-Shabaab": the words describe a group named right after. */
  private static boolean namesGroup(Doc doc, int end) {
    int next = Set.of("group", "organisation", "organization", "movement", "of").contains(doc.key(end)) ? end + 1 : end;
    return next < doc.tokens.size() && (doc.tokens.get(next).capitalised() && next > end
        || !doc.groupsIn(next, Math.min(doc.tokens.size(), next + 2)).isEmpty());
  }

  /** "attacked by anarchists", "settlers attacked a village": the kind acted. */
  private static boolean agent(Doc doc, int first, int end) {
    for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
      if (doc.key(i).equals("by")) {
        return true;
      }
    }
    return doc.cues(end, Math.min(doc.tokens.size(), end + 2), Cue::isTrigger).stream()
        .anyMatch(c -> c.firstToken() <= end + 1);
  }

  private static String read() {
    try (InputStream in = PerpetratorKinds.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("perpetrator kinds missing from the classpath: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** @throws IllegalArgumentException naming the line of a malformed entry */
  static PhraseTrie<String> parse(String name, String content) {
    PhraseTrie<String> trie = new PhraseTrie<>();
    String[] lines = content.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].startsWith("#")) {
        continue;
      }
      String[] f = lines[i].split("\t");
      if (f.length != 2 || f[0].isBlank()) {
        throw new IllegalArgumentException(name + ":" + (i + 1)
            + ": expected 2 tab-separated fields (kind, phrases), found " + f.length);
      }
      for (String phrase : f[1].split("\\|")) {
        if (!phrase.isBlank()) {
          trie.add(phrase.strip(), f[0].strip());
        }
      }
    }
    return trie;
  }
}
