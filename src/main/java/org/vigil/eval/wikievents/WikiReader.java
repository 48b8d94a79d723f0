package org.vigil.eval.wikievents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.GoldEntity;

/**
 * Reads WikiEvents in its published layout: articles as JSON Lines ({@code doc_id},
 * {@code sentences}, {@code entity_mentions}, {@code event_mentions}) and coreference clusters of
 * mention ids ({@code doc_key}, {@code clusters}) in {@code *.jsonlines} files beside them. A
 * line that is not an article, or an argument naming an unknown mention, is a diagnostic and
 * is skipped. Stateless.
 */
public final class WikiReader {

  /** Most articles read from one file. */
  public static final int MAX_ARTICLES = 100_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private WikiReader() {}

  /**
   * The articles under {@code gold}: a {@code .jsonl} file, or a directory whose {@code .jsonl}
   * files are read; coreference comes from the {@code .jsonlines} files of the same directory.
   */
  public static List<WikiArticle> read(Path gold, Consumer<Diagnostic> problems) throws IOException {
    Path dir = Files.isDirectory(gold) ? gold : gold.toAbsolutePath().getParent();
    List<Path> articles;
    List<Path> corefs;
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
      articles = Files.isDirectory(gold) ? files.stream().filter(p -> name(p).endsWith(".jsonl")).toList()
          : List.of(gold);
      corefs = files.stream().filter(p -> name(p).endsWith(".jsonlines")).toList();
    }
    Map<String, List<List<String>>> clusters = new HashMap<>();
    for (Path c : corefs) {
      eachLine(c, problems, (line, node) -> {
        List<List<String>> doc = new ArrayList<>();
        node.path("clusters").forEach(cl -> {
          List<String> ids = new ArrayList<>();
          cl.forEach(id -> ids.add(id.asText()));
          doc.add(ids);
        });
        clusters.put(node.path("doc_key").asText(), doc);
      });
    }
    List<WikiArticle> out = new ArrayList<>();
    for (Path a : articles) {
      eachLine(a, problems, (line, node) -> {
        if (!node.hasNonNull("doc_id") || !node.path("sentences").isArray()) {
          problems.accept(new Diagnostic(a.toString(), line, "no doc_id or sentences; not an article, skipped"));
        } else if (out.size() < MAX_ARTICLES) {
          out.add(article(node, clusters.getOrDefault(node.get("doc_id").asText(), List.of()),
              d -> problems.accept(new Diagnostic(a.toString(), line, d))));
        }
      });
    }
    return out;
  }

  private static WikiArticle article(JsonNode node, List<List<String>> clusters, Consumer<String> problems) {
    String id = node.get("doc_id").asText();
    List<String> sentences = new ArrayList<>();
    node.get("sentences").forEach(s -> sentences.add(s.path(1).asText()));
    Map<String, String> mentions = new HashMap<>();
    node.path("entity_mentions").forEach(m -> mentions.put(m.path("id").asText(), m.path("text").asText()));
    Map<String, List<String>> clusterOf = new HashMap<>();
    for (List<String> c : clusters) {
      c.forEach(m -> clusterOf.put(m, c));
    }
    Map<WikiRole, Set<List<String>>> entities = new EnumMap<>(WikiRole.class);
    boolean attack = false;
    for (JsonNode e : node.path("event_mentions")) {
      String type = e.path("event_type").asText();
      attack |= type.startsWith("Conflict.Attack");
      for (JsonNode arg : e.path("arguments")) {
        String mention = arg.path("entity_id").asText();
        WikiRole.of(type, arg.path("role").asText()).ifPresent(r -> {
          if (!mentions.containsKey(mention)) {
            problems.accept(id + ": argument " + arg.path("role").asText() + " names mention '" + mention
                + "', which is not among the entity mentions; skipped");
            return;
          }
          entities.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(clusterOf.getOrDefault(mention, List.of(mention)));
        });
      }
    }
    Map<WikiRole, List<GoldEntity>> roles = new EnumMap<>(WikiRole.class);
    entities.forEach((r, set) -> {
      List<GoldEntity> gold = new ArrayList<>();
      for (List<String> cluster : set) {
        List<String> words = cluster.stream().map(m -> mentions.getOrDefault(m, ""))
            .filter(w -> !w.isBlank() && !HeadWords.pronoun(w)).distinct().toList();
        if (!words.isEmpty()) {
          gold.add(new GoldEntity(words, false));
        }
      }
      roles.put(r, gold);
    });
    return new WikiArticle(id, String.join(" ", sentences), attack, roles);
  }

  private interface LineHandler {
    void accept(int line, JsonNode node);
  }

  private static void eachLine(Path file, Consumer<Diagnostic> problems, LineHandler handler) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        handler.accept(i + 1, JSON.readTree(lines.get(i)));
      } catch (JsonProcessingException e) {
        problems.accept(new Diagnostic(file.toString(), i + 1, "not JSON (" + e.getOriginalMessage() + "); skipped"));
      }
    }
  }

  private static String name(Path p) {
    return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
