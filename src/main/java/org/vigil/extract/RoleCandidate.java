package org.vigil.extract;

import java.util.Objects;
import org.vigil.text.Span;

/**
 * A phrase that may fill a role of an incident, as the rules find it: a group or agency named,
 * a force, people described, a person named, a thing attacked, a weapon or people harmed. A
 * head may come in several variants of its phrase ("GUERRILLAS", "URBAN GUERRILLAS", "MEMBERS
 * OF THE ELN"); the scorers choose among them.
 *
 * @param first first token, inclusive
 * @param end last token, exclusive
 * @param head the token the phrase is built around
 * @param label the lexicon label or registry name behind it ("police", "explosives", a group's name)
 * @param variant how the phrase was cut around its head: head, np (with modifiers), of (with an
 *     "of" phrase), num (with a number), name
 * @param kinds every kind the rules found the same phrase to be ("REBELS" is people described and a
 *     target word), {@code kind} first
 */
record RoleCandidate(Kind kind, int first, int end, int head, String label, String variant, Span span,
    java.util.Set<Kind> kinds) {

  /** What kind of phrase the rules found. */
  enum Kind { GROUP, AGENCY, FORCE, PERP, PERSON, TARGET, WEAPON, FIGURE, THING }

  RoleCandidate(Kind kind, int first, int end, int head, String label, String variant, Span span) {
    this(kind, first, end, head, label, variant, span, java.util.EnumSet.of(kind));
  }

  RoleCandidate {
    Objects.requireNonNull(kind, "kind");
    kinds = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(kinds));
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(variant, "variant");
    if (first < 0 || end <= first || head < first || head >= end) {
      throw new IllegalArgumentException("candidate tokens [" + first + ", " + end + ") with head " + head
          + " are not a phrase around its head");
    }
  }

  /**
   * A hash of the tokens, kind and variant only, consistent with {@code equals}: the role scorer
   * remembers each candidate's scores by it, and the record's own hash would walk the set of kinds.
   */
  @Override
  public int hashCode() {
    return ((kind.ordinal() * 31 + first) * 31 + end) * 31 + head + variant.hashCode() * 17;
  }

  /** The same candidate, also of the other's kinds. */
  RoleCandidate with(RoleCandidate other) {
    java.util.Set<Kind> all = java.util.EnumSet.copyOf(kinds);
    all.addAll(other.kinds);
    return new RoleCandidate(kind, first, end, head, label, variant, span, all);
  }
}
