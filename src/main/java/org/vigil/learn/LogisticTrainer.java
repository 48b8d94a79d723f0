package org.vigil.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link LinearModel} by multinomial logistic regression: stochastic gradient descent
 * with AdaGrad step sizes and L2 regularisation of the weights an example touches, over the
 * examples in an order shuffled by the seed. The same examples, labels and settings always give
 * the same model.
 */
public final class LogisticTrainer {

  /**
   * @param bits hash bits of the features (the model has {@code 2^bits} rows), 8 to 24
   * @param epochs passes over the examples, at least 1
   * @param learningRate AdaGrad's base step, {@code > 0}
   * @param l2 strength of the L2 penalty per update, {@code >= 0}
   * @param prune weights whose magnitude is below this are stored as zero, {@code >= 0}
   * @param seed seed of the shuffling
   */
  public record Settings(int bits, int epochs, double learningRate, double l2, double prune, long seed) {

    public Settings {
      if (bits < 8 || bits > 24) {
        throw new IllegalArgumentException("bits " + bits + " outside 8..24");
      }
      if (epochs < 1 || !(learningRate > 0) || !(l2 >= 0) || !(prune >= 0)) {
        throw new IllegalArgumentException("training settings out of range: epochs " + epochs + ", learning rate "
            + learningRate + ", l2 " + l2 + ", prune " + prune);
      }
    }

    /** 2^18 features, 10 epochs, step 0.1, L2 1e-6, pruning below 1e-4, seed 1. */
    public static Settings defaults() {
      return new Settings(18, 10, 0.1, 1e-6, 1e-4, 1);
    }

    public Settings withBits(int b) {
      return new Settings(b, epochs, learningRate, l2, prune, seed);
    }

    public Settings withEpochs(int e) {
      return new Settings(bits, e, learningRate, l2, prune, seed);
    }

    public Settings withL2(double r) {
      return new Settings(bits, epochs, learningRate, r, prune, seed);
    }

    public Settings withSeed(long s) {
      return new Settings(bits, epochs, learningRate, l2, prune, s);
    }
  }

  private final Settings settings;

  public LogisticTrainer(Settings settings) {
    this.settings = settings;
  }

  /**
   * Trains on the examples; every example's label must be one of {@code labels}.
   *
   * @throws IllegalArgumentException for an unknown label or a feature outside the settings' bits
   */
  public LinearModel train(List<Example> examples, List<String> labels) {
    int n = labels.size();
    Map<String, Integer> labelIndex = new HashMap<>();
    for (int l = 0; l < n; l++) {
      labelIndex.put(labels.get(l), l);
    }
    int dim = 1 << settings.bits();
    for (Example e : examples) {
      if (!labelIndex.containsKey(e.label())) {
        throw new IllegalArgumentException("example label '" + e.label() + "' is not one of " + labels);
      }
      for (int k = 0; k < e.features().size(); k++) {
        if (e.features().index(k) >= dim) {
          throw new IllegalArgumentException("feature index " + e.features().index(k) + " outside 2^"
              + settings.bits() + ": the features were hashed with more bits than the trainer's");
        }
      }
    }
    double[] w = new double[dim * n];
    double[] g2 = new double[dim * n];
    double[] b = new double[n];
    double[] gb2 = new double[n];
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(settings.seed());
    double[] s = new double[n];
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (Example e : order) {
        FeatureVector x = e.features();
        System.arraycopy(b, 0, s, 0, n);
        for (int k = 0; k < x.size(); k++) {
          int base = x.index(k) * n;
          for (int l = 0; l < n; l++) {
            s[l] += w[base + l] * x.value(k);
          }
        }
        double[] p = LinearModel.softmax(s);
        int y = labelIndex.get(e.label());
        for (int l = 0; l < n; l++) {
          double err = (p[l] - (l == y ? 1 : 0)) * e.weight();
          gb2[l] += err * err;
          b[l] -= settings.learningRate() * err / (Math.sqrt(gb2[l]) + 1e-8);
          for (int k = 0; k < x.size(); k++) {
            int i = x.index(k) * n + l;
            double grad = err * x.value(k) + settings.l2() * w[i];
            g2[i] += grad * grad;
            w[i] -= settings.learningRate() * grad / (Math.sqrt(g2[i]) + 1e-8);
          }
        }
      }
    }
    float[] weights = new float[dim * n];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.abs(w[i]) < settings.prune() ? 0f : (float) w[i];
    }
    float[] bias = new float[n];
    for (int l = 0; l < n; l++) {
      bias[l] = (float) b[l];
    }
    return new LinearModel(labels, settings.bits(), weights, bias);
  }
}
