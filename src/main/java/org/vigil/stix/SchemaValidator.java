package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks objects one by one against the official OASIS STIX 2.1 JSON schemas (draft 2020-12)
 * read from a local copy: the schemas' {@code $id} URLs are mapped to the local files, and no
 * schema is ever fetched from the network. An object of a type without a schema (custom
 * objects) is checked against the common core schema. With the interoperability profile
 * ({@link #interop}) an object is checked against the profile's schema of its type where there
 * is one, and every object but a marking definition or a cyber-observable must name its creator
 * ({@code created_by_ref}), as stix2-validator's {@code --interop} asks. Thread-safe.
 */
public final class SchemaValidator implements ObjectChecker {

  /** The prefix of the {@code $id} of every official STIX 2.1 schema. */
  public static final String SCHEMA_BASE =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
  /** The prefix of the {@code $id} of the interoperability profile's schemas. */
  public static final String INTEROP_BASE =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/interop/";
  /** Most problems reported for one object. */
  public static final int MAX_PROBLEMS = 20;

  private static final List<String> DIRS = List.of("sdos", "sros", "common", "observables");

  private final Path schemas;
  private final @Nullable Path interop;
  private final JsonSchemaFactory factory;
  private final Map<String, Optional<JsonSchema>> byType = new ConcurrentHashMap<>();

  private SchemaValidator(Path schemas, @Nullable Path interop) {
    this.schemas = schemas;
    this.interop = interop;
    this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
        .schemaMappers(m -> {
          m.mapPrefix(SCHEMA_BASE, schemas.toUri().toString());
          if (interop != null) {
            m.mapPrefix(INTEROP_BASE, interop.toUri().toString());
          }
        })
        .schemaLoaders(l -> l.add(iri -> {
          String s = iri.toString();
          if (s.startsWith("http:") || s.startsWith("https:")) {
            throw new IllegalStateException("schema " + s + " is not in the local copy " + schemas
                + " and is not fetched from the network");
          }
          return null;
        })));
  }

  /**
   * A validator for the schemas in {@code dir} (the {@code schemas} folder of the OASIS
   * repository, holding {@code common/}, {@code sdos/}, {@code sros/} and {@code observables/}).
   *
   * @throws IllegalArgumentException when {@code dir} does not hold {@code common/core.json}
   */
  public static SchemaValidator of(Path dir) {
    if (!Files.isRegularFile(dir.resolve("common").resolve("core.json"))) {
      throw new IllegalArgumentException(dir + " is not a copy of the STIX 2.1 schemas: no common/core.json in it");
    }
    return new SchemaValidator(dir.toAbsolutePath().normalize(), null);
  }

  /**
   * A validator for the interoperability profile: the schemas in {@code dir} and the profile's in
   * {@code interopDir} (the {@code interop} folder of the OASIS repository).
   *
   * @throws IllegalArgumentException when either folder is not what it should be
   */
  public static SchemaValidator interop(Path dir, Path interopDir) {
    of(dir);
    if (!Files.isRegularFile(interopDir.resolve("core.json"))) {
      throw new IllegalArgumentException(interopDir + " is not the interoperability profile's schemas: no core.json");
    }
    return new SchemaValidator(dir.toAbsolutePath().normalize(), interopDir.toAbsolutePath().normalize());
  }

  @Override
  public List<String> problems(ObjectNode object) {
    String type = object.path("type").asText("");
    JsonSchema schema = byType.computeIfAbsent(type, this::load).orElseGet(() -> load("core").orElseThrow());
    Set<ValidationMessage> messages = schema.validate(object.toString(), InputFormat.JSON,
        ctx -> ctx.getExecutionConfig().setFormatAssertionsEnabled(true));
    List<String> out = new ArrayList<>();
    if (interop != null && !type.equals("marking-definition") && object.has("created") && !object.has("created_by_ref")) {
      out.add("interop: no \"created_by_ref\": the profile asks every object to name its creator");
    }
    for (ValidationMessage m : messages) {
      if (out.size() == MAX_PROBLEMS) {
        out.add("(more problems left out: MAX_PROBLEMS is " + MAX_PROBLEMS + ")");
        break;
      }
      String msg = m.getMessage();
      out.add((interop != null ? "interop " : "schema ") + type + ".json: "
          + (msg.startsWith(": ") ? "the object" + msg : msg));
    }
    return out;
  }

  private Optional<JsonSchema> load(String type) {
    if (interop != null && Files.isRegularFile(interop.resolve(type + ".json"))) {
      return Optional.of(factory.getSchema(SchemaLocation.of(INTEROP_BASE + type + ".json"),
          SchemaValidatorsConfig.builder().build()));
    }
    for (String d : DIRS) {
      Path f = schemas.resolve(d).resolve(type + ".json");
      if (Files.isRegularFile(f)) {
        return Optional.of(factory.getSchema(SchemaLocation.of(SCHEMA_BASE + d + "/" + type + ".json"),
            SchemaValidatorsConfig.builder().build()));
      }
    }
    return Optional.empty();
  }
}
