/**
 * Text primitives shared by the engine: spans with offsets into the original text, tokens, sentences, and the multi-pattern matcher that finds registry names and trigger words in one pass.
 */
@NullMarked
package org.vigil.text;

import org.jspecify.annotations.NullMarked;
