package org.vigil.store;

import org.jspecify.annotations.Nullable;

/**
 * Who reads the knowledge base: an organisation (every user and key of it reads the same), or
 * the operator, the command line on the server's own database, who reads everything. Every read
 * of reports, sources, incidents, alerts, counts and search takes one, and the store applies
 * {@link Visibility} to it in the SQL that reads.
 *
 * @param org the reading organisation, or null for the operator
 */
public record Viewer(@Nullable Long org) {

  /** The command line: reads everything. */
  public static final Viewer OPERATOR = new Viewer(null);

  /** The users of organisation {@code org}. */
  public static Viewer of(long org) {
    return new Viewer(org);
  }

  public boolean isOperator() {
    return org == null;
  }

  @Override
  public String toString() {
    return org == null ? "operator" : "organisation " + org;
  }
}
