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
 * the same model. A feature seen in fewer than {@link Settings#minCount} examples keeps a zero
 * weight: a rare word or name says which message an example came from rather than what role its
 * phrase fills, and a model that learns it fits its training data better than new text.
 */
public final class LogisticTrainer {

  /**
   * @param bits hash bits of the features (the model has {@code 2^bits} rows), 8 to 24
   * @param epochs passes over the examples, at least 1
   * @param learningRate AdaGrad's base step, {@code > 0}
   * @param l2 strength of the L2 penalty per update, {@code >= 0}
   * @param prune weights whose magnitude is below this are stored as zero, {@code >= 0}
   * @param seed seed of the shuffling
   * @param minCount the fewest training examples a feature must occur in to get a weight, at least 1
   * @param average true to return the weights averaged over every step of training rather than
   *     the last step's: steadier, less swayed by the last examples of the shuffle
   */
  public record Settings(int bits, int epochs, double learningRate, double l2, double prune, long seed,
      int minCount, boolean average) {

    public Settings {
      if (bits < 8 || bits > 24) {
        throw new IllegalArgumentException("bits " + bits + " outside 8..24");
      }
      if (epochs < 1 || !(learningRate > 0) || !(l2 >= 0) || !(prune >= 0) || minCount < 1) {
        throw new IllegalArgumentException("training settings out of range: epochs " + epochs + ", learning rate "
            + learningRate + ", l2 " + l2 + ", prune " + prune + ", min count " + minCount);
      }
    }

    /** 2^18 features, 10 epochs, step 0.1, L2 1e-6, pruning below 1e-4, seed 1, every feature weighed. */
    public static Settings defaults() {
      return new Settings(18, 10, 0.1, 1e-6, 1e-4, 1, 1, false);
    }

    public Settings withBits(int b) {
      return new Settings(b, epochs, learningRate, l2, prune, seed, minCount, average);
    }

    public Settings withEpochs(int e) {
      return new Settings(bits, e, learningRate, l2, prune, seed, minCount, average);
    }

    public Settings withL2(double r) {
      return new Settings(bits, epochs, learningRate, r, prune, seed, minCount, average);
    }

    public Settings withSeed(long s) {
      return new Settings(bits, epochs, learningRate, l2, prune, s, minCount, average);
    }

    public Settings withMinCount(int m) {
      return new Settings(bits, epochs, learningRate, l2, prune, seed, m, average);
    }

    public Settings withAverage(boolean a) {
      return new Settings(bits, epochs, learningRate, l2, prune, seed, minCount, a);
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
    boolean[] kept = kept(examples, dim);
    double[] w = new double[dim * n];
    double[] g2 = new double[dim * n];
    double[] b = new double[n];
    double[] gb2 = new double[n];
    Averages avg = settings.average() ? new Averages(w.length, n) : null;
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(settings.seed());
    double[] s = new double[n];
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (Example e : order) {
        FeatureVector x = e.features();
        System.arraycopy(b, 0, s, 0, n);
        for (int k = 0; k < x.size(); k++) {
          if (!kept[x.index(k)]) {
            continue;
          }
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
          double db = settings.learningRate() * err / (Math.sqrt(gb2[l]) + 1e-8);
          b[l] -= db;
          for (int k = 0; k < x.size(); k++) {
            if (!kept[x.index(k)]) {
              continue;
            }
            int i = x.index(k) * n + l;
            double grad = err * x.value(k) + settings.l2() * w[i];
            g2[i] += grad * grad;
            double dw = settings.learningRate() * grad / (Math.sqrt(g2[i]) + 1e-8);
            w[i] -= dw;
            if (avg != null) {
              avg.w[i] -= avg.step * dw;
            }
          }
          if (avg != null) {
            avg.b[l] -= avg.step * db;
          }
        }
        if (avg != null) {
          avg.step++;
        }
      }
    }
    if (avg != null) {
      avg.finish(w, b);
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

  /** Which features occur in at least {@link Settings#minCount} of the examples. */
  private boolean[] kept(List<Example> examples, int dim) {
    boolean[] kept = new boolean[dim];
    if (settings.minCount() <= 1) {
      java.util.Arrays.fill(kept, true);
      return kept;
    }
    int[] seen = new int[dim];
    for (Example e : examples) {
      for (int k = 0; k < e.features().size(); k++) {
        seen[e.features().index(k)]++; // a vector holds each index once
      }
    }
    for (int i = 0; i < dim; i++) {
      kept[i] = seen[i] >= settings.minCount();
    }
    return kept;
  }

  /**
   * The running sums of the averaged weights, by the trick of Daume (2006): each update is also
   * added times its step number, so that the mean over all steps is the last weights minus those
   * sums over the number of steps, without a pass over every weight at every step.
   */
  private static final class Averages {
    final double[] w;
    final double[] b;
    long step = 1;

    Averages(int weights, int labels) {
      w = new double[weights];
      b = new double[labels];
    }

    /** Turns the last weights {@code w} and biases {@code b} into their means over the steps. */
    void finish(double[] lastW, double[] lastB) {
      for (int i = 0; i < lastW.length; i++) {
        lastW[i] -= w[i] / step;
      }
      for (int l = 0; l < lastB.length; l++) {
        lastB[l] -= b[l] / step;
      }
    }
  }
}
