package org.vigil.store;

import org.vigil.stix.Tlp;

/**
 * The one rule of who reads what in the knowledge base, written as the SQL conditions every read
 * of the store adds (so a new query cannot forget it: the store's reads take a {@link Viewer}).
 * An organisation reads a row labelled with an {@link Ownership} when
 * <ol>
 *   <li>it owns the row; or
 *   <li>the row is TLP:CLEAR; or
 *   <li>the row is the instance's own intake (no owner) marked at most TLP:GREEN: every
 *       organisation of the instance is its community; or
 *   <li>the owner lists it as a partner ({@code vigil admin add-partner}) and the row's marking is
 *       at most the partnership's ceiling (GREEN or AMBER). AMBER+STRICT and RED never leave the
 *       owner.
 * </ol>
 * Nothing else: another organisation's GREEN is not readable without a partnership. The
 * operator reads everything. TAXII collections apply the same ownership with their own
 * community (the organisations granted read access), in {@link ObjectStore}.
 */
final class Visibility {

  private Visibility() {}

  /** The rule on the row {@code alias} for organisation {@code org}. */
  static Clause rule(String alias, long org) {
    return rule(alias, "?", org);
  }

  /** The rule on the row {@code alias} for the organisation {@code viewer} (SQL: a column or {@code ?}). */
  private static Clause rule(String alias, String viewer, Object... viewerArgs) {
    String a = alias;
    Clause c = Clause.of("(" + a + ".owner_org = " + viewer, viewerArgs).then(" OR " + a + ".tlp = "
        + Tlp.CLEAR.ordinal() + " OR (" + a + ".owner_org IS NULL AND " + a + ".tlp <= " + Tlp.GREEN.ordinal()
        + ") OR (" + a + ".tlp <= " + Tlp.AMBER.ordinal() + " AND EXISTS (SELECT 1 FROM org_partners p WHERE "
        + "p.org_id = " + a + ".owner_org AND p.partner_id = " + viewer, viewerArgs);
    return c.then(" AND p.max_tlp >= " + a + ".tlp)))");
  }

  /** The condition that {@code viewer} may read the row {@code alias}: the rule, or true for the operator. */
  static Clause rows(String alias, Viewer viewer) {
    return viewer.isOperator() ? Clause.of("1 = 1") : rule(alias, viewer.org());
  }

  /**
   * The incidents {@code viewer} reads, as a table named {@code incidents} with the columns of
   * {@link IncidentStore#COLUMNS}: for an organisation, each incident whose sources share one
   * label it may read, and its own view of each mixed incident; for the operator, every incident
   * as merged from all its sources.
   */
  static Clause incidents(Viewer viewer) {
    return incidents(viewer, IncidentStore.FIELDS);
  }

  /**
   * The latest {@code n} incidents {@code viewer} reads that match {@code f}, as a table named
   * {@code incidents} like {@link #incidents(Viewer)}: each part of the union (shared incidents,
   * the organisation's own views) is limited to its latest {@code n} before they are joined, so
   * that PostgreSQL too walks the date index instead of sorting every incident for one page.
   */
  static Clause latestIncidents(Viewer viewer, IncidentFilter f, int n) {
    if (viewer.isOperator()) {
      return Clause.of("incidents");
    }
    String order = " ORDER BY date_start DESC, id DESC LIMIT ?";
    return Clause.of("(SELECT * FROM (SELECT * FROM (SELECT id, " + IncidentStore.FIELDS
        + " FROM incidents i WHERE i.mixed = 0 AND ").then(rule("i", viewer.org())).then(") a").then(f.where())
        .then(order + ") x UNION ALL SELECT * FROM (SELECT * FROM (SELECT incident_id AS id, " + IncidentStore.FIELDS
            + " FROM incident_views i WHERE i.org_id = ?) b", n, viewer.org()).then(f.where())
        .then(order + ") y) incidents", n);
  }

  /**
   * The same with only {@code id} and {@code fields} (some of {@link IncidentStore#FIELDS}),
   * for reads of many rows: without the JSON records, the database can answer from a covering
   * index (incidents_tally) instead of reading every row.
   */
  static Clause incidents(Viewer viewer, String fields) {
    return incidents(viewer, fields, "");
  }

  /** As {@link #incidents(Viewer, String)}, the table read with {@code hint} ("", or an SQLite INDEXED BY). */
  static Clause incidents(Viewer viewer, String fields, String hint) {
    if (viewer.isOperator()) {
      return Clause.of("incidents" + hint);
    }
    return Clause.of("(SELECT id, " + fields + " FROM incidents i" + hint + " WHERE i.mixed = 0 AND ")
        .then(rule("i", viewer.org()))
        .then(" UNION ALL SELECT incident_id AS id, " + fields
            + " FROM incident_views i WHERE i.org_id = ?) incidents", viewer.org());
  }

  /**
   * The condition that every organisation that may read a row labelled {@code newer} may also
   * read the row {@code alias}: a source joins an incident only when this holds for every source
   * it has, so no merge, explanation or review shows a reader of the new source anything it may
   * not read. The rule itself, asked of every organisation.
   */
  static Clause covers(String alias, Ownership newer) {
    return Clause.of("NOT EXISTS (SELECT 1 FROM organisations x, (SELECT CAST(? AS BIGINT) AS owner_org, "
        + "CAST(? AS INTEGER) AS tlp) n WHERE ", newer.ownerOrg(), newer.tlp().ordinal())
        .then(rule("n", "x.id")).then(" AND NOT ").then(rule(alias, "x.id")).then(")");
  }
}
