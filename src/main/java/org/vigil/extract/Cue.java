package org.vigil.extract;

/** A lexicon entry: its category ("trigger.strong", "weapon", "cue", ...) and label. */
record Cue(String category, String label) {

  boolean is(String cat, String lab) {
    return category.equals(cat) && label.equals(lab);
  }

  boolean isTrigger() {
    return category.startsWith("trigger.");
  }
}
