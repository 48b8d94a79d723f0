package org.vigil.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Content fingerprints of report text. The normalised content is the text in NFKC, lower case,
 * with every run of non-letters and non-digits replaced by one space: the same report with other
 * line breaks, quotes or spacing has the same hash. The MinHash signature ({@value #SIZE}
 * values) is over word 3-shingles of the normalised content: the share of equal values
 * estimates the Jaccard similarity of two reports' shingle sets, and its {@value #BANDS} bands
 * of {@value #ROWS} values give the keys under which near-duplicates are looked up. Stateless.
 */
public final class Fingerprints {

  /** Values in a MinHash signature. */
  public static final int SIZE = 32;
  /** Bands of the signature used as lookup keys. */
  public static final int BANDS = 8;
  /** Signature values per band. */
  public static final int ROWS = SIZE / BANDS;

  private Fingerprints() {}

  public static String normalise(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** SHA-256 of the normalised content, hex. */
  public static String contentHash(String normalised) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The MinHash signature of the word 3-shingles of the normalised content. */
  public static int[] minHash(String normalised) {
    String[] w = normalised.isEmpty() ? new String[0] : normalised.split(" ");
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    int shingles = Math.max(1, w.length - 2);
    for (int i = 0; i < shingles; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(w.length, i + 3); j++) {
        h = fnv(fnv(h, w[j]), " ");
      }
      for (int k = 0; k < SIZE; k++) {
        int v = (int) (mix(h + 0x9e3779b97f4a7c15L * (k + 1)) >>> 33);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  /** The lookup key of each band of a signature. */
  public static long[] bandKeys(int[] sig) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b + 1;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + sig[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** Estimated Jaccard similarity of two signatures: the share of equal values. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  public static String encode(int[] sig) {
    StringBuilder sb = new StringBuilder(SIZE * 8);
    for (int v : sig) {
      sb.append(String.format(Locale.ROOT, "%08x", v));
    }
    return sb.toString();
  }

  public static int[] decode(String hex) {
    if (hex.length() != SIZE * 8) {
      throw new IllegalArgumentException("MinHash signature of " + hex.length() + " hex digits, expected " + SIZE * 8);
    }
    int[] sig = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sig[i] = Integer.parseUnsignedInt(hex.substring(i * 8, i * 8 + 8), 16);
    }
    return sig;
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
