package org.vigil.store;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SQL condition that decides which object versions an organisation may read, put into every
 * query that reads {@code stix_objects}. A reader needs read access to the collection; then it
 * sees its own objects at every level, CLEAR and GREEN ones of anybody, AMBER ones of the
 * organisations that listed it as a partner up to AMBER; AMBER+STRICT and RED never leave their
 * organisation. An identity is also readable by whoever may read an object it produced (its
 * {@code created_by_ref}), so that no reader holds a reference it cannot resolve; marking
 * definitions are stored as CLEAR for the same reason.
 */
final class Clearance {

  /** TLP rank of GREEN, AMBER. */
  static final int GREEN = 1;
  static final int AMBER = 2;

  private static final String LEVEL = "(%1$s.owner_org = ? OR %1$s.tlp <= " + GREEN + " OR (%1$s.tlp = " + AMBER
      + " AND EXISTS (SELECT 1 FROM org_partners p WHERE p.org_id = %1$s.owner_org AND p.partner_id = ? "
      + "AND p.max_tlp >= " + AMBER + ")))";

  private Clearance() {}

  /**
   * The condition on alias {@code alias} and its arguments, in order.
   *
   * @param collection the collection read, or null for every collection the viewer may read
   */
  static Condition on(String alias, @Nullable String collection, long viewer) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    if (collection != null) {
      // the access check names the collection itself, so that it does not depend on the row:
      // the database answers it once per query, not once per row
      sql.append(alias).append(".collection_id = ? AND EXISTS (SELECT 1 FROM collection_access ca WHERE "
          + "ca.collection_id = ?");
      args.add(collection);
      args.add(collection);
    } else {
      sql.append("EXISTS (SELECT 1 FROM collection_access ca WHERE ca.collection_id = ").append(alias)
          .append(".collection_id");
    }
    String producer = alias + "_by";
    sql.append(" AND ca.org_id = ? AND ca.can_read = 1) AND (")
        .append(String.format(LEVEL, alias)).append(" OR (").append(alias).append(".type = 'identity' AND EXISTS ")
        .append("(SELECT 1 FROM stix_objects ").append(producer).append(" WHERE ").append(producer)
        .append(".collection_id = ").append(alias).append(".collection_id AND ").append(producer)
        .append(".created_by = ").append(alias).append(".stix_id AND ").append(String.format(LEVEL, producer))
        .append(")))");
    args.addAll(List.of(viewer, viewer, viewer, viewer, viewer));
    return new Condition(sql.toString(), args);
  }

  /** A condition and its arguments. */
  record Condition(String sql, List<Object> args) {
    Condition {
      args = List.copyOf(args);
    }
  }
}
