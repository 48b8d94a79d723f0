package org.vigil.store;

import java.util.List;

/** The audit log: appended to, never changed. */
public final class AuditStore {

  private final Sql sql;

  AuditStore(Sql sql) {
    this.sql = sql;
  }

  public void append(AuditEntry e) {
    appendAll(List.of(e));
  }

  /** Appends the entries in order, in JDBC batches; inside a transaction, all or none. */
  public void appendAll(List<AuditEntry> entries) {
    sql.batch("append to the audit log", "INSERT INTO audit_log (at, user_name, org_id, action, target, detail) "
        + "VALUES (?, ?, ?, ?, ?, ?)", entries.stream().map(e -> new Object[] {e.at(), e.userName(), e.orgId(),
        e.action(), e.target(), e.detail()}).toList(), i -> entries.get(i).action() + " " + entries.get(i).target());
  }

  /** The latest entries, newest first, at most {@code limit}. */
  public List<AuditEntry> latest(int limit) {
    return sql.list("read the audit log", rs -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
        Sql.longOrNull(rs, "org_id"), rs.getString(5), rs.getString(6), rs.getString(7)),
        "SELECT id, at, user_name, org_id, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?", limit);
  }

  /** The entries about one target (such as "incident 12"), newest first, at most {@code limit}. */
  public List<AuditEntry> about(String target, int limit) {
    return sql.list("read the audit log", rs -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
        Sql.longOrNull(rs, "org_id"), rs.getString(5), rs.getString(6), rs.getString(7)),
        "SELECT id, at, user_name, org_id, action, target, detail FROM audit_log WHERE target = ? "
        + "ORDER BY id DESC LIMIT ?", target, limit);
  }
}
