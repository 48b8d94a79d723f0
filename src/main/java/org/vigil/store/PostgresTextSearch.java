package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL text search over the expression index of migration V2; indexing is automatic. */
final class PostgresTextSearch implements TextSearch {

  private static final String DOC = "to_tsvector('english', coalesce(title, '') || ' ' || text)";

  @Override
  public void index(Connection c, long reportId, String title, String text) {
    // the GIN expression index follows the reports table by itself
  }

  @Override
  public List<Long> search(Connection c, String query, Clause readable, int limit) throws SQLException {
    List<Long> ids = new ArrayList<>();
    String words = String.join(" ", Words.of(query));
    if (words.isEmpty()) {
      return ids;
    }
    Clause q = Clause.of("SELECT r.id FROM reports r WHERE " + DOC + " @@ plainto_tsquery('english', ?) AND ", words)
        .then(readable).then(" ORDER BY ts_rank(" + DOC + ", plainto_tsquery('english', ?)) DESC, r.id LIMIT ?",
            words, limit);
    try (PreparedStatement ps = Sql.prepare(c, q.sql(), q.array())) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }
}
