package org.vigil.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.index.GazetteerIndex;
import org.vigil.geo.index.KeyHeads;

/**
 * One text's gazetteer look-ups, each phrase looked up once: a report repeats its names and
 * words, and each look-up in the index is a probe into tens of megabytes that the cache lacks;
 * a single word's answers, which the next texts ask again, are kept in a {@link WordAnswers}.
 * Returns the gazetteer's answers unchanged (callers must not modify the arrays). Single use,
 * one instance per text; not thread-safe.
 */
final class NameLookups {

  /** Fewest letters of a skeleton matched on. */
  static final int MIN_SKELETON = 5;

  private static final int[] NONE = new int[0];

  private final Gazetteer gazetteer;
  /** The gazetteer's demonyms' first words, for {@link WordKinds#of(String, Map, java.util.Set)}. */
  private final java.util.Set<String> demonymStarts;
  /** Single words' answers, kept across texts; those it has no room for are kept in {@link #words}. */
  private final WordAnswers kept;
  private final Map<String, WordAnswers.Word> words = new HashMap<>();
  /** By {@linkplain Token#form form number}: the answers of the text's words asked so far, null for the others. */
  private final WordAnswers.Word[] forms;
  /** Phrases of two words or more. */
  private final Map<String, int[]> names;
  private final Map<String, int[]> alternates;
  /** By skeleton, for the skeletons that pass the gazetteer's filters. */
  private final Map<String, int[]> skeletonMatches;
  private final Letters phrase = new Letters(64);
  private final Letters skeleton = new Letters(64);
  /** The skeleton of the first two words of the phrases at {@link #pairFirst}, made for {@link #pairBegins}. */
  private final Letters pairSkeleton = new Letters(64);
  /** The token whose two-word phrase {@link #pairBegins} is of, null for none. */
  private @Nullable Token pairFirst;
  private boolean pairBegins;

  /** Look-ups for a text of {@code tokens} tokens: each map is sized for about a phrase per token, so it rarely grows. */
  NameLookups(Gazetteer gazetteer, WordAnswers kept, int tokens) {
    this(gazetteer, WordKinds.demonymStarts(gazetteer.demonyms()), kept, tokens);
  }

  /** Look-ups as above, given the gazetteer's {@link WordKinds#demonymStarts}, found once for many texts. */
  NameLookups(Gazetteer gazetteer, java.util.Set<String> demonymStarts, WordAnswers kept, int tokens) {
    this.gazetteer = gazetteer;
    this.demonymStarts = demonymStarts;
    this.kept = kept;
    int capacity = Math.max(16, tokens * 2);
    this.names = new HashMap<>(capacity);
    this.alternates = new HashMap<>(capacity);
    this.skeletonMatches = new HashMap<>();
    this.forms = new WordAnswers.Word[tokens];
  }

  /**
   * {@link Gazetteer#idsByName} of the phrase of {@code words} words of {@code phrases}; for a
   * single word, the index is asked only when its {@link Gazetteer#wordFacts} say it may hold it.
   */
  int[] byName(Phrases phrases, int words) {
    if (words == 1) {
      return word(phrases.firstToken()).names();
    }
    return names.computeIfAbsent(phrases.of(words), p -> gazetteer.idsByName(p, true));
  }

  /** {@link Gazetteer#idsByAlternate} of the phrase, like {@link #byName}. */
  int[] byAlternate(Phrases phrases, int words) {
    if (words == 1) {
      return word(phrases.firstToken()).alternates();
    }
    return alternates.computeIfAbsent(phrases.of(words), gazetteer::idsByAlternate);
  }

  /**
   * {@link Gazetteer#idsBySkeleton} of the {@linkplain Names#skeleton skeleton} of the phrase of
   * {@code words} words of {@code phrases}; empty when the skeleton is shorter than
   * {@link #MIN_SKELETON} letters (too loose to match on). Most phrases asked match nothing,
   * which the gazetteer's filters tell without a string made or a table probed: a phrase of
   * several words is written into a buffer, not joined into a string to be hashed and kept. A
   * single word's answer is kept across texts ({@link WordAnswers}), and every skeleton's that
   * passes the filters for the rest of the text.
   */
  int[] bySkeletonOf(Phrases phrases, int words) {
    WordAnswers.Word first = word(phrases.firstToken());
    if (words == 1 || !first.beginsSkeletons()) {
      return words == 1 ? first.skeleton() : NONE;
    }
    if (phrases.firstToken() != pairFirst) {
      pairFirst = words > 2 ? phrases.firstToken() : null;
      pairBegins = words <= 2 || pairBeginsSkeletons(phrases);
    }
    if (!pairBegins) {
      return NONE;
    }
    if (words == 2 && pairFirst == phrases.firstToken()) {
      return skeletonMatches(pairSkeleton); // the two words' skeleton, made for the longer phrase tried before
    }
    phrases.write(words, phrase);
    Names.skeleton(phrase, skeleton);
    return skeletonMatches(skeleton);
  }

  /**
   * Whether a phrase of three words or more that starts with the first two of {@code phrases}
   * may have a skeleton with entries, as {@link #beginsSkeletons(String)} tells of one word: the
   * two words' skeleton begins the longer phrase's. Asked before the longest phrase, and kept
   * for the shorter ones tried next at the same token.
   */
  private boolean pairBeginsSkeletons(Phrases phrases) {
    phrases.write(2, phrase);
    Names.skeleton(phrase, pairSkeleton);
    return pairSkeleton.length() < KeyHeads.SHORTEST || gazetteer.mayBeginSkeleton(pairSkeleton);
  }

  /** The entries of skeleton {@code made}: no string made, no hashing, for those the filter turns away. */
  private int[] skeletonMatches(Letters made) {
    if (made.length() < MIN_SKELETON || !gazetteer.mayHaveSkeleton(made)) {
      return NONE;
    }
    return skeletonMatches.computeIfAbsent(made.toString(), gazetteer::idsBySkeleton);
  }

  /** The low byte of {@link Gazetteer#wordFacts}: at least the most tokens of a name that starts with the token. */
  int maxTokensStartingWith(String firstToken) {
    return word(firstToken).facts() & 0xff;
  }

  /** {@link Gazetteer#mayBeginName} of the phrase, with the facts of its first word as asked once for the text. */
  boolean mayBeginName(Phrases phrases, int words) {
    return gazetteer.mayBeginName(phrases, words, word(phrases.firstToken()).facts());
  }

  /** The answers of token {@code t}'s word when this text has asked for them already, else null. */
  WordAnswers.@Nullable Word asked(Token t) {
    return forms[t.form()];
  }

  /**
   * Asks the kept answers of the words of {@code tokens} that {@code asked} selects, all in one
   * loop before the finder needs them: each is a few reads from a table of megabytes that the
   * cache lacks, and reads that do not wait on each other overlap, where the finder's, made one
   * word at a time between its other work, each wait their turn.
   */
  void askAll(List<Token> tokens, java.util.function.Predicate<Token> asked) {
    for (Token t : tokens) {
      if (forms[t.form()] == null && asked.test(t)) {
        word(t);
      }
    }
  }

  /** {@link #maxTokensStartingWith(String)} of the token's normalised word. */
  int maxTokensStartingWith(Token firstToken) {
    return word(firstToken).facts() & 0xff;
  }

  /**
   * The answers of a token of the text: asked once per word of the text, by its form number, not
   * once per token and question (a text repeats half its words, and each look-up of the kept
   * answers is a probe into a table the cache lacks).
   */
  private WordAnswers.Word word(Token token) {
    WordAnswers.Word known = forms[token.form()];
    if (known == null) {
      known = word(token.norm());
      forms[token.form()] = known;
    }
    return known;
  }

  private WordAnswers.Word word(String token) {
    WordAnswers.Word known = kept.get(token);
    if (known == null) {
      known = words.get(token);
      if (known == null) {
        known = ask(token);
        if (!kept.keep(token, known)) {
          words.put(token, known);
        }
      }
    }
    return known;
  }

  /**
   * All a single word's answers at once: a word asked once is asked again in most texts, and
   * the index is asked for its names only when the word's facts say it may hold them.
   */
  private WordAnswers.Word ask(String token) {
    int facts = gazetteer.wordFacts(token) // the facts are of single words: a token is one
        | (token.indexOf(' ') < 0 ? 0 : GazetteerIndex.MAY_BE_NAME | GazetteerIndex.MAY_BE_ALTERNATE);
    int[] named = gazetteer.idsByName(token, (facts & GazetteerIndex.MAY_BE_NAME) != 0);
    int[] alternate = (facts & GazetteerIndex.MAY_BE_ALTERNATE) != 0 ? gazetteer.idsByAlternate(token) : NONE;
    Names.skeleton(token, skeleton);
    return new WordAnswers.Word(facts, named, alternate, skeletonMatches(skeleton), beginsSkeletons(token),
        WordKinds.of(token, gazetteer.demonyms(), demonymStarts));
  }

  /**
   * False when no phrase of several words that starts with {@code word} has a skeleton with
   * entries: the phrase's skeleton starts with the word's own (no article dropped before it, and
   * a next word joins it after its last letter), so when the word's skeleton has
   * {@link KeyHeads#SHORTEST} letters or more and no stored skeleton begins as it does, neither
   * does the phrase's. Most words of an all-caps report are nobody's name and begin no skeleton.
   */
  /** Whether a phrase of several words that starts with {@code token} may have a skeleton with entries. */
  boolean beginsSkeletons(Token token) {
    return word(token).beginsSkeletons();
  }

  private boolean beginsSkeletons(String word) {
    if (word.indexOf(' ') >= 0 || Names.ARTICLES.contains(word)) {
      return true;
    }
    Names.skeleton(word, skeleton);
    return skeleton.length() < KeyHeads.SHORTEST || gazetteer.mayBeginSkeleton(skeleton);
  }
}
