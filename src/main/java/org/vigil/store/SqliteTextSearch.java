package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** FTS5 with external content: each word of the query is quoted, so user input is never syntax. */
final class SqliteTextSearch implements TextSearch {

  @Override
  public void index(Connection c, long reportId, String title, String text) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO report_search (rowid, title, text) VALUES (?, ?, ?)")) {
      ps.setLong(1, reportId);
      ps.setString(2, title);
      ps.setString(3, text);
      ps.executeUpdate();
    }
  }

  @Override
  public List<Long> search(Connection c, String query, Clause readable, int limit) throws SQLException {
    String match = Words.of(query).stream().map(w -> "\"" + w.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(" "));
    List<Long> ids = new ArrayList<>();
    if (match.isEmpty()) {
      return ids;
    }
    Clause q = Clause.of("SELECT report_search.rowid FROM report_search JOIN reports r ON r.id = report_search.rowid "
        + "WHERE report_search MATCH ? AND ", match).then(readable).then(" ORDER BY rank LIMIT ?", limit);
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
