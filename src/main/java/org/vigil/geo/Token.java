package org.vigil.geo;

/**
 * A word of the text: offsets, normalised form and shape.
 *
 * @param norm the {@linkplain Names#normalize normalised} word
 * @param capitalised first letter upper case
 * @param allUpper every letter upper case
 * @param sentence index of the sentence the word is in
 */
record Token(int start, int end, String norm, boolean capitalised, boolean allUpper, int sentence) {}
