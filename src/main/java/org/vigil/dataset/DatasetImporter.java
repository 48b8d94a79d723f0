package org.vigil.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.geo.Gazetteer;
import org.vigil.merge.IncidentMerger;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.store.Ownership;
import org.vigil.store.Store;

/**
 * Imports a GTD or ACLED CSV file. Each record goes through the knowledge base's merge like a
 * report: it joins the stored incident that news reports already made of the same event, or
 * becomes an incident of its own that later reports join. Two records of one dataset never
 * merge (a dataset lists each incident once); importing the same file again adds nothing. One
 * transaction per batch. Not thread-safe.
 */
public final class DatasetImporter {

  /** The datasets understood. */
  public enum Format {
    GTD(new Gtd()), ACLED(new Acled());

    final Mapping mapping;

    Format(Mapping mapping) {
      this.mapping = mapping;
    }

    public static Optional<Format> fromLabel(String label) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(label)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * What an import did; {@code skipped} lines are "file:line: reason".
   *
   * @param created records that became incidents of their own
   * @param joined records that joined an incident reports had made of the same event
   */
  public record Result(long records, long created, long joined, long alreadyImported, List<String> skipped) {
    public Result {
      skipped = List.copyOf(skipped);
    }
  }

  /** Longest CSV record accepted, in characters ({@code dataset.max-record-chars}). */
  public static final int MAX_RECORD_CHARS = 1_000_000;

  private final Store store;
  private final IncidentMerger merger;
  private final IncidentJson json;
  private final int batchSize;

  public DatasetImporter(Store store, IncidentMerger merger, Gazetteer gazetteer, Registry<Group> groups, int batchSize) {
    this.store = store;
    this.merger = merger;
    this.json = new IncidentJson(gazetteer, groups);
    this.batchSize = batchSize;
  }

  /**
   * Imports the file.
   *
   * @param label the owner and marking of the records' sources
   * @throws IOException when the file cannot be read or is not UTF-8
   * @throws IllegalArgumentException when the header lacks a required column (named)
   */
  public Result run(Path file, Format format, Ownership label, Consumer<String> skippedLine) throws IOException {
    Mapping m = format.mapping;
    List<String> skipped = new ArrayList<>();
    long[] counts = new long[4];
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    try (Reader r = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      Csv csv = new Csv(r, MAX_RECORD_CHARS);
      Csv.Row header = csv.next().orElseThrow(() -> new IllegalArgumentException(file + " is empty; expected a "
          + format.name() + " CSV header"));
      List<String> columns = header.fields().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)
          .replace("\uFEFF", "")).toList();
      for (String req : m.required()) {
        if (!columns.contains(req)) {
          throw new IllegalArgumentException(file + " has no column '" + req + "'; a " + format.name()
              + " export needs " + m.required());
        }
      }
      List<Csv.Row> batch = new ArrayList<>();
      Optional<Csv.Row> row;
      while ((row = csv.next()).isPresent()) {
        batch.add(row.get());
        if (batch.size() >= batchSize) {
          store(file, m, columns, batch, counts, skipped, skippedLine, label);
        }
      }
      store(file, m, columns, batch, counts, skipped, skippedLine, label);
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not UTF-8 text");
    }
    return new Result(counts[0], counts[1], counts[3], counts[2], skipped);
  }

  private void store(Path file, Mapping m, List<String> columns, List<Csv.Row> batch, long[] counts,
      List<String> skipped, Consumer<String> skippedLine, Ownership label) {
    store.inTransaction(() -> {
      for (Csv.Row row : batch) {
        Consumer<String> skip = reason -> {
          String line = file + ":" + row.line() + ": " + reason;
          skipped.add(line);
          skippedLine.accept(line);
        };
        if (row.problem() != null) {
          skip.accept(row.problem());
          continue;
        }
        if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
          continue;
        }
        counts[0]++;
        if (row.fields().size() != columns.size()) {
          skip.accept(row.fields().size() + " fields, expected " + columns.size() + " as in the header");
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          values.put(columns.get(i), row.fields().get(i));
        }
        String ref = values.get(m.idColumn()).strip();
        if (ref.isEmpty()) {
          skip.accept("no " + m.idColumn());
          continue;
        }
        if (store.sources().ofDatasetRecord(m.dataset(), ref).isPresent()) {
          counts[2]++;
          continue;
        }
        try {
          var outcome = merger.attachRecord(m.map(values, json), new IncidentMerger.Source(null, m.dataset(), ref, 0,
              false, true, null, label));
          counts[outcome.created() ? 1 : 3]++;
        } catch (IllegalArgumentException e) {
          skip.accept(e.getMessage());
        }
      }
      return null;
    });
    batch.clear();
  }
}
