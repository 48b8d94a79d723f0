package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements are prepared once per connection and kept: a statement run again binds its new
 * values, a row reader may run the same query inside its own, a refused statement leaves the
 * next run of it unharmed, and more shapes of query than are kept still all run.
 */
class KeptStatementsTest {

  @TempDir Path dir;

  @Test
  void a_kept_statement_runs_with_the_values_of_each_call() throws SQLException {
    try (Connection c = connect()) {
      Sql sql = new Sql(c, Database.sqlite(dir));
      sql.update("create", "CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)");
      for (int i = 1; i <= 3; i++) {
        sql.update("insert", "INSERT INTO t (k, v) VALUES (?, ?)", i, "v" + i);
      }
      sql.update("insert", "INSERT INTO t (k, v) VALUES (?, ?)", 4, null);
      assertThat(sql.list("read", rs -> rs.getString(1), "SELECT v FROM t WHERE k = ?", 2)).containsExactly("v2");
      assertThat(sql.list("read", rs -> rs.getString(1), "SELECT v FROM t WHERE k = ?", 3)).containsExactly("v3");
      assertThat(sql.list("read", rs -> rs.getString(1), "SELECT v FROM t WHERE k = ?", 4)).containsExactly((String) null);
    }
  }

  @Test
  void a_row_reader_may_run_the_same_query_inside_it() throws SQLException {
    try (Connection c = connect()) {
      Sql sql = new Sql(c, Database.sqlite(dir));
      sql.update("create", "CREATE TABLE t (k INTEGER PRIMARY KEY, next INTEGER)");
      sql.update("insert", "INSERT INTO t (k, next) VALUES (1, 2), (2, 3), (3, NULL)");
      String q = "SELECT k, next FROM t WHERE k >= ? ORDER BY k";
      List<String> pairs = sql.list("outer", rs -> {
        long k = rs.getLong(1);
        List<Long> after = sql.list("inner", r -> r.getLong(1), q, k + 1);
        return k + ":" + after;
      }, q, 1);
      assertThat(pairs).containsExactly("1:[2, 3]", "2:[3]", "3:[]");
    }
  }

  @Test
  void a_refused_statement_does_not_spoil_its_next_run() throws SQLException {
    try (Connection c = connect()) {
      Sql sql = new Sql(c, Database.sqlite(dir));
      sql.update("create", "CREATE TABLE t (k INTEGER PRIMARY KEY)");
      String insert = "INSERT INTO t (k) VALUES (?)";
      sql.update("insert", insert, 1);
      assertThatThrownBy(() -> sql.update("insert", insert, 1)).isInstanceOf(StoreException.class)
          .hasMessageContaining("insert");
      sql.update("insert", insert, 2);
      assertThat(sql.count("SELECT count(*) FROM t")).isEqualTo(2);
    }
  }

  @Test
  void more_shapes_of_query_than_are_kept_all_run() throws SQLException {
    try (Connection c = connect()) {
      Sql sql = new Sql(c, Database.sqlite(dir));
      List<Long> seen = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < Sql.STATEMENTS + 10; i++) {
          seen.add(sql.count("SELECT " + i + " + ?", round));
        }
      }
      assertThat(seen).hasSize(2 * (Sql.STATEMENTS + 10));
      assertThat(seen.get(Sql.STATEMENTS + 10 + 5)).isEqualTo(6);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(Database.sqlite(dir).jdbcUrl());
  }
}
