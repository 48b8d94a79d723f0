package org.vigil.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Parses registry files: JSON Lines, one entry per line, blank lines and '#' lines ignored. */
final class RegistryFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RegistryFile() {}

  static List<Group> readGroups(String file, String content) {
    List<Group> out = new ArrayList<>();
    each(file, content, (n, node) -> out.add(new Group(
        required(file, n, node, "id"), required(file, n, node, "name"),
        list(node, "aliases"), list(node, "risky"), opt(node, "parent"), list(node, "countries"),
        opt(node, "region"), opt(node, "active"), opt(node, "kind"), opt(node, "source"))));
    return out;
  }

  static List<Agency> readAgencies(String file, String content) {
    List<Agency> out = new ArrayList<>();
    each(file, content, (n, node) -> out.add(new Agency(
        required(file, n, node, "id"), required(file, n, node, "name"),
        list(node, "aliases"), list(node, "risky"), opt(node, "country"), opt(node, "kind"),
        opt(node, "parent"), opt(node, "source"))));
    return out;
  }

  private interface LineHandler {
    void accept(int line, JsonNode node);
  }

  private static void each(String file, String content, LineHandler handler) {
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new RegistryException(file, i + 1, "not a JSON object: " + e.getOriginalMessage());
      }
      if (!node.isObject()) {
        throw new RegistryException(file, i + 1, "expected a JSON object");
      }
      handler.accept(i + 1, node);
    }
  }

  private static String required(String file, int line, JsonNode node, String field) {
    String v = opt(node, field);
    if (v == null || v.isBlank()) {
      throw new RegistryException(file, line, "entry has no \"" + field + "\"");
    }
    return v;
  }

  private static @Nullable String opt(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> list(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(field);
    if (v != null && v.isArray()) {
      v.forEach(x -> split(x.asText(), out));
    }
    return out;
  }

  /**
   * "Tehrik-i-Taliban Pakistan (TTP)" is two names, the name and the acronym in brackets; a
   * bracket that only disambiguates ("Thunder (Iran)", "... (ERP) (El Salvador)", "... (CAM) -
   * Chile") stays out of the names. Words after the acronym belong to both names ("Revolutionary
   * Armed Forces of Colombia (FARC) dissidents" is also "FARC dissidents"), and the name is also
   * kept as written, so that the text's own full form matches as one name, not two.
   */
  private static void split(String name, List<String> out) {
    int open = name.indexOf('(');
    int close = name.indexOf(')', open + 1);
    if (open > 0 && close > open && acronym(name.substring(open + 1, close))) {
      String rest = name.substring(close + 1).strip();
      String tail = rest.isEmpty() || !Character.isLetter(rest.charAt(0)) ? "" : " " + rest;
      if (!tail.isEmpty()) {
        add(out, name.strip());
      }
      add(out, name.substring(0, open).strip() + tail);
      add(out, name.substring(open + 1, close).strip() + tail);
    } else {
      add(out, name.strip());
    }
  }

  /** "TTP", "LeT", "IS-K": short, at least two capitals. */
  static boolean acronym(String s) {
    return s.matches("[A-Za-z0-9\\-]{2,8}") && s.chars().filter(Character::isUpperCase).count() >= 2;
  }

  private static void add(List<String> out, String name) {
    if (!name.isEmpty() && !out.contains(name)) {
      out.add(name);
    }
  }
}
