package org.vigil.geo;

/**
 * A word of the text: offsets, normalised form and shape.
 *
 * @param norm the {@linkplain Names#normalize normalised} word
 * @param form the number of {@code norm} in its text: tokens of one text have the same number
 *     exactly when they have the same normalised word; from 0, below the text's token count
 * @param capitalised first letter upper case
 * @param allUpper every letter upper case
 * @param sentence index of the sentence the word is in
 * @param possessive the word is the s of a possessive, written right after the apostrophe that
 *     ends the word before ("Lee's"): a name joins it to that word without a space ("lees summit")
 */
record Token(int start, int end, String norm, int form, boolean capitalised, boolean allUpper, int sentence,
    boolean possessive) {}
