package org.vigil.geo;

/** The named factors whose sum is a candidate's score ({@link CandidateScorer}), with the labels that explain them. */
enum ScoreFactor {
  PRIOR("population and feature prior"), LEVEL("level word"), SPELLING("alternate or fuzzy spelling"),
  COUNTRY("country evidence in text"), CHAIN("admin chain"), ADMIN("province named in text"),
  NEARBY("near other places in text"), SOURCE("source country"), LOCATIVE("after a locative word"),
  UNIQUE("the only place of that name, or far the largest");

  /** How many factors a candidate has. */
  static final int COUNT = values().length;

  final String label;

  ScoreFactor(String label) {
    this.label = label;
  }
}
