package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.registry.Registries;
import org.vigil.report.Report;

/**
 * Generated hostile texts, which always run (issue 13): random runs of the lexicon's words,
 * numbers, dates and registry names, very long sentences, no punctuation, all capitals, mixed
 * scripts, lone surrogates, zero-width characters and HTML entities. Every one must give a
 * result, never a failure; the seeds are fixed, so a failure here is reproducible.
 */
class HostileTextTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 20);
  private static final List<String> WORDS = new ArrayList<>();

  @BeforeAll
  static void vocabulary() throws IOException {
    try (InputStream in = HostileTextTest.class.getResourceAsStream(Lexicon.RESOURCE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cols = line.split("\t");
        if (!line.startsWith("#") && cols.length > 2) {
          WORDS.addAll(List.of(cols[2].split("\\|")));
        }
      }
    }
    Registries.bundled().groups().all().forEach(g -> WORDS.add(g.name()));
    Registries.bundled().agencies().all().forEach(a -> WORDS.add(a.name()));
    WORDS.addAll(List.of("Kabul", "Mogadishu", "Kano", "Pakistan", "the", "a", "and", "him", "It", "They", "THE",
        "at least", "more than", "dozens", "one thousand", "thousand", "dozen", "twenty - three", "toll", "rose to",
        "Tuesday", "yesterday", "last year", "3 January 2024", "Jan. 3", "in 2019", "31 February 2020", "3 JAN 90",
        "2024-13-45", "no one was hurt", "were killed", "was arrested", "minister", "General", ".", ",", ";", "(",
        ")", "\"", "'s", "-", "5", "12", "144", "99999999", "1,200", "0"));
  }

  private static void survives(String what, String text) {
    ExtractionOutcome o = Engines.bundled().attempt(Report.of(what, text, PUBLISHED));
    assertThat(o.failed()).as(what + ": " + (o.failed() ? o.failure().reason() : "") + "\n" + preview(text))
        .isFalse();
    ExtractionOutcome undated = Engines.bundled().attempt(Report.of(what, text, null));
    assertThat(undated.failed()).as(what + " without a date: " + (undated.failed() ? undated.failure().reason() : ""))
        .isFalse();
  }

  private static String preview(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }

  private static String words(Random r, int n, Function<String, String> each, String... separators) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(each.apply(WORDS.get(r.nextInt(WORDS.size()))));
      sb.append(separators[r.nextInt(separators.length)]);
    }
    return sb.toString();
  }

  @Test
  void random_runs_of_lexicon_words_numbers_dates_and_names_give_a_result() {
    Random r = new Random(13);
    for (int k = 0; k < 200; k++) {
      survives("random " + k, words(r, 5 + r.nextInt(150), w -> r.nextInt(8) == 0 ? w.toUpperCase() : w,
          " ", " ", " ", " ", ". ", "\n\n", ", "));
    }
  }

  @Test
  void very_long_sentences_and_text_without_punctuation_give_a_result() {
    Random r = new Random(14);
    survives("one sentence of 6,000 words", words(r, 6_000, w -> w.replace(".", ""), " ", " , ") + ".");
    survives("no punctuation", words(r, 6_000, w -> w.replaceAll("\\p{Punct}", ""), " ", "\n"));
    survives("a table of numbers", "12\t4,000\t99999999\n".repeat(3_000));
    survives("one sentence repeated", "A bomb exploded in Kabul on Tuesday, killing 5 people. ".repeat(1_000));
  }

  @Test
  void all_capitals_give_a_result() {
    survives("all capitals", words(new Random(15), 2_000, String::toUpperCase, " ", ". ", " -- "));
  }

  @Test
  void mixed_scripts_lone_surrogates_zero_width_characters_and_entities_give_a_result() {
    Random r = new Random(16);
    String[] odd = {"\u0643\u0627\u0628\u0644", "\u0915\u093e\u092c\u0941\u0932", "\u55ac\u5e03\u723e",
        "\u041a\u0430\u0431\u0443\u043b", "\ud800", "\udfff", "\ud83d\udca3", "\u200b", "\u200d", "\ufeff",
        "\u202e", "&amp;", "&#8212;", "&nbsp;", "&lt;script&gt;", "\u0000", "\u00ad", "\u0301", "K\u0301abul",
        "\uff2b\uff41\uff42\uff55\uff4c", "\u2019", "\u2013", "\r", "\t", "\u2028"};
    for (int k = 0; k < 200; k++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 5 + r.nextInt(100); i++) {
        sb.append(r.nextBoolean() ? WORDS.get(r.nextInt(WORDS.size())) : odd[r.nextInt(odd.length)]);
        sb.append(r.nextInt(3) == 0 ? "" : " ");
      }
      survives("mixed " + k, sb.toString());
    }
  }
}
