package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigil.registry.Registries;

/**
 * Texts made to stress the engine, of any length: one sentence repeated, and adversarial ones
 * (the lexicon's words, numbers, dates and registry names with no punctuation, a table of
 * numbers, one endless sentence, all capitals). Seeded, so each run measures the same text.
 */
final class StressTexts {

  /** The sentence a report once repeated until the server stopped answering. */
  static final String SENTENCE = "A bomb exploded in Kabul on Tuesday, killing 5 people. ";

  /** The kinds of adversarial text, by name. */
  static final List<String> ADVERSARIAL = List.of("no punctuation", "table of numbers", "one sentence", "all capitals");

  private final List<String> words;

  private StressTexts(List<String> words) {
    this.words = words;
  }

  /** The lexicon's phrases, the registries' names and a few numbers and dates. */
  static StressTexts of(Registries registries) {
    List<String> words = new ArrayList<>();
    try (InputStream in = StressTexts.class.getResourceAsStream("/org/vigil/extract/lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("the lexicon is missing from the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cols = line.split("\t");
        if (!line.startsWith("#") && cols.length > 2) {
          words.addAll(List.of(cols[2].split("\\|")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registries.groups().all().forEach(g -> words.add(g.name()));
    registries.agencies().all().forEach(a -> words.add(a.name()));
    words.addAll(List.of("Kabul", "Mogadishu", "Kano", "at least", "dozens", "12", "144", "1,200", "Tuesday",
        "yesterday", "3 January 2024", "in 2019"));
    return new StressTexts(List.copyOf(words));
  }

  static String repeated(int chars) {
    return SENTENCE.repeat(Math.max(1, chars / SENTENCE.length()));
  }

  /** Adversarial text of one kind, about {@code chars} long. */
  String adversarial(String kind, int chars) {
    Random r = new Random(13);
    StringBuilder sb = new StringBuilder(chars + 100);
    while (sb.length() < chars) {
      String w = words.get(r.nextInt(words.size()));
      switch (kind) {
        case "no punctuation" -> sb.append(w.replaceAll("\\p{Punct}", "")).append(r.nextInt(9) == 0 ? '\n' : ' ');
        case "table of numbers" -> sb.append(r.nextInt(1_000_000)).append(r.nextInt(6) == 0 ? '\n' : '\t');
        case "one sentence" -> sb.append(w.replace(".", "")).append(r.nextInt(4) == 0 ? ", " : " ");
        case "all capitals" -> sb.append(w.toUpperCase(Locale.ROOT)).append(r.nextInt(12) == 0 ? ". " : " ");
        default -> throw new IllegalArgumentException("no adversarial text '" + kind + "'; expected " + ADVERSARIAL);
      }
    }
    return kind.equals("one sentence") ? sb.append('.').toString() : sb.toString();
  }

  /** Sentences of random lexicon words: varied text for a machine without the shared corpus. */
  String sentences(int chars) {
    Random r = new Random(14);
    StringBuilder sb = new StringBuilder(chars + 100);
    while (sb.length() < chars) {
      sb.append(words.get(r.nextInt(words.size()))).append(r.nextInt(10) == 0 ? ". " : " ");
    }
    return sb.toString();
  }
}
