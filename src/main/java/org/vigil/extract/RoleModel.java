package org.vigil.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.vigil.learn.LinearModel;
import org.vigil.learn.ModelFormatException;

/**
 * The trained role scorer as shipped: a {@link LinearModel} over {@link RoleFeatures} with the
 * labels of {@link RoleLabel}, and per label the probability a candidate needs to fill that role
 * (chosen by cross-validation when training). Immutable and thread-safe. The bundled model is
 * {@value #MODEL} beside this class, with {@value #THRESHOLDS} and its card {@value #CARD}.
 */
public final class RoleModel {

  /** The model's resource name, beside this class. */
  public static final String MODEL = "roles.model";
  /** The thresholds' resource name, beside this class. */
  public static final String THRESHOLDS = "roles.thresholds";
  /** The model card's resource name, beside this class. */
  public static final String CARD = "roles.md";

  /** The prefix, in {@value #THRESHOLDS}, of the thresholds for text in capitals. */
  public static final String CAPS = "caps.";

  private final LinearModel model;
  private final Map<RoleLabel, Double> thresholds;
  private final Map<RoleLabel, Double> caps;

  private RoleModel(LinearModel model, Map<RoleLabel, Double> thresholds, Map<RoleLabel, Double> caps) {
    List<String> want = java.util.Arrays.stream(RoleLabel.values()).map(RoleLabel::label).toList();
    if (!model.labels().equals(want)) {
      throw new ModelFormatException("role model labels " + model.labels() + ", expected " + want);
    }
    this.model = model;
    this.thresholds = Map.copyOf(thresholds);
    this.caps = Map.copyOf(caps);
  }

  /**
   * A model with the probability each role needs; a role without a threshold needs 0.5. The
   * threshold of {@link RoleLabel#NONE} is the probability of "no role" at which a phrase the
   * rules chose is dropped; without one the model never drops the rules' choices.
   */
  public static RoleModel of(LinearModel model, Map<RoleLabel, Double> thresholds) {
    Map<RoleLabel, Double> t = complete(thresholds, "");
    return new RoleModel(model, t, t);
  }

  /**
   * A model with the probability each role needs in text of mixed case, and in text written in
   * capitals (wire copy, telexes: {@code caps}); a role {@code caps} leaves out needs what it
   * needs in mixed case.
   */
  public static RoleModel of(LinearModel model, Map<RoleLabel, Double> thresholds, Map<RoleLabel, Double> caps) {
    Map<RoleLabel, Double> t = complete(thresholds, "");
    Map<RoleLabel, Double> given = new EnumMap<>(t);
    given.putAll(caps);
    return new RoleModel(model, t, complete(given, CAPS));
  }

  private static Map<RoleLabel, Double> complete(Map<RoleLabel, Double> thresholds, String prefix) {
    Map<RoleLabel, Double> t = new EnumMap<>(RoleLabel.class);
    for (RoleLabel l : RoleLabel.values()) {
      double v = thresholds.getOrDefault(l, l == RoleLabel.NONE ? 1.0 : 0.5);
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("threshold of " + prefix + l.label() + " is " + v + ", expected 0..1");
      }
      t.put(l, v);
    }
    return t;
  }

  /** The model shipped with the engine, or empty when none was trained into this build. */
  public static Optional<RoleModel> bundled() {
    try (InputStream m = RoleModel.class.getResourceAsStream(MODEL);
        InputStream t = RoleModel.class.getResourceAsStream(THRESHOLDS)) {
      if (m == null || t == null) {
        return Optional.empty();
      }
      return Optional.of(read(m, t));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled role model: " + e.getMessage(), e);
    }
  }

  /** Reads a model and its thresholds as {@link #write} wrote them. */
  public static RoleModel read(InputStream model, InputStream thresholds) throws IOException {
    Properties p = new Properties();
    p.load(new java.io.InputStreamReader(thresholds, StandardCharsets.UTF_8));
    Map<RoleLabel, Double> t = new EnumMap<>(RoleLabel.class);
    Map<RoleLabel, Double> caps = new EnumMap<>(RoleLabel.class);
    for (String k : p.stringPropertyNames()) {
      String role = k.startsWith(CAPS) ? k.substring(CAPS.length()) : k;
      RoleLabel l = RoleLabel.of(role).orElseThrow(() -> new ModelFormatException("threshold for unknown role '" + k
          + "'; expected one of " + java.util.Arrays.toString(RoleLabel.values()) + ", each maybe after " + CAPS));
      try {
        (k.startsWith(CAPS) ? caps : t).put(l, Double.parseDouble(p.getProperty(k)));
      } catch (NumberFormatException e) {
        throw new ModelFormatException("threshold of " + k + " is '" + p.getProperty(k) + "', not a number");
      }
    }
    return of(LinearModel.read(model), t, caps);
  }

  /** Writes the model and its thresholds. */
  public void write(OutputStream modelOut, OutputStream thresholdsOut) throws IOException {
    model.write(modelOut);
    StringBuilder s = new StringBuilder("# probability a candidate needs to fill each role\n");
    thresholds.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> s.append(e.getKey().label()).append('=').append(e.getValue()).append('\n'));
    if (!caps.equals(thresholds)) {
      s.append("# in text written in capitals (wire copy), chosen on the corpora in capitals: see the card\n");
      caps.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> s.append(CAPS).append(e.getKey().label()).append('=').append(e.getValue()).append('\n'));
    }
    thresholdsOut.write(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  LinearModel linear() {
    return model;
  }

  /** These weights and thresholds for mixed case, with other thresholds for text in capitals. */
  public RoleModel withCaps(Map<RoleLabel, Double> caps) {
    return of(model, thresholds, caps);
  }

  /** The probability each role needs in text of mixed case. */
  public Map<RoleLabel, Double> thresholds() {
    return thresholds;
  }

  /** The probability each role needs in text written in capitals ({@code allCaps}) or not. */
  public Map<RoleLabel, Double> thresholds(boolean allCaps) {
    return allCaps ? caps : thresholds;
  }

  /** The hash bits of the features the model reads. */
  public int bits() {
    return model.bits();
  }
}
