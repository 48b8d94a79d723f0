package org.vigil.extract;

/**
 * A person named as the subject at the start of a sentence, for {@link SingularVictims}: "Aimaq,
 * editor of a radio station, was killed", "He was killed on Sunday", and a name after a title
 * that opens the sentence ("Mr. Torres was killed", "Colonel Lopez was wounded"). Needs mixed
 * case, where names can be told from other words. Thread-safe.
 */
final class SentenceSubjects {

  private SentenceSubjects() {}

  /** Whether token {@code i} opens a sentence, or the range that begins at {@code from}. */
  static boolean starts(Doc doc, int i, int from) {
    return i == from || i > 0 && doc.sentenceOf[i] != doc.sentenceOf[i - 1];
  }

  /**
   * Whether token {@code i} is a one-word name or a pronoun that is the subject of its sentence,
   * followed by "was" or by an aside (a comma, a bracket).
   */
  static boolean name(Doc doc, int i, int from) {
    if (doc.allCaps || !starts(doc, i, from) && !afterOpeningTitle(doc, i, from)) {
      return false;
    }
    String k = doc.key(i);
    int end = i + 1;
    while (doc.key(end).equals("-") && Persons.nameWord(doc, end + 1)) {
      end += 2; // "Al-Masri, a Baath party leader, was killed"
    }
    String next = doc.key(end);
    boolean pronoun = k.equals("he") || k.equals("she");
    return (pronoun || Persons.nameWord(doc, i)) && (next.equals("was") || !pronoun && (next.equals(",") || next.equals("(")));
  }

  /** "Mr. Torres", "Dr Khan", "Colonel Lopez": the word before {@code i} is a title that opens the sentence. */
  private static boolean afterOpeningTitle(Doc doc, int i, int from) {
    int title = doc.key(i - 1).equals(".") && i - 2 >= from ? i - 2 : i - 1;
    return title >= from && Persons.TITLES.contains(doc.key(title)) && doc.tokens.get(title).capitalised()
        && starts(doc, title, from);
  }
}
