package org.vigil.eval.reuters;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a story was labelled as it was. The first group says which kind of incident a story
 * reports as its own news; the rest say why a story with violent words reports none.
 */
public enum Reason {
  // the story reports an incident of its own
  ATTACK(true), BOMBING(true), CLASH(true), AIR_STRIKE(true), SHELLING(true), KIDNAPPING(true),
  HOSTAGE(true), HIJACKING(true), PLOT(true), ARREST(true),
  // it does not
  SPORT(false), MARKET(false), FILM(false), FIGURATIVE(false), ACCIDENT(false), DISASTER(false),
  WEAPONS_TEST(false), LABOUR_STRIKE(false), HYPOTHETICAL(false), THREAT(false), DENIAL(false),
  AVERTED(false), RECOLLECTION(false), COURT(false), MEMORIAL(false), POLICY(false), CRIME(false),
  WAR_GENERAL(false), PROTEST(false), OTHER(false);

  private final boolean incident;

  Reason(boolean incident) {
    this.incident = incident;
  }

  /** True when a story with this reason reports an incident of its own. */
  public boolean incident() {
    return incident;
  }

  /** The code as written in the labels file. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The reason with this code, ignoring case. */
  public static Optional<Reason> of(String code) {
    for (Reason r : values()) {
      if (r.code().equalsIgnoreCase(code.strip())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
