package org.vigil.extract;

import org.vigil.text.Span;

/**
 * A stated quantity: "at least 144", "over 90", "dozens", "twenty-three".
 *
 * @param first index of the first token (the qualifier's, when there is one)
 * @param end index after the last token
 */
record NumberPhrase(int first, int end, Span span, Count count) {}
