package org.vigil.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.vigil.learn.FeatureVector;
import org.vigil.learn.LinearModel;

/**
 * The learned {@link Relevance}: a logistic model over {@link RelevanceFeatures}, trained by
 * {@code vigil train relevance} and bundled as {@value #RESOURCE} with its card beside it.
 * Immutable; thread-safe.
 */
public final class RelevanceModel implements Relevance {

  /** Where the bundled model lives on the classpath. */
  public static final String RESOURCE = "/org/vigil/extract/relevance.model";
  /** Hash bits of the relevance features. */
  public static final int BITS = 16;
  /** The label of a real incident; the other is {@value #NONE}. */
  public static final String INCIDENT = "incident";
  /** The label of violent words that are no incident. */
  public static final String NONE = "none";
  /** Probability at or above which a candidate is kept: a candidate is dropped only when the model is fairly sure. */
  public static final double THRESHOLD = 0.15;

  private final LinearModel model;
  private final int label;

  public RelevanceModel(LinearModel model) {
    if (model.bits() != BITS || !model.labels().contains(INCIDENT)) {
      throw new IllegalArgumentException("not a relevance model: labels " + model.labels() + ", 2^" + model.bits()
          + " features; expected " + INCIDENT + " among the labels and 2^" + BITS);
    }
    this.model = model;
    this.label = model.labels().indexOf(INCIDENT);
  }

  /** The bundled model, if the build holds one. */
  public static Optional<RelevanceModel> bundled() {
    try (InputStream in = RelevanceModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(new RelevanceModel(LinearModel.read(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @Override
  public double probability(FeatureVector features) {
    return model.probabilities(features)[label];
  }

  @Override
  public double threshold() {
    return THRESHOLD;
  }
}
