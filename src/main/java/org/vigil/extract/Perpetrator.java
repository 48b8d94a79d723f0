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
 */
public record Perpetrator(@Nullable String group, String mention, @Nullable String individuals,
    @Nullable Integer count, @Nullable AgencyRef agency) {

  /** A perpetrator that is not a state force. */
  public Perpetrator(@Nullable String group, String mention, @Nullable String individuals, @Nullable Integer count) {
    this(group, mention, individuals, count, null);
  }

  /** A state force as the perpetrator. */
  public static Perpetrator force(AgencyRef agency) {
    return new Perpetrator(null, agency.mention(), null, null, agency);
  }
}
