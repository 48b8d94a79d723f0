package org.vigil.extract;

import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * The sentences without a trigger that add detail to an incident: those after one of its
 * mentions, up to {@link Coreference#MAX_EXTENSION} of them, unless they recall the past.
 * Thread-safe.
 */
final class Extensions {

  private Extensions() {}

  static void extend(Doc doc, List<Draft> drafts) {
    int[] owner = new int[doc.sentences.size()];
    java.util.Arrays.fill(owner, -1);
    for (int i = 0; i < drafts.size(); i++) {
      for (EventMention m : drafts.get(i).mentions) {
        if (owner[m.sentence] < 0 || !Coreference.aside(doc, drafts, i)) {
          owner[m.sentence] = i; // the sentence goes on with its main clause's incident, not an aside's
        }
      }
    }
    List<long[]> draftWords = new java.util.ArrayList<>(java.util.Collections.nCopies(drafts.size(), null));
    int current = -1;
    int since = 0;
    for (int s = 0; s < owner.length; s++) {
      if (owner[s] >= 0) {
        current = owner[s];
        since = 0;
      } else if (current >= 0 && ++since <= Coreference.MAX_EXTENSION && !recalls(doc, s)) {
        drafts.get(wordsShared(doc, drafts, draftWords, current, s)).extensions.add(s);
      }
    }
  }

  /**
   * "A bomb killed two rangers, and insurgents set fire to a phone mast. The bomb exploded as the
   * rangers rode past. The mast fire cut phone services": a sentence without a trigger adds to the
   * incident told just before it, unless it shares clearly more words with another incident told
   * in the sentences just before.
   */
  private static int wordsShared(Doc doc, List<Draft> drafts, List<long[]> draftWords, int current, int sentence) {
    long[] words = words(doc, List.of(new int[] {doc.sentenceFirst(sentence), doc.sentenceEnd(sentence)}));
    int best = current;
    int most = shared(doc, drafts, draftWords, current, words) + 1;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (i != current && sentence - d.lastMentionSentence() <= Coreference.MAX_EXTENSION && d.first().sentence < sentence) {
        int n = shared(doc, drafts, draftWords, i, words);
        if (n > most) {
          best = i;
          most = n;
        }
      }
    }
    return best;
  }

  /** How many of {@code words} draft {@code i}'s clauses have; their words are read once per report (cached in {@code draftWords}). */
  private static int shared(Doc doc, List<Draft> drafts, List<long[]> draftWords, int i, long[] words) {
    long[] theirs = draftWords.get(i);
    if (theirs == null) {
      theirs = words(doc, drafts.get(i).ranges(doc, false));
      draftWords.set(i, theirs);
    }
    int n = 0;
    for (int a = 0, b = 0; a < words.length && b < theirs.length;) {
      if (words[a] == theirs[b]) {
        n++;
        a++;
        b++;
      } else if (words[a] < theirs[b]) {
        a++;
      } else {
        b++;
      }
    }
    return n;
  }

  /**
   * Content words of four letters or more in the token ranges, by their first four letters, each
   * four packed into a long (sorted, without repeats): compared without a string or a set made.
   */
  private static long[] words(Doc doc, List<int[]> ranges) {
    int size = 0;
    for (int[] r : ranges) {
      size += Math.max(0, r[1] - r[0]);
    }
    long[] out = new long[size];
    int n = 0;
    for (int[] r : ranges) {
      for (int i = r[0]; i < r[1]; i++) {
        String k = doc.key(i);
        if (k.length() >= 4 && doc.tokens.get(i).isWord() && !FUNCTION_WORDS.contains(k)) {
          out[n++] = (long) k.charAt(0) << 48 | (long) k.charAt(1) << 32 | (long) k.charAt(2) << 16 | k.charAt(3);
        }
      }
    }
    java.util.Arrays.sort(out, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || out[i] != out[distinct - 1]) {
        out[distinct++] = out[i];
      }
    }
    return java.util.Arrays.copyOf(out, distinct);
  }

  private static final Set<String> FUNCTION_WORDS = WordSet.of("that", "this", "with", "were", "from", "have", "said",
      "when", "they", "their", "there", "been", "which", "would", "could", "also", "after", "before", "into", "while",
      "about", "than", "them", "some", "says", "told", "police", "officials");

  /** A sentence that recalls the past ("have been killed since campaigning began") adds nothing to the news. */
  private static boolean recalls(Doc doc, int sentence) {
    int a = doc.sentenceFirst(sentence);
    int b = doc.sentenceEnd(sentence);
    return doc.has(a, b, "cue", "bgtime") || doc.has(a, b, "cue", "bgbefore");
  }
}
