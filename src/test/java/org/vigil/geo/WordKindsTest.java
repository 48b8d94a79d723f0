package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A text's word kinds, read once per word, say what the word lists and demonyms say of every token. */
class WordKindsTest {

  private static final Gazetteer GAZETTEER = Geocoders.BUNDLED.gazetteer();

  @Test
  void every_token_has_the_kinds_of_the_lists_that_hold_its_word_however_often_it_is_written() {
    String text = "Gunmen from al-Shabaab struck in Mogadishu on Monday, and Somali troops near the Sri Lankan "
        + "embassy said the attack in El Fasher, in Darfur, was the second in Mogadishu since January.";
    List<Token> tokens = Tokenizer.tokenize(text);
    WordKinds kinds = new WordKinds(text, tokens, GAZETTEER.demonyms(), Set.of("sri"));
    for (Token t : tokens) {
      String w = t.norm();
      assertThat(kinds.is(t, WordKinds.ARTICLE)).as(w).isEqualTo(Names.ARTICLES.contains(w));
      assertThat(kinds.is(t, WordKinds.AL_EL)).as(w).isEqualTo(w.equals("al") || w.equals("el"));
      assertThat(kinds.is(t, WordKinds.FUNCTION_WORD)).as(w).isEqualTo(WordLists.FUNCTION_WORDS.contains(w));
      assertThat(kinds.is(t, WordKinds.NEVER_ALONE)).as(w).isEqualTo(Names.ARTICLES.contains(w)
          || WordLists.CONNECTORS.contains(w) || WordLists.LOCATIVES.contains(w) || WordLists.CALENDAR.contains(w));
      assertThat(kinds.is(t, WordKinds.DEMONYM)).as(w).isEqualTo(GAZETTEER.demonyms().containsKey(w));
      assertThat(kinds.is(t, WordKinds.DEMONYM_START)).as(w).isEqualTo(w.equals("sri"));
    }
    assertThat(tokens.stream().filter(t -> kinds.is(t, WordKinds.DEMONYM)).map(Token::norm)).contains("somali");
  }

  @Test
  void a_comma_is_seen_before_the_word_after_it_only() {
    String text = "Kishosho, Plateau , Nigeria and Jos";
    List<Token> tokens = Tokenizer.tokenize(text);
    WordKinds kinds = new WordKinds(text, tokens, GAZETTEER.demonyms(), Set.of());
    assertThat(List.of(0, 1, 2, 3, 4).stream().map(kinds::commaBefore)).containsExactly(false, true, true, false, false);
  }
}
