package org.vigil.extract;

import java.util.List;
import org.vigil.text.Token;

/**
 * The bracketed labels some wire services write between the dateline and the story: "[COMMUNIQUE]
 * [Patriotic Front General Command] [TEXT]", "[REPORT] [a reporter's name] [TEXT]". They say what
 * the text is and who issued or read it; the group or person named there speaks, it takes no part
 * in what the text reports. Stateless.
 */
final class SourceHeader {

  /** Most tokens inside one label. */
  static final int MAX_LABEL_TOKENS = 24;
  /** Most labels before the text. */
  static final int MAX_LABELS = 6;

  private SourceHeader() {}

  /**
   * The token after the label that opens the text ("[TEXT]"), when the tokens from {@code from}
   * are bracketed labels only, ending with that one; else {@code from}.
   */
  static int end(List<Token> tokens, int from) {
    int i = from;
    for (int label = 0; label < MAX_LABELS && i < tokens.size() && tokens.get(i).key().equals("["); label++) {
      int close = i + 1;
      while (close < tokens.size() && close - i <= MAX_LABEL_TOKENS && !tokens.get(close).key().equals("]")) {
        close++;
      }
      if (close >= tokens.size() || !tokens.get(close).key().equals("]")) {
        return from;
      }
      if (close == i + 2 && tokens.get(i + 1).key().equals("text")) {
        return close + 1;
      }
      i = close + 1;
    }
    return from;
  }
}
