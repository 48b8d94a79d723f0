package org.vigil.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the MUC-4 development texts and the first located incident of each message's answer
 * key ({@code 3. INCIDENT: LOCATION  COUNTRY: NAME (TYPE): NAME (TYPE)}).
 */
final class Muc4Corpus {

  /** One message with its key location, split into levels. */
  record Case(String id, String text, String country, String department, String town) {}

  private Muc4Corpus() {}

  static Path defaultDir() {
    return Path.of("..", "shared", "data", "muc4", "dev");
  }

  static List<Case> read(Path dir) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, String> locations = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        String content = Files.readString(f, StandardCharsets.ISO_8859_1);
        if (name.startsWith("dev-muc3-")) {
          readTexts(content, texts);
        } else if (name.startsWith("key-dev-")) {
          readKeys(content, locations);
        }
      }
    }
    List<Case> out = new ArrayList<>();
    for (Map.Entry<String, String> e : locations.entrySet()) {
      String text = texts.get(e.getKey());
      if (text != null) {
        out.add(parse(e.getKey(), text, e.getValue()));
      }
    }
    return out;
  }

  private static void readTexts(String content, Map<String, String> texts) {
    String id = null;
    StringBuilder body = new StringBuilder();
    for (String line : content.split("\n")) {
      if (line.startsWith("DEV-MUC3-")) {
        if (id != null) {
          texts.put(id, body.toString());
        }
        id = line.substring(0, 13);
        body.setLength(0);
      } else if (id != null) {
        body.append(line).append('\n');
      }
    }
    if (id != null) {
      texts.put(id, body.toString());
    }
  }

  private static void readKeys(String content, Map<String, String> locations) {
    String id = null;
    for (String line : content.split("\n")) {
      if (line.startsWith("0.  MESSAGE: ID")) {
        id = line.substring(15).trim().substring(0, 13);
      } else if (line.startsWith("3.  INCIDENT: LOCATION") && id != null) {
        String loc = line.substring(22).trim();
        if (!loc.isEmpty() && !loc.startsWith("*") && !loc.startsWith("-")) {
          locations.putIfAbsent(id, loc);
        }
      }
    }
  }

  private static Case parse(String id, String text, String location) {
    String country = "";
    String department = "";
    String town = "";
    String[] levels = location.split(":");
    for (int i = 0; i < levels.length; i++) {
      String level = levels[i].split(" - |/")[0].trim().replace("?", "").trim();
      if (i == 0) {
        country = level;
        continue;
      }
      int paren = level.indexOf('(');
      String name = (paren < 0 ? level : level.substring(0, paren)).trim();
      String type = paren < 0 ? "" : level.substring(paren + 1).replace(")", "").trim()
          .toUpperCase(Locale.ROOT);
      if (type.equals("DEPARTMENT") || type.equals("PROVINCE") || type.equals("REGION")
          || type.equals("INTENDANCY")) {
        department = name;
      } else if (type.startsWith("CITY") || type.startsWith("TOWN") || type.equals("VILLAGE")
          || type.equals("MUNICIPALITY") || type.equals("DISTRICT") || type.equals("CANTON")
          || type.equals("JURISDICTION") || type.equals("SUBURB") || type.equals("CAPITAL")
          || type.equals("PORT")) {
        if (town.isEmpty()) {
          town = name;
        }
      }
    }
    return new Case(id, text, country, department, town);
  }
}
