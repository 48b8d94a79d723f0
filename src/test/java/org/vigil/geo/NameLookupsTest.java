package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A text's look-ups answer as the gazetteer does, whatever they skip on the way. */
class NameLookupsTest {

  private static final Gazetteer GAZETTEER = Geocoders.BUNDLED.gazetteer();

  @Test
  void a_phrase_finds_the_places_of_its_skeleton_whether_or_not_its_first_word_begins_any() {
    String text = "THE ARMY REPORTED THAT TERRORISTS KIDNAPPED PEASANTS NEAR JALAL ABAD AND QANDAHAR, "
        + "THEN FLED TO AL BASRAH AND MAZAR I SHARIF; GOVERNMENT FORCES SAID SAN SALVADOR WAS CALM. "
        + "Reporters in Jalal Abad and the Lee's Summit police";
    List<Token> tokens = Tokenizer.tokenize(text);
    NameLookups lookups = new NameLookups(GAZETTEER, new WordAnswers(), tokens.size());
    Phrases phrases = new Phrases(tokens);
    int found = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int reach = Math.min(3, tokens.size() - i);
      phrases.moveTo(i, reach);
      for (int words = reach; words >= 1; words--) {
        String skeleton = Names.skeleton(phrases.of(words));
        int[] expected = skeleton.length() < NameLookups.MIN_SKELETON ? new int[0] : GAZETTEER.idsBySkeleton(skeleton);
        assertThat(lookups.bySkeletonOf(phrases, words)).as(phrases.of(words)).containsExactly(expected);
        found += expected.length > 0 && words > 1 ? 1 : 0;
      }
    }
    assertThat(found).as("phrases of several words that do have a skeleton's places").isGreaterThanOrEqualTo(3);
  }

  @Test
  void most_words_of_an_all_caps_report_begin_no_skeleton_and_a_place_name_does() {
    String text = "THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS HAVE BEEN KIDNAPPED BY "
        + "TERRORISTS OF THE NATIONAL LIBERATION FRONT IN JALALABAD, PRESUMABLY TO INCORPORATE THEM";
    List<Token> tokens = Tokenizer.tokenize(text);
    NameLookups lookups = new NameLookups(GAZETTEER, new WordAnswers(), tokens.size());
    int skipped = 0;
    for (Token t : tokens) {
      skipped += lookups.beginsSkeletons(t) ? 0 : 1;
    }
    Token jalalabad = tokens.stream().filter(t -> t.norm().equals("jalalabad")).findFirst().orElseThrow();
    assertThat(lookups.beginsSkeletons(jalalabad)).isTrue();
    assertThat(skipped).as("words that begin no stored skeleton").isGreaterThanOrEqualTo(8);
  }
}
