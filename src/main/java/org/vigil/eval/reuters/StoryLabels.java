package org.vigil.eval.reuters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.eval.Diagnostic;
import org.vigil.report.Report;

/**
 * The team's labels of Reuters stories, read from a tab-separated file: {@code id}, {@code yes}
 * or {@code no}, a {@link Reason} code; {@code #} starts a comment line. The file holds ids and
 * judgements only, never text from the stories (their terms allow research use only). A bad
 * line or a repeated id is a {@link Diagnostic} and is skipped. Immutable.
 */
public final class StoryLabels {

  /** The labels bundled with Vigil. */
  public static final String RESOURCE = "/org/vigil/eval/reuters/labels.tsv";
  /** Most labels read from one file. */
  public static final int MAX_LABELS = 100_000;

  private final String source;
  private final Map<String, StoryLabel> labels;
  private final List<Diagnostic> problems;

  private StoryLabels(String source, Map<String, StoryLabel> labels, List<Diagnostic> problems) {
    this.source = source;
    this.labels = Collections.unmodifiableMap(labels);
    this.problems = List.copyOf(problems);
  }

  /**
   * Whether {@code story} is in the held-out half: the half the relevance model never learns
   * from and the precision that counts is measured on. The split goes by title (by id when
   * untitled), so that a story filed twice stays on one side.
   */
  public static boolean heldOut(Report story) {
    String key = story.title() == null || story.title().isBlank() ? story.id()
        : story.title().strip().toLowerCase(Locale.ROOT);
    return Math.floorMod(key.hashCode(), 2) == 1;
  }

  /** The bundled labels. */
  public static StoryLabels bundled() {
    try (InputStream in = StoryLabels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Reuters labels missing from the classpath: " + RESOURCE);
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The labels in {@code file}. @throws IOException when it cannot be read */
  public static StoryLabels read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The labels in {@code content}; {@code source} names it in diagnostics. */
  public static StoryLabels parse(String source, String content) {
    Map<String, StoryLabel> out = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (out.size() >= MAX_LABELS) {
        problems.add(new Diagnostic(source, i + 1, "more than " + MAX_LABELS
            + " labels (StoryLabels.MAX_LABELS); the rest are ignored"));
        break;
      }
      try {
        StoryLabel l = parseLine(line);
        if (out.putIfAbsent(l.id(), l) != null) {
          problems.add(new Diagnostic(source, i + 1, l.id() + " is labelled twice; the first label is kept"));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Diagnostic(source, i + 1, e.getMessage() + "; line skipped"));
      }
    }
    return new StoryLabels(source, out, problems);
  }

  /** @throws IllegalArgumentException saying what is wrong with the line */
  private static StoryLabel parseLine(String line) {
    String[] f = line.split("\t");
    if (f.length != 3) {
      throw new IllegalArgumentException("expected 3 tab-separated fields (id, yes|no, reason), found " + f.length);
    }
    if (!f[1].equals("yes") && !f[1].equals("no")) {
      throw new IllegalArgumentException("label '" + f[1] + "' of " + f[0] + " is not yes or no");
    }
    Reason reason = Reason.of(f[2]).orElseThrow(() -> new IllegalArgumentException("reason '" + f[2] + "' of "
        + f[0] + " is not one of " + java.util.Arrays.stream(Reason.values()).map(Reason::code).toList()));
    return new StoryLabel(f[0].strip(), f[1].equals("yes"), reason);
  }

  /** Where the labels were read from. */
  public String source() {
    return source;
  }

  /** The label of a story, if it has one. */
  public Optional<StoryLabel> find(String id) {
    return Optional.ofNullable(labels.get(id));
  }

  /** Every label, in file order. */
  public List<StoryLabel> all() {
    return List.copyOf(labels.values());
  }

  /** The lines that were skipped, with why. */
  public List<Diagnostic> problems() {
    return problems;
  }
}
