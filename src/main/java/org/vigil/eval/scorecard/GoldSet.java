package org.vigil.eval.scorecard;

import java.util.List;
import java.util.Objects;

/**
 * One gold set of the scoreboard: where its data lies, the layout it is read in, and what is
 * measured on it. Several paths are scored as one set (their counts summed).
 *
 * @param name how the table names it ("GTD dev")
 * @param format the {@link org.vigil.eval.Formats} name of its layout; a layout Vigil does not
 *     read yet makes the set "not available"
 * @param root what the paths are relative to
 * @param paths the gold files or folders, relative to {@code root}
 * @param measures the rows it gives
 */
public record GoldSet(String name, String format, Root root, List<String> paths, List<Measure> measures) {

  /** What a gold set's paths are relative to. */
  public enum Root {
    /** The shared development data ({@code ../shared} or {@code $VIGIL_SHARED}), never committed. */
    SHARED,
    /** The repository's own checkout (the team's reports). */
    REPO
  }

  public GoldSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(root, "root");
    paths = List.copyOf(paths);
    measures = List.copyOf(measures);
    if (paths.isEmpty() || measures.isEmpty()) {
      throw new IllegalArgumentException("gold set " + name + " needs at least one path and one measure");
    }
  }
}
