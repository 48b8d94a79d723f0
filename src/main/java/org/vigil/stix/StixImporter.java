package org.vigil.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads a STIX 2.1 bundle (or a single object) and hands its objects to an {@link ImportSink}
 * in dependency order, all or nothing: every object is checked first, and if any is invalid
 * the import fails with every problem found (up to {@link #MAX_PROBLEMS}) and nothing is
 * stored. Objects of unknown types are kept as they are. Thread-safe.
 */
public final class StixImporter {

  /** Largest bundle read, in bytes. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;
  /** Most objects in one bundle. */
  public static final int MAX_OBJECTS = 100_000;
  /** Most problems reported for one bundle. */
  public static final int MAX_PROBLEMS = 100;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> OBSERVABLES = Set.of("artifact", "autonomous-system", "directory",
      "domain-name", "email-addr", "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex",
      "network-traffic", "process", "software", "url", "user-account", "windows-registry-key",
      "x509-certificate");

  private final ObjectChecker checker;

  /** An importer that checks objects with {@code checker} (e.g. core checks and the schemas). */
  public StixImporter(ObjectChecker checker) {
    this.checker = Objects.requireNonNull(checker, "checker");
  }

  /** An importer with Vigil's own checks only (when no copy of the schemas is at hand). */
  public static StixImporter withCoreChecks() {
    return new StixImporter(new CoreChecks());
  }

  /**
   * Checks the bundle and stores its objects in {@code sink}.
   *
   * @throws StixImportException with every problem found; nothing was stored
   */
  public ImportResult importInto(String source, byte[] content, ImportSink sink) throws StixImportException {
    ImportResult r = read(source, content);
    sink.storeAll(r.objects());
    return r;
  }

  /**
   * Checks the bundle and returns its objects in dependency order, storing nothing.
   *
   * @throws StixImportException with every problem found
   */
  public ImportResult read(String source, byte[] content) throws StixImportException {
    if (content.length > MAX_BYTES) {
      throw fail(source, "is " + content.length + " bytes, more than the " + MAX_BYTES + " allowed (MAX_BYTES)");
    }
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      // a parser limit (nesting depth, number length) has no location: its message names the limit
      throw fail(source, "not JSON: " + e.getOriginalMessage() + (e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw fail(source, "cannot be read: " + e.getMessage());
    }
    List<JsonNode> items = items(source, root);
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, StixObject> seen = new LinkedHashMap<>();
    Map<String, Integer> byType = new HashMap<>();
    int unknown = 0;
    int duplicates = 0;
    for (int i = 0; i < items.size() && problems.size() < MAX_PROBLEMS; i++) {
      JsonNode item = items.get(i);
      if (!item.isObject()) {
        problems.add(new ImportProblem(source, i, null, "expected a JSON object, found " + item.getNodeType()));
        continue;
      }
      ObjectNode o = (ObjectNode) item;
      String id = o.path("id").isTextual() ? o.get("id").asText() : null;
      List<String> wrong = checker.problems(o);
      if (!wrong.isEmpty()) {
        int index = i;
        wrong.forEach(w -> problems.add(new ImportProblem(source, index, id, w)));
        continue;
      }
      StixObject s = StixObject.of(o);
      String key = s.id() + "|" + s.version().orElse("");
      StixObject before = seen.putIfAbsent(key, s);
      if (before != null) {
        if (!before.json().equals(o)) {
          problems.add(new ImportProblem(source, i, id,
              "another object in the bundle has the same id and version but different content"));
        }
        duplicates++;
        continue;
      }
      byType.merge(s.type(), 1, Integer::sum);
      if (!CoreChecks.VERSIONED.contains(s.type()) && !OBSERVABLES.contains(s.type())
          && !s.type().equals("marking-definition")) {
        unknown++;
      }
    }
    if (!problems.isEmpty()) {
      throw new StixImportException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }
    List<StixObject> objects = DependencyOrder.sort(new ArrayList<>(seen.values()));
    return new ImportResult(source, objects, byType, unknown, outside(objects), duplicates);
  }

  private static List<JsonNode> items(String source, JsonNode root) throws StixImportException {
    if (!root.isObject()) {
      throw fail(source, "expected a STIX bundle (a JSON object), found " + root.getNodeType());
    }
    if (!"bundle".equals(root.path("type").asText())) {
      if (root.path("type").isTextual() && root.path("id").isTextual()) {
        return List.of(root); // a single object
      }
      throw fail(source, "expected a STIX bundle: no \"type\": \"bundle\"");
    }
    String id = root.path("id").asText("");
    if (!id.startsWith("bundle--") || !uuid(id.substring(8))) {
      throw fail(source, "bundle id '" + id + "' is not of the form bundle--UUID");
    }
    JsonNode objects = root.get("objects");
    if (objects == null) {
      return List.of();
    }
    if (!objects.isArray()) {
      throw fail(source, "the bundle's \"objects\" is not a list");
    }
    if (objects.size() > MAX_OBJECTS) {
      throw fail(source, "the bundle has " + objects.size() + " objects, more than the " + MAX_OBJECTS
          + " allowed (MAX_OBJECTS)");
    }
    List<JsonNode> out = new ArrayList<>();
    objects.forEach(out::add);
    return out;
  }

  private static int outside(List<StixObject> objects) {
    Set<String> ids = new HashSet<>();
    objects.forEach(o -> ids.add(o.id()));
    int n = 0;
    for (StixObject o : objects) {
      for (String r : DependencyOrder.refs(o)) {
        if (!ids.contains(r) && Tlp.fromMarkingId(r).isEmpty()) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean uuid(String s) {
    try {
      return UUID.fromString(s).toString().equalsIgnoreCase(s);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static StixImportException fail(String source, String reason) {
    return fail(source, null, reason);
  }

  private static StixImportException fail(String source, @Nullable String id, String reason) {
    return new StixImportException(List.of(new ImportProblem(source, -1, id, reason)));
  }
}
