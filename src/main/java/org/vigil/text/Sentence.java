package org.vigil.text;

import java.util.List;

/**
 * A sentence of a text: its span and its tokens.
 *
 * @param index position of the sentence in the text, from 0
 * @param paragraph index of the paragraph the sentence is in, from 0
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

}
