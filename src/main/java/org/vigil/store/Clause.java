package org.vigil.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A fragment of SQL and the values of its placeholders, in order. Immutable. */
record Clause(String sql, List<@Nullable Object> args) {

  Clause {
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  static Clause of(String sql, @Nullable Object... args) {
    List<@Nullable Object> a = new ArrayList<>();
    Collections.addAll(a, args);
    return new Clause(sql, a);
  }

  /** This fragment followed by {@code other}. */
  Clause then(Clause other) {
    List<@Nullable Object> a = new ArrayList<>(args);
    a.addAll(other.args);
    return new Clause(sql + other.sql, a);
  }

  Clause then(String moreSql, @Nullable Object... moreArgs) {
    return then(of(moreSql, moreArgs));
  }

  /** {@code ?, ?, ?} for {@code n} values. */
  static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  @Nullable Object[] array() {
    return args.toArray();
  }
}
