package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Canonical group records (one per registry entry), the aliases reports used for them, and
 * analysts' merges and splits with their history. Groups are never merged automatically.
 */
public final class GroupStore {

  private final Sql sql;

  GroupStore(Sql sql) {
    this.sql = sql;
  }

  /** Adds the groups that are not stored yet; existing records (and merges) are kept. */
  public void seed(List<GroupRow> groups) {
    for (GroupRow g : groups) {
      sql.update("store group " + g.id(), "INSERT INTO armed_groups (id, name, parent, merged_into) "
          + "VALUES (?, ?, ?, NULL) ON CONFLICT DO NOTHING", g.id(), g.name(), g.parent());
    }
  }

  public long size() {
    return sql.count("SELECT count(*) FROM armed_groups");
  }

  public Optional<GroupRow> byId(String id) {
    return sql.one("read group " + id, GroupStore::read,
        "SELECT id, name, parent, merged_into FROM armed_groups WHERE id = ?", id);
  }

  /** The group with this id or canonical name (ignoring case). */
  public Optional<GroupRow> find(String idOrName) {
    Optional<GroupRow> g = byId(idOrName);
    return g.isPresent() ? g : sql.one("find group " + idOrName, GroupStore::read,
        "SELECT id, name, parent, merged_into FROM armed_groups WHERE lower(name) = ?",
        idOrName.toLowerCase(Locale.ROOT));
  }

  /** The groups an analyst merged into {@code id}. */
  public List<GroupRow> mergedInto(String id) {
    return sql.list("read merged groups", GroupStore::read,
        "SELECT id, name, parent, merged_into FROM armed_groups WHERE merged_into = ? ORDER BY id", id);
  }

  /** Records an analyst's merge of {@code absorbed} into {@code kept}. */
  public void merge(String kept, String absorbed) {
    sql.update("merge groups", "UPDATE armed_groups SET merged_into = ? WHERE id = ? OR merged_into = ?",
        kept, absorbed, absorbed);
    history("merge", kept, absorbed);
  }

  /** Undoes a merge: {@code absorbed} stands on its own again. */
  public void split(String absorbed, String from) {
    sql.update("split group", "UPDATE armed_groups SET merged_into = NULL WHERE id = ?", absorbed);
    history("split", from, absorbed);
  }

  private void history(String action, String group, String other) {
    sql.insert("record group history", "INSERT INTO group_history (action, group_id, other_id, at) "
        + "VALUES (?, ?, ?, ?)", action, group, other, Instant.now().toString());
  }

  /** Merges and splits that involved the group, oldest first: "merge kept absorbed at". */
  public List<String> history(String id) {
    return sql.list("read group history", rs -> rs.getString(4) + " " + rs.getString(1) + " "
        + rs.getString(2) + " <- " + rs.getString(3), "SELECT action, group_id, other_id, at FROM "
        + "group_history WHERE group_id = ? OR other_id = ? ORDER BY id", id, id);
  }

  /** Remembers that a report called the group by this name. */
  public void recordAlias(String groupId, String alias, long reportId) {
    sql.update("record alias", "INSERT INTO group_aliases (group_id, alias, report_id) VALUES (?, ?, ?) "
        + "ON CONFLICT DO NOTHING", groupId, alias, reportId);
  }

  /**
   * The names the reports {@code viewer} reads used for the groups, each with the ids of those
   * reports (at most 5 per name).
   */
  public List<AliasUse> aliases(Viewer viewer, List<String> groupIds) {
    List<AliasUse> out = new ArrayList<>();
    for (String id : groupIds) {
      Clause q = Clause.of("SELECT a.alias, r.ext_id FROM group_aliases a JOIN reports r ON r.id = a.report_id "
          + "WHERE a.group_id = ? AND ", id).then(Visibility.rows("r", viewer)).then(" ORDER BY a.alias, r.id");
      List<String[]> rows = sql.list("read aliases", rs -> new String[] {rs.getString(1), rs.getString(2)},
          q.sql(), q.array());
      AliasUse current = null;
      for (String[] row : rows) {
        if (current == null || !current.alias().equals(row[0])) {
          current = new AliasUse(row[0], new ArrayList<>(), 0);
          out.add(current);
        }
        current = current.with(row[1]);
        out.set(out.size() - 1, current);
      }
    }
    return out;
  }

  /** A name and the reports that used it ({@code reports} lists at most 5; {@code total} counts all). */
  public record AliasUse(String alias, List<String> reports, int total) {
    AliasUse with(String report) {
      List<String> r = new ArrayList<>(reports);
      if (r.size() < 5) {
        r.add(report);
      }
      return new AliasUse(alias, r, total + 1);
    }
  }

  static GroupRow read(ResultSet rs) throws SQLException {
    @Nullable String merged = rs.getString("merged_into");
    return new GroupRow(rs.getString("id"), rs.getString("name"), rs.getString("parent"), merged);
  }
}
