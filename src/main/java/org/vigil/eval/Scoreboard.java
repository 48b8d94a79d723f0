package org.vigil.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates the scores of one evaluation run, field by field, and the list of disagreements.
 * Fields appear in the result in the order they were first scored. Not thread-safe: one per run.
 */
public final class Scoreboard {

  /** Most disagreements kept in the result; the rest are only counted. */
  public static final int MAX_ERRORS = 20_000;

  /** The label of a missing value in confusion matrices and error cases. */
  public static final String NONE = "(none)";

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final List<ErrorCase> errors = new ArrayList<>();
  private int omitted;

  /**
   * Scores a single-valued categorical field: equal values (after {@link Text#normalize}) are a
   * true positive, and every pair goes into the confusion matrix.
   */
  public void categorical(String doc, String snippet, String field, @Nullable String expected,
      @Nullable String found) {
    Tally t = tally(field);
    String e = blank(expected) ? NONE : expected;
    String f = blank(found) ? NONE : found;
    t.confusion.computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(f, 1, Integer::sum);
    compare(doc, snippet, field, e, f, Text.same(e, f) && !e.equals(NONE));
  }

  /**
   * Scores a single-valued field where the caller decides agreement (a distance, a tolerance):
   * no confusion matrix.
   */
  public void value(String doc, String snippet, String field, @Nullable String expected,
      @Nullable String found, boolean agree) {
    tally(field);
    compare(doc, snippet, field, blank(expected) ? NONE : expected, blank(found) ? NONE : found,
        agree && !blank(expected) && !blank(found));
  }

  /**
   * Scores a yes/no decision (does the document report an incident): yes on both sides is a true
   * positive, yes from the engine only a false positive, yes from the coders only a false
   * negative. The descriptions say what each side meant in the error case ("no: sport").
   */
  public void decision(String doc, String snippet, String field, boolean expected, boolean found,
      String expectedText, String foundText) {
    Tally t = tally(field);
    if (expected) {
      t.expected++;
    }
    if (expected && found) {
      t.tp++;
    } else if (expected || found) {
      if (expected) {
        t.fn++;
      } else {
        t.fp++;
      }
      error(new ErrorCase(doc, field, snippet, expectedText, foundText));
    }
  }

  /** Scores a multi-valued role: predicted strings, each its own entity, against gold entities. */
  public EntityMatch entities(String doc, String snippet, String field, List<GoldEntity> gold,
      List<String> predicted) {
    return clusters(doc, snippet, field, gold, predicted.stream().map(List::of).toList());
  }

  /** Scores a multi-valued role: predicted entities (lists of strings) against gold ones ({@link EntityMatch}). */
  public EntityMatch clusters(String doc, String snippet, String field, List<GoldEntity> gold,
      List<List<String>> predicted) {
    return clusters(doc, snippet, field, gold, predicted, GoldEntity::matches);
  }

  /** As {@link #clusters(String, String, String, List, List)}, with another test of a string against a gold entity. */
  public EntityMatch clusters(String doc, String snippet, String field, List<GoldEntity> gold,
      List<List<String>> predicted, java.util.function.BiPredicate<GoldEntity, String> matches) {
    Tally t = tally(field);
    EntityMatch m = EntityMatch.ofEntities(gold, predicted, matches);
    t.tp += m.correct().size();
    t.fp += m.spurious().size();
    t.fn += m.missed().size();
    t.expected += m.correct().size() + m.missed().size();
    for (String s : m.spurious()) {
      error(new ErrorCase(doc, field, snippet, NONE, s));
    }
    for (GoldEntity g : m.missed()) {
      error(new ErrorCase(doc, field, snippet, String.join(" / ", g.mentions()),
          predicted.isEmpty() ? NONE : String.join("; ", predicted.stream().map(p -> p.get(0)).toList())));
    }
    return m;
  }

  /**
   * Scores a multiset of labels (the incident types of a message's templates): each label earns
   * as many true positives as it occurs on both sides; the surplus on either side is false
   * positives or false negatives.
   */
  public void multiset(String doc, String snippet, String field, List<String> expected, List<String> found) {
    Tally t = tally(field);
    Map<String, Integer> e = new LinkedHashMap<>();
    Map<String, Integer> f = new LinkedHashMap<>();
    expected.forEach(x -> e.merge(x, 1, Integer::sum));
    found.forEach(x -> f.merge(x, 1, Integer::sum));
    java.util.Set<String> labels = new java.util.LinkedHashSet<>(e.keySet());
    labels.addAll(f.keySet());
    for (String l : labels) {
      int ne = e.getOrDefault(l, 0);
      int nf = f.getOrDefault(l, 0);
      t.tp += Math.min(ne, nf);
      t.expected += ne;
      if (ne > nf) {
        t.fn += ne - nf;
        error(new ErrorCase(doc, field, snippet, ne + " × " + l, nf + " × " + l));
      } else if (nf > ne) {
        t.fp += nf - ne;
        error(new ErrorCase(doc, field, snippet, ne + " × " + l, nf + " × " + l));
      }
    }
  }

  /** Adds counts computed elsewhere (a micro-average over other fields). */
  public void add(String field, int tp, int fp, int fn) {
    Tally t = tally(field);
    t.tp += tp;
    t.fp += fp;
    t.fn += fn;
    t.expected += tp + fn;
  }

  /** Adds the micro-average of the named fields, scored so far, as the field {@code name}. */
  public void micro(String name, java.util.Collection<String> fields) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      if (fields.contains(e.getKey())) {
        tp += e.getValue().tp;
        fp += e.getValue().fp;
        fn += e.getValue().fn;
      }
    }
    add(name, tp, fp, fn);
  }

  /** The scores so far. */
  public List<FieldResult> fields() {
    return tallies.entrySet().stream().map(e -> e.getValue().result(e.getKey()))
        .collect(Collectors.toList());
  }

  /** The result of the run. */
  public EvalResult result(String format, String gold, int documents, List<Diagnostic> diagnostics) {
    return new EvalResult(format, gold, documents, fields(), errors, omitted, diagnostics);
  }

  private void compare(String doc, String snippet, String field, String e, String f, boolean agree) {
    Tally t = tally(field);
    boolean hasE = !e.equals(NONE);
    boolean hasF = !f.equals(NONE);
    if (hasE) {
      t.expected++;
    }
    if (agree) {
      t.tp++;
      return;
    }
    if (hasE) {
      t.fn++;
    }
    if (hasF) {
      t.fp++;
    }
    if (hasE || hasF) {
      error(new ErrorCase(doc, field, snippet, e, f));
    }
  }

  private void error(ErrorCase c) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(c);
    } else {
      omitted++;
    }
  }

  private Tally tally(String field) {
    return tallies.computeIfAbsent(field, k -> new Tally());
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static final class Tally {
    int tp;
    int fp;
    int fn;
    int expected;
    final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();

    FieldResult result(String field) {
      return new FieldResult(field, tp, fp, fn, expected, confusion);
    }
  }
}
