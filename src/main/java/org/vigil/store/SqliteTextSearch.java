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
  public List<Long> search(Connection c, String query, int limit) throws SQLException {
    String match = Words.of(query).stream().map(w -> "\"" + w.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(" "));
    List<Long> ids = new ArrayList<>();
    if (match.isEmpty()) {
      return ids;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT rowid FROM report_search WHERE report_search MATCH ? ORDER BY rank LIMIT ?")) {
      ps.setString(1, match);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }
}
