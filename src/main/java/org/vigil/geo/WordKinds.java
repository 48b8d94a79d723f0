package org.vigil.geo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the {@link MentionFinder} asks of one text's words over and over: which of its word lists
 * hold a word (an article, a connector, a demonym...), answered once per distinct word of the
 * text by its {@linkplain Token#form form} (from the word's {@link WordAnswers} when the text has
 * asked them, which keep its kinds from text to text) and then read from an array, and whether a comma
 * stands before a token, looked for once per token. The finder tries every word of an all-caps text as
 * a name's first word and reads each word's kinds in several places, and a text repeats half its
 * words. Single use, one instance per text; not thread-safe.
 */
final class WordKinds {

  /** In {@link Names#ARTICLES}. */
  static final int ARTICLE = 1;
  /** "al" or "el": an article that starts a name without a hyphen after it. */
  static final int AL_EL = 1 << 1;
  /** An article, a connector, a locative or a calendar word: never a place's name alone. */
  static final int NEVER_ALONE = 1 << 2;
  /** In {@link WordLists#FUNCTION_WORDS}. */
  static final int FUNCTION_WORD = 1 << 3;
  /** A demonym of one word ("somali"). */
  static final int DEMONYM = 1 << 4;
  /** The first word of a demonym of several ("sri" of "sri lankan"). */
  static final int DEMONYM_START = 1 << 5;
  /** Set on every answer kept, so that a form not yet answered reads 0. */
  private static final int ANSWERED = 1 << 30;

  private final String text;
  private final List<Token> tokens;
  private final NameLookups lookups;
  private final Map<String, String> demonyms;
  private final Set<String> demonymStarts;
  private final int[] byForm;
  /** Per token: 0 until asked, then {@link #COMMA} or {@link #NO_COMMA}. */
  private final byte[] commaBefore;
  private static final byte COMMA = 1;
  private static final byte NO_COMMA = 2;

  /**
   * The kinds of the words of {@code tokens}, tokens of {@code text}, with the gazetteer's
   * {@code demonyms} and the words that begin one of several words ({@code demonymStarts}); a word
   * {@code lookups} has asked the gazetteer about has its kinds kept with its answers.
   */
  WordKinds(String text, List<Token> tokens, NameLookups lookups, Map<String, String> demonyms,
      Set<String> demonymStarts) {
    this.text = text;
    this.tokens = tokens;
    this.lookups = lookups;
    this.demonyms = demonyms;
    this.demonymStarts = demonymStarts;
    this.byForm = new int[tokens.size()];
    this.commaBefore = new byte[tokens.size()];
  }

  /** The kinds of token {@code t}'s word, as bits. */
  int of(Token t) {
    int kinds = byForm[t.form()];
    if (kinds == 0) {
      WordAnswers.Word asked = lookups.asked(t);
      kinds = (asked != null ? asked.kinds() : of(t.norm(), demonyms, demonymStarts)) | ANSWERED;
      byForm[t.form()] = kinds;
    }
    return kinds;
  }

  /** Whether token {@code t}'s word is of {@code kind} (one of the bits). */
  boolean is(Token t, int kind) {
    return (of(t) & kind) != 0;
  }

  /** Whether a comma stands between token {@code i} and the token before it; false for the first. */
  boolean commaBefore(int i) {
    if (i < 0 || i >= tokens.size()) {
      throw new IndexOutOfBoundsException("token " + i + ", expected 0 to " + (tokens.size() - 1));
    }
    if (commaBefore[i] == 0) {
      commaBefore[i] = i > 0 && Tokenizer.commaBetween(text, tokens.get(i - 1).end(), tokens.get(i).start()) ? COMMA : NO_COMMA;
    }
    return commaBefore[i] == COMMA;
  }

  /** What precedes each space of a demonym ("sri" of "sri lankan"). */
  static Set<String> demonymStarts(Map<String, String> demonyms) {
    return demonyms.keySet().stream()
        .flatMap(d -> IntStream.range(0, d.length()).filter(k -> d.charAt(k) == ' ').mapToObj(k -> d.substring(0, k)))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The kinds of {@code word}, as bits, with the gazetteer's {@code demonyms} and their {@link #demonymStarts}. */
  static int of(String word, Map<String, String> demonyms, Set<String> demonymStarts) {
    boolean article = Names.ARTICLES.contains(word);
    return (article ? ARTICLE : 0)
        | (word.equals("al") || word.equals("el") ? AL_EL : 0)
        | (article || WordLists.CONNECTORS.contains(word) || WordLists.LOCATIVES.contains(word)
            || WordLists.CALENDAR.contains(word) ? NEVER_ALONE : 0)
        | (WordLists.FUNCTION_WORDS.contains(word) ? FUNCTION_WORD : 0)
        | (demonyms.containsKey(word) ? DEMONYM : 0)
        | (demonymStarts.contains(word) ? DEMONYM_START : 0);
  }
}
