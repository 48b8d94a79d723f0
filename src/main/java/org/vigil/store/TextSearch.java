package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Full-text search over report text; SQLite FTS5 or PostgreSQL text search. */
interface TextSearch {

  /** Makes a stored report searchable; called in the transaction that inserts it. */
  void index(Connection c, long reportId, String title, String text) throws SQLException;

  /**
   * Ids of the reports matching all words of {@code query} and {@code readable} (a condition on
   * the report, alias {@code r}), best first, at most {@code limit}.
   */
  List<Long> search(Connection c, String query, Clause readable, int limit) throws SQLException;
}
