package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.eval.followup.Corpus;
import org.vigil.eval.followup.FollowUpEvaluation;
import org.vigil.eval.followup.GtdJoin;
import org.vigil.extract.Extractor;
import org.vigil.registry.Registries;
import org.vigil.store.Database;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval-merge}: how well the knowledge base makes one incident per real event.
 * With no option, the bundled follow-up corpus; {@code --corpus DIR} another one in the same
 * layout; {@code --gtd FILE} the join of a GTD export's summaries with its records, both orders.
 * Each run uses a fresh SQLite store, temporary unless {@code --data} names one.
 */
@Command(name = "eval-merge", mixinStandardHelpOptions = true,
    description = "Score incident merging: the follow-up corpus (pairwise precision and recall of 'same incident', "
        + "latest toll), or the join of GTD summaries with the same incidents imported from the CSV.")
final class EvalMergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "A follow-up corpus: reports.jsonl, events.tsv, gold.tsv (default: the bundled one).")
  Path corpus;

  @Option(names = "--gtd", paramLabel = "FILE", description = "A GTD CSV export with summaries: measure the join instead.")
  Path gtd;

  @Option(names = "--limit", paramLabel = "N",
      description = "With --gtd: only the first N rows of the export (a sample of whole days, for quick runs).")
  int limit;

  @Option(names = "--misses", paramLabel = "FILE",
      description = "With --gtd: write why each summary that did not join its record missed it (one file per order, "
          + "FILE.records_first and FILE.reports_first).")
  Path misses;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Empty or new directory for the knowledge base, kept afterwards (default: a temporary one).")
  Path data;

  @Override
  public Integer call() throws IOException {
    if (corpus != null && gtd != null) {
      throw new UserError("--corpus and --gtd measure different things; give one");
    }
    if (gtd == null && (limit != 0 || misses != null)) {
      throw new UserError("--limit and --misses apply to --gtd only");
    }
    if (limit < 0) {
      throw new UserError("--limit " + limit + ": expected a positive number of rows (0 for all)");
    }
    Corpus c = null;
    if (gtd != null) {
      EngineOptions.requireReadable(gtd);
    } else {
      try {
        c = corpus == null ? Corpus.bundled() : Corpus.read(corpus);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new UserError(corpus + ": not a follow-up corpus: " + e.getFile() + " is missing; a corpus holds "
            + "reports.jsonl, events.tsv and gold.tsv", e);
      } catch (IOException | IllegalArgumentException e) {
        throw new UserError(corpus + ": not a follow-up corpus (" + e.getMessage() + ")", e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Registries registries = Registries.bundled();
    Extractor engine = new EngineOptions().extractor(registries);
    Settings settings = Settings.defaults();
    if (c != null) {
      Corpus corpusRead = c;
      inStore("", registries, store -> new FollowUpEvaluation(store, engine, registries, settings.merge())
          .run(corpusRead).print(out));
    } else {
      for (GtdJoin.Order order : GtdJoin.Order.values()) {
        String name = order.name().toLowerCase(java.util.Locale.ROOT);
        inStore(name, registries, store -> {
          try (PrintWriter w = misses == null ? null : new PrintWriter(Files.newBufferedWriter(
              misses.resolveSibling(misses.getFileName() + "." + name), java.nio.charset.StandardCharsets.UTF_8))) {
            new GtdJoin(store, engine, registries, settings.merge()).run(gtd, order, limit, w).print(out);
          }
        });
      }
    }
    return 0;
  }

  private interface Work {
    void run(Store store) throws IOException;
  }

  /** Runs {@code work} on a fresh store: under --data (in sub-directory {@code name}), else in a temporary directory. */
  private void inStore(String name, Registries registries, Work work) throws IOException {
    boolean temporary = data == null;
    Path dir = temporary ? Files.createTempDirectory("vigil-eval-merge") : name.isEmpty() ? data : data.resolve(name);
    if (!temporary && Files.exists(dir.resolve(Database.SQLITE_FILE))) {
      throw new UserError(dir + " already holds a knowledge base; the measure needs a fresh one");
    }
    StoreOptions options = new StoreOptions();
    options.data = dir;
    try (Store store = options.open(Settings.defaults(), registries)) {
      work.run(store);
    } finally {
      if (temporary) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
