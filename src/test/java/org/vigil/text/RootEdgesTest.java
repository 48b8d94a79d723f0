package org.vigil.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The root's edges of a phrase trie lead each word to its own child, and other words nowhere. */
class RootEdgesTest {

  @Test
  void each_word_leads_to_its_child_and_other_words_to_none() {
    RootEdges edges = new RootEdges();
    List<Integer> hashes = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      edges.put("word" + i, i + 1);
    }
    edges.put("Aa", 5000); // "Aa" and "BB" share a hash code: only the equal word counts
    edges.forEachHash(hashes::add);

    assertThat(edges.size()).isEqualTo(1001);
    assertThat(hashes).hasSize(1001).contains("word7".hashCode(), "Aa".hashCode());
    for (int i = 0; i < 1000; i++) {
      String w = new String("word" + i);
      assertThat(edges.child(w, w.hashCode())).isEqualTo(i + 1);
    }
    assertThat(edges.child("Aa", "Aa".hashCode())).isEqualTo(5000);
    assertThat(edges.child("BB", "BB".hashCode())).isEqualTo(-1);
    assertThat(edges.child("word1000", "word1000".hashCode())).isEqualTo(-1);
  }

  @Test
  void a_phrase_trie_finds_phrases_by_their_first_words() {
    PhraseTrie<String> trie = new PhraseTrie<String>().add("car bomb", "weapon").add("bomb", "weapon")
        .add("al-Shabaab", "group");
    List<PhraseTrie.Match<String>> found = trie.findAll(Tokenizer.tokenize("A car bomb, claimed by al Shabaab."),
        (m, t) -> true);

    assertThat(found).extracting(m -> m.firstToken() + "-" + m.endToken() + ":" + m.value())
        .containsExactly("1-3:weapon", "2-3:weapon", "6-8:group");
  }
}
