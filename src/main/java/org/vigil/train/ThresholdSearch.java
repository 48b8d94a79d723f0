package org.vigil.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.vigil.extract.RoleLabel;

/**
 * Chooses the role model's thresholds on held-out documents by coordinate ascent, made stable:
 * a role's threshold is judged by the objective averaged over it and its neighbours on the grid
 * (a lone peak between two dips is noise of a few documents), and moves only when that smoothed
 * objective gains at least {@link #MIN_GAIN}. The grid of the roles stops below 1, so that no
 * role is switched off: the rules fill every role, and a threshold of 1 would leave the model
 * nothing to add to them. Deterministic: the same objective gives the same thresholds. Not
 * thread-safe.
 */
public final class ThresholdSearch {

  /** The thresholds tried for each role. */
  static final double[] GRID = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8};
  /** The vetoes tried: the probability of "no role" at which a phrase the rules chose is dropped (1: never). */
  static final double[] VETO = {0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.0};
  /** The least gain of the smoothed objective (a fraction of F1) for which a threshold moves. */
  static final double MIN_GAIN = 0.001;
  /** The start: every role at this threshold, no veto. */
  static final double START = 0.5;
  /** The most passes over the roles. */
  static final int PASSES = 4;

  private final ToDoubleFunction<Map<RoleLabel, Double>> objective;
  private final Consumer<String> progress;
  private final Map<List<Double>, Double> seen = new HashMap<>();

  /**
   * @param objective what the thresholds are chosen to maximise (the held-out mean role-filler
   *     F1), of the thresholds of every label
   */
  ThresholdSearch(ToDoubleFunction<Map<RoleLabel, Double>> objective, Consumer<String> progress) {
    this.objective = objective;
    this.progress = progress;
  }

  /** The chosen threshold of every label ({@link RoleLabel#NONE}'s is the veto). */
  Map<RoleLabel, Double> run() {
    Map<RoleLabel, Double> t = new EnumMap<>(RoleLabel.class);
    for (RoleLabel l : RoleLabel.values()) {
      t.put(l, l == RoleLabel.NONE ? 1.0 : START);
    }
    return run(t);
  }

  /**
   * The chosen threshold of every label, searched from {@code start} (every label, each on its
   * grid): a threshold moves from where it starts only for a gain.
   */
  Map<RoleLabel, Double> run(Map<RoleLabel, Double> start) {
    Map<RoleLabel, Double> t = new EnumMap<>(start);
    for (RoleLabel l : RoleLabel.values()) {
      indexOf(grid(l), t.get(l)); // says which start is off the grid
    }
    progress.accept(String.format(Locale.ROOT, "threshold search from %s: mean micro-F1 %.1f", t, 100 * raw(t)));
    for (int pass = 1; pass <= PASSES; pass++) {
      boolean moved = false;
      for (RoleLabel l : RoleLabel.values()) {
        double[] grid = grid(l);
        double[] smooth = smoothed(t, l);
        int current = indexOf(grid, t.get(l));
        int best = current;
        for (int i = 0; i < grid.length; i++) {
          if (smooth[i] > smooth[best] + (best == current ? MIN_GAIN : 0)) {
            best = i;
          }
        }
        if (best != current) {
          t.put(l, grid[best]);
          moved = true;
        }
      }
      progress.accept(String.format(Locale.ROOT, "threshold search pass %d: mean micro-F1 %.1f, %s", pass,
          100 * raw(t), t));
      if (!moved) {
        break;
      }
    }
    for (RoleLabel l : RoleLabel.values()) {
      progress.accept(profile(t, l));
    }
    return t;
  }

  /** How the thresholds are chosen, in a few words for a model card. */
  public static String describe() {
    return String.format(Locale.ROOT, "coordinate ascent from %.2f on a grid of %.2f to %.2f, each value judged with"
        + " its neighbours, a move only for a gain of %.1f point", START, GRID[0], GRID[GRID.length - 1], 100 * MIN_GAIN);
  }

  /** The grid of a label: the vetoes for {@link RoleLabel#NONE}, else the roles' thresholds. */
  static double[] grid(RoleLabel l) {
    return l == RoleLabel.NONE ? VETO : GRID;
  }

  /** For each value of the label's grid, the objective averaged over it and its neighbours on the grid, the others kept. */
  private double[] smoothed(Map<RoleLabel, Double> t, RoleLabel l) {
    double[] grid = grid(l);
    double[] raw = new double[grid.length];
    for (int i = 0; i < grid.length; i++) {
      Map<RoleLabel, Double> trial = new EnumMap<>(t);
      trial.put(l, grid[i]);
      raw[i] = raw(trial);
    }
    double[] out = new double[grid.length];
    for (int i = 0; i < grid.length; i++) {
      int from = Math.max(0, i - 1);
      int to = Math.min(grid.length - 1, i + 1);
      double sum = 0;
      for (int j = from; j <= to; j++) {
        sum += raw[j];
      }
      out[i] = sum / (to - from + 1);
    }
    return out;
  }

  /** How the objective varies with one label's threshold at the chosen ones, for the log. */
  private String profile(Map<RoleLabel, Double> t, RoleLabel l) {
    double[] grid = grid(l);
    List<String> parts = new ArrayList<>();
    for (double v : grid) {
      Map<RoleLabel, Double> trial = new EnumMap<>(t);
      trial.put(l, v);
      parts.add(String.format(Locale.ROOT, "%s%.2f %.1f", v == t.get(l) ? "*" : "", v, 100 * raw(trial)));
    }
    return l.label() + ": " + String.join(", ", parts);
  }

  private double raw(Map<RoleLabel, Double> t) {
    return seen.computeIfAbsent(List.copyOf(t.values()), k -> objective.applyAsDouble(t));
  }

  private static int indexOf(double[] grid, double v) {
    for (int i = 0; i < grid.length; i++) {
      if (grid[i] == v) {
        return i;
      }
    }
    throw new IllegalStateException("threshold " + v + " is not on the grid");
  }
}
