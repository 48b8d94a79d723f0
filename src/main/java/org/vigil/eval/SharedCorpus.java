package org.vigil.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigil.eval.gtd.GtdRecord;
import org.vigil.eval.muc4.MessageReader;
import org.vigil.eval.muc4.MucMessage;
import org.vigil.eval.wikievents.WikiArticle;
import org.vigil.eval.wikievents.WikiReader;
import org.vigil.report.ReadLimits;
import org.vigil.report.Report;
import org.vigil.report.ReportReader;

/**
 * Every text of the shared development data ({@code ../shared/data}) as a report, whatever its
 * gold says: the MUC-4 messages (dev, tst1, tst2), the GTD summaries, the WikiEvents articles and
 * the Reuters stories, about 13,600 real texts that nobody on the team wrote. What the engine
 * must get through without a failure. A corpus that is absent is left out. Stateless.
 */
public final class SharedCorpus {

  /** The corpora, in the order they are read. */
  public static final List<String> NAMES = List.of("muc4", "gtd", "wikievents", "reuters");

  /**
   * One text.
   *
   * @param corpus one of {@link #NAMES}
   * @param source the file it was read from
   */
  public record Document(String corpus, String source, Report report) {}

  private SharedCorpus() {}

  /** The documents of one corpus under {@code data} (the shared folder's {@code data}), in file order. */
  public static List<Document> read(Path data, String corpus, Consumer<Diagnostic> problems) throws IOException {
    List<Document> out = new ArrayList<>();
    switch (corpus) {
      case "muc4" -> {
        for (Path f : files(data.resolve("muc4"))) {
          if (f.getFileName().toString().toLowerCase(Locale.ROOT).matches("(dev|tst\\d+)-muc\\d+.*")) {
            for (MucMessage m : MessageReader.parse(Files.readString(f, StandardCharsets.ISO_8859_1))) {
              out.add(new Document(corpus, f.toString(), Report.of(m.id(), m.text(), m.published())));
            }
          }
        }
      }
      case "gtd" -> {
        for (Path f : files(data.resolve("gtd"))) {
          if (f.toString().endsWith(".csv")) {
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
              new CsvReader(f.toString(), in).read(row -> GtdRecord.of(row).ifPresent(r -> out.add(
                  new Document(corpus, f.toString(), Report.of(r.id(), r.text(), r.date())))), problems);
            }
          }
        }
      }
      case "wikievents" -> {
        Path dir = data.resolve("wikievents");
        if (Files.isDirectory(dir)) {
          for (WikiArticle a : WikiReader.read(dir, problems)) {
            out.add(new Document(corpus, dir.toString(), Report.of(a.id(), a.text(), null)));
          }
        }
      }
      case "reuters" -> {
        ReportReader reader = new ReportReader(ReadLimits.defaults());
        for (Path f : files(data.resolve("reuters"))) {
          if (f.toString().endsWith(".jsonl")) {
            reader.read(f, null, r -> out.add(new Document(corpus, f.toString(), r)),
                p -> problems.accept(new Diagnostic(p.file(), p.line(), p.reason())));
          }
        }
      }
      default -> throw new IllegalArgumentException("no corpus '" + corpus + "'; expected one of " + NAMES);
    }
    return out;
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
