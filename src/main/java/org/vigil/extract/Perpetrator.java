package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/**
 * Who carried out (or, for an arrest, who was arrested).
 *
 * @param group canonical name from the registry; null for unidentified people ("gunmen") and for
 *     state forces
 * @param mention the words as written
 * @param individuals the description of the people ("two members", "gunmen"), if given
 * @param count how many, when stated
 * @param agency the state force that carried it out ("the army", "Nigerian Air Force"), from the
 *     agency registry or named generically; null for everyone else. An arrest's agency is not a
 *     perpetrator: it is in {@link Incident#agencies()}
 * @param category the generic kind of perpetrator the report describes when it names no group
 *     ("Muslim extremists", "Israeli settlers", "Iran-backed militia"), from the bundled list of
 *     kinds; null for a named group, a state force or people described no further
 */
public record Perpetrator(@Nullable String group, String mention, @Nullable String individuals,
    @Nullable Integer count, @Nullable AgencyRef agency, @Nullable String category) {

  /** A perpetrator of no generic kind. */
  public Perpetrator(@Nullable String group, String mention, @Nullable String individuals, @Nullable Integer count,
      @Nullable AgencyRef agency) {
    this(group, mention, individuals, count, agency, null);
  }

  /** A perpetrator that is not a state force, of no generic kind. */
  public Perpetrator(@Nullable String group, String mention, @Nullable String individuals, @Nullable Integer count) {
    this(group, mention, individuals, count, null, null);
  }

  /** A state force as the perpetrator. */
  public static Perpetrator force(AgencyRef agency) {
    return new Perpetrator(null, agency.mention(), null, null, agency);
  }
}
