package org.vigil.learn;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained multinomial linear model: for each label a weight per hashed feature and a bias;
 * the label's score is the dot product plus the bias and its probability the softmax over all
 * labels. Immutable and safe for concurrent use. Stored as a small gzip'd binary (only the
 * features with a non-zero weight) and read back with {@link #read(InputStream)}.
 */
public final class LinearModel {

  private static final int MAGIC = 0x56474c4d; // "VGLM"
  private static final int FORMAT = 1;
  /** Labels a model may have; more is a corrupt file, not a model. */
  static final int MAX_LABELS = 64;

  private final List<String> labels;
  private final int bits;
  private final WeightRows weights;
  private final float[] bias;

  LinearModel(List<String> labels, int bits, float[] weights, float[] bias) {
    this.labels = List.copyOf(labels);
    if (this.labels.size() < 2 || this.labels.size() > MAX_LABELS) {
      throw new IllegalArgumentException("a model needs 2 to " + MAX_LABELS + " labels, got " + labels);
    }
    if (this.labels.stream().distinct().count() != this.labels.size()) {
      throw new IllegalArgumentException("labels repeat: " + labels);
    }
    if (weights.length != (1 << bits) * this.labels.size() || bias.length != this.labels.size()) {
      throw new IllegalArgumentException("weights do not fit " + this.labels.size() + " labels of 2^" + bits);
    }
    this.bits = bits;
    this.weights = new WeightRows(weights, this.labels.size());
    this.bias = bias;
  }

  /** The labels, in the order of {@link #scores}. */
  public List<String> labels() {
    return labels;
  }

  /** The hash bits of the features this model reads; {@link Features} must use the same. */
  public int bits() {
    return bits;
  }

  /** A new feature collector of this model's dimension. */
  public Features features() {
    return new Features(bits);
  }

  /** The raw score of each label, in the order of {@link #labels()}. */
  public double[] scores(FeatureVector x) {
    return add(x, biasScores());
  }

  private double[] biasScores() {
    double[] s = new double[labels.size()];
    for (int l = 0; l < s.length; l++) {
      s[l] = bias[l];
    }
    return s;
  }

  /**
   * The raw scores of a candidate whose features are {@code x} together with others already
   * scored as {@code others} (by {@link #scores}, so the bias is in them): the score is linear,
   * so a stage can score the part of a candidate's features shared by many decisions once.
   */
  public double[] scores(FeatureVector x, double[] others) {
    if (others.length != labels.size()) {
      throw new IllegalArgumentException(others.length + " scores for the " + labels.size() + " labels " + labels);
    }
    return add(x, others.clone());
  }

  /** {@link #scores(FeatureVector)} of the features collected in {@code f}, without making a vector. */
  public double[] scores(Features f) {
    return f.addTo(weights, 1 << bits, biasScores());
  }

  /**
   * {@code others} plus the weights of the features collected in {@code f}, label by label, as a
   * new array: the part of a score that many candidates share, scored once.
   */
  public double[] plus(Features f, double[] others) {
    if (others.length != labels.size()) {
      throw new IllegalArgumentException(others.length + " scores for the " + labels.size() + " labels " + labels);
    }
    return f.addTo(weights, 1 << bits, others.clone());
  }

  /** {@link #probabilities(FeatureVector, double[])} of the features collected in {@code f}. */
  public double[] probabilities(Features f, double[] others) {
    return softmaxInPlace(plus(f, others));
  }

  /**
   * {@link #probabilities(Features, double[])} of the features collected in {@code f} with the
   * scores {@code a} and {@code b} of two other parts of a candidate, added label by label first.
   */
  public double[] probabilities(Features f, double[] a, double[] b) {
    if (a.length != labels.size() || b.length != labels.size()) {
      throw new IllegalArgumentException(a.length + " and " + b.length + " scores for the " + labels.size()
          + " labels " + labels);
    }
    double[] s = new double[a.length];
    for (int l = 0; l < s.length; l++) {
      s[l] = a[l] + b[l];
    }
    return softmaxInPlace(f.addTo(weights, 1 << bits, s));
  }

  /** The probabilities (softmax) of {@link #scores(FeatureVector, double[])}. */
  public double[] probabilities(FeatureVector x, double[] others) {
    return softmaxInPlace(scores(x, others));
  }

  private double[] add(FeatureVector x, double[] s) {
    int dim = 1 << bits;
    for (int k = 0; k < x.size(); k++) {
      int i = x.index(k);
      if (i >= dim) {
        throw new IllegalArgumentException("feature index " + i + " is outside this model's 2^" + bits);
      }
      weights.addTo(s, i, x.value(k));
    }
    return s;
  }

  /** The probability of each label (softmax of the scores), in the order of {@link #labels()}. */
  public double[] probabilities(FeatureVector x) {
    return softmaxInPlace(scores(x));
  }

  /** The probability of one label. */
  public double probability(FeatureVector x, String label) {
    int l = labels.indexOf(label);
    if (l < 0) {
      throw new IllegalArgumentException("unknown label '" + label + "'; this model has " + labels);
    }
    return probabilities(x)[l];
  }

  /** The most probable label. */
  public String best(FeatureVector x) {
    double[] s = scores(x);
    int b = 0;
    for (int l = 1; l < s.length; l++) {
      if (s[l] > s[b]) {
        b = l;
      }
    }
    return labels.get(b);
  }

  static double[] softmax(double[] s) {
    return softmaxInPlace(s.clone());
  }

  /** {@link #softmax}, written over the scores {@code s}. */
  private static double[] softmaxInPlace(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int l = 0; l < s.length; l++) {
      s[l] = Math.exp(s[l] - max);
      sum += s[l];
    }
    for (int l = 0; l < s.length; l++) {
      s[l] /= sum;
    }
    return s;
  }

  /** Writes the model (gzip'd; features whose weights are all zero are left out). */
  public void write(OutputStream out) {
    try {
      GZIPOutputStream gz = new GZIPOutputStream(out);
      DataOutputStream d = new DataOutputStream(gz);
      int n = labels.size();
      d.writeInt(MAGIC);
      d.writeInt(FORMAT);
      d.writeInt(bits);
      d.writeInt(n);
      for (int l = 0; l < n; l++) {
        d.writeUTF(labels.get(l));
        d.writeFloat(bias[l]);
      }
      int dim = 1 << bits;
      d.writeInt(weights.count());
      for (int i = 0; i < dim; i++) {
        if (weights.has(i)) {
          d.writeInt(i);
          for (int l = 0; l < n; l++) {
            d.writeFloat(weights.weight(i, l));
          }
        }
      }
      d.flush();
      gz.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws ModelFormatException when the stream is not such a model, naming what is wrong
   */
  public static LinearModel read(InputStream in) {
    try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
      if (d.readInt() != MAGIC) {
        throw new ModelFormatException("not a Vigil linear model (wrong magic number)");
      }
      int format = d.readInt();
      if (format != FORMAT) {
        throw new ModelFormatException("model format " + format + ", expected " + FORMAT);
      }
      int bits = d.readInt();
      int n = d.readInt();
      if (bits < 8 || bits > 24 || n < 2 || n > MAX_LABELS) {
        throw new ModelFormatException("model of 2^" + bits + " features and " + n
            + " labels: expected 8..24 bits and 2.." + MAX_LABELS + " labels");
      }
      String[] labels = new String[n];
      float[] bias = new float[n];
      for (int l = 0; l < n; l++) {
        labels[l] = d.readUTF();
        bias[l] = d.readFloat();
      }
      int dim = 1 << bits;
      int rows = d.readInt();
      if (rows < 0 || rows > dim) {
        throw new ModelFormatException(rows + " weight rows in a model of 2^" + bits + " features");
      }
      float[] weights = new float[dim * n];
      for (int r = 0; r < rows; r++) {
        int i = d.readInt();
        if (i < 0 || i >= dim) {
          throw new ModelFormatException("feature index " + i + " outside 2^" + bits);
        }
        for (int l = 0; l < n; l++) {
          weights[i * n + l] = d.readFloat();
        }
      }
      return new LinearModel(List.of(labels), bits, weights, bias);
    } catch (EOFException e) {
      throw new ModelFormatException("model file ends too early");
    } catch (IOException e) {
      throw new ModelFormatException("model cannot be read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw e instanceof ModelFormatException m ? m : new ModelFormatException(e.getMessage());
    }
  }

  /** Reads a model shipped as a class-path resource next to {@code anchor}. */
  public static LinearModel resource(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new ModelFormatException("model resource " + name + " is missing next to " + anchor.getName()
          + "; run vigil train to make it");
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
