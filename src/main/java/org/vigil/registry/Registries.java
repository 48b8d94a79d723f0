package org.vigil.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The group and agency registries: the bundled files, with users' files loaded on top (an
 * entry with the same id replaces the bundled one). Immutable; thread-safe.
 */
public record Registries(Registry<Group> groups, Registry<Agency> agencies) {

  static final String GROUPS = "/org/vigil/registry/groups.jsonl";
  static final String AGENCIES = "/org/vigil/registry/agencies.jsonl";

  /** The bundled registries. */
  public static Registries bundled() {
    return load(List.of(), List.of());
  }

  /**
   * The bundled registries with users' own files on top.
   *
   * @throws RegistryException naming the file and line of the first unusable entry
   */
  public static Registries load(List<Path> groupFiles, List<Path> agencyFiles) {
    Map<String, Group> groups = new LinkedHashMap<>();
    RegistryFile.readGroups(GROUPS, resource(GROUPS)).forEach(g -> groups.put(g.id(), g));
    for (Path p : groupFiles) {
      RegistryFile.readGroups(p.toString(), read(p)).forEach(g -> groups.put(g.id(), g));
    }
    Map<String, Agency> agencies = new LinkedHashMap<>();
    RegistryFile.readAgencies(AGENCIES, resource(AGENCIES)).forEach(a -> agencies.put(a.id(), a));
    for (Path p : agencyFiles) {
      RegistryFile.readAgencies(p.toString(), read(p)).forEach(a -> agencies.put(a.id(), a));
    }
    return new Registries(new Registry<>(new ArrayList<>(groups.values())),
        new Registry<>(new ArrayList<>(agencies.values())));
  }

  private static String resource(String name) {
    try (InputStream in = Registries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new RegistryException(name, 0, "bundled registry missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RegistryException(name, 0, "cannot read: " + e.getMessage());
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new RegistryException(p.toString(), 0, "cannot read: " + e.getMessage());
    }
  }
}
