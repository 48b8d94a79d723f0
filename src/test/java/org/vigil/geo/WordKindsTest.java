package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A text's word kinds, read once per word, say what the word lists and demonyms say of every token. */
class WordKindsTest {

  private static final Gazetteer GAZETTEER = Geocoders.BUNDLED.gazetteer();

  @Test
  void every_token_has_the_kinds_of_the_lists_that_hold_its_word_whether_or_not_its_answers_were_asked() {
    String text = "Gunmen from al-Shabaab struck in Mogadishu on Monday, and Somali troops near the Sri Lankan "
        + "embassy said the attack in El Fasher, in Darfur, was the second in Mogadishu since January.";
    List<Token> tokens = Tokenizer.tokenize(text);
    Set<String> starts = WordKinds.demonymStarts(GAZETTEER.demonyms());
    NameLookups lookups = new NameLookups(GAZETTEER, starts, new WordAnswers(), tokens.size());
    lookups.askAll(tokens, Token::capitalised); // kinds kept with the answers; the other words' are found apart
    WordKinds kinds = new WordKinds(text, tokens, lookups, GAZETTEER.demonyms(), starts);
    for (Token t : tokens) {
      String w = t.norm();
      assertThat(kinds.is(t, WordKinds.ARTICLE)).as(w).isEqualTo(Names.ARTICLES.contains(w));
      assertThat(kinds.is(t, WordKinds.AL_EL)).as(w).isEqualTo(w.equals("al") || w.equals("el"));
      assertThat(kinds.is(t, WordKinds.FUNCTION_WORD)).as(w).isEqualTo(WordLists.FUNCTION_WORDS.contains(w));
      assertThat(kinds.is(t, WordKinds.NEVER_ALONE)).as(w).isEqualTo(Names.ARTICLES.contains(w)
          || WordLists.CONNECTORS.contains(w) || WordLists.LOCATIVES.contains(w) || WordLists.CALENDAR.contains(w));
      assertThat(kinds.is(t, WordKinds.DEMONYM)).as(w).isEqualTo(GAZETTEER.demonyms().containsKey(w));
      assertThat(kinds.is(t, WordKinds.DEMONYM_START)).as(w).isEqualTo(starts.contains(w));
    }
    assertThat(tokens.stream().filter(t -> kinds.is(t, WordKinds.DEMONYM)).map(Token::norm)).contains("somali");
    assertThat(tokens.stream().filter(t -> kinds.is(t, WordKinds.DEMONYM_START)).map(Token::norm)).contains("sri");
  }

  @Test
  void a_comma_is_seen_before_the_word_after_it_only() {
    String text = "Kishosho, Plateau , Nigeria and Jos";
    List<Token> tokens = Tokenizer.tokenize(text);
    NameLookups lookups = new NameLookups(GAZETTEER, Set.of(), new WordAnswers(), tokens.size());
    WordKinds kinds = new WordKinds(text, tokens, lookups, GAZETTEER.demonyms(), Set.of());
    assertThat(List.of(0, 1, 2, 3, 4).stream().map(kinds::commaBefore)).containsExactly(false, true, true, false, false);
  }
}
