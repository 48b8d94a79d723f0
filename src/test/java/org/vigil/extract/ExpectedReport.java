package org.vigil.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;
import org.vigil.report.Report;

/**
 * A test report written by the team with the incidents a careful coder would extract from it
 * (see {@code src/test/resources/org/vigil/extract/reports/README.md}), and the comparison of
 * an extraction against them. Only the keys written in {@code expect} are checked.
 */
record ExpectedReport(String file, String name, Report report, JsonNode expect) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static ExpectedReport read(Path path) {
    try {
      JsonNode n = JSON.readTree(Files.readString(path));
      Report r = new Report(path.getFileName().toString(), null, n.get("text").asText(),
          LocalDate.parse(n.get("published").asText()), n.path("source").asText(null), null,
          org.vigil.report.SourceMap.identity());
      return new ExpectedReport(path.getFileName().toString(), n.get("name").asText(), r, n.get("expect"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return file + ": " + name;
  }

  /** Every way the extraction differs from what is expected; empty when it matches. */
  List<String> differences(Extraction x, Registries registries) {
    return score(x, registries).differences();
  }

  /** How many expected values were checked, and the differences found. */
  record Score(int checked, List<String> differences) {}

  Score score(Extraction x, Registries registries) {
    List<String> out = new ArrayList<>();
    int[] checked = {0};
    JsonNode incidents = expect.path("incidents");
    List<Incident> remaining = new ArrayList<>(x.incidents());
    if (incidents.size() != x.incidents().size()) {
      out.add("expected " + incidents.size() + " incident(s), found " + x.incidents().size() + ": "
          + x.incidents().stream().map(i -> i.type().label() + (i.background() ? "(bg)" : "")).toList());
    }
    for (JsonNode e : incidents) {
      Optional<Incident> match = best(e, remaining);
      String label = e.get("type").asText() + (e.path("background").asBoolean(false) ? " (background)" : "");
      if (match.isEmpty()) {
        out.add(label + ": not found");
        continue;
      }
      Incident i = match.get();
      remaining.remove(i);
      compare(label, e, i, registries, out, checked);
    }
    for (JsonNode r : expect.path("relations")) {
      boolean found = x.relations().stream().anyMatch(rel -> rel.type().equals(r.get("type").asText())
          && sameName(rel.source(), r.get("source").asText(), registries)
          && sameName(rel.target(), r.get("target").asText(), registries));
      checked[0]++;
      if (!found) {
        out.add("relation " + r + " not found in " + x.relations().stream()
            .map(rel -> rel.type() + ":" + rel.source() + "->" + rel.target()).toList());
      }
    }
    checked[0] += 1 + incidents.size(); // the count of incidents, and finding each
    return new Score(checked[0], out);
  }

  private static Optional<Incident> best(JsonNode e, List<Incident> candidates) {
    Incident best = null;
    int bestScore = -1;
    for (Incident i : candidates) {
      int score = 0;
      if (i.type().label().equals(e.get("type").asText())) {
        score += 4;
      }
      if (i.background() == e.path("background").asBoolean(false)) {
        score += 2;
      }
      if (e.has("city") && i.location() != null && norm(e.get("city").asText()).equals(
          norm(i.location().city() != null ? i.location().city() : i.location().name()))) {
        score += 2;
      }
      if (e.hasNonNull("date") && i.date() != null && e.get("date").get("value").asText().equals(i.date().value())) {
        score += 2;
      }
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return bestScore >= 4 ? Optional.of(best) : Optional.empty();
  }

  private static void compare(String label, JsonNode e, Incident i, Registries reg, List<String> out, int[] checked) {
    java.util.Iterator<String> fields = e.fieldNames();
    while (fields.hasNext()) {
      fields.next();
      checked[0]++;
    }
    check(out, label, "type", e.get("type").asText(), i.type().label());
    if (e.has("background")) {
      check(out, label, "background", e.get("background").asText(), String.valueOf(i.background()));
    }
    if (e.has("status")) {
      check(out, label, "status", e.get("status").asText(), i.status().label());
    }
    if (e.has("date")) {
      String want = e.get("date").isNull() ? "null" : e.get("date").get("value").asText() + "/" + e.get("date").get("precision").asText();
      String got = i.date() == null ? "null" : i.date().value() + "/" + i.date().precision().label();
      check(out, label, "date", want, got);
    }
    if (e.has("country")) {
      check(out, label, "country", e.get("country").asText(), i.location() == null ? "null" : String.valueOf(i.location().countryCode()));
    }
    if (e.has("city")) {
      String got = i.location() == null ? "null" : i.location().city() != null ? i.location().city() : i.location().name();
      if (!norm(got).equals(norm(e.get("city").asText()))) {
        out.add(label + ": city expected " + e.get("city").asText() + ", found " + got);
      }
    }
    if (e.has("groups")) {
      List<String> got = i.perpetrators().stream().filter(p -> p.group() != null).map(Perpetrator::group).toList();
      if (e.get("groups").size() == 0 && !got.isEmpty()) {
        out.add(label + ": expected no group, found " + got);
      }
      for (JsonNode g : e.get("groups")) {
        if (got.stream().noneMatch(x -> sameName(x, g.asText(), reg))) {
          out.add(label + ": group " + g.asText() + " not among " + got);
        }
      }
    }
    if (e.has("agencies")) {
      List<String> got = new ArrayList<>();
      i.agencies().forEach(a -> {
        got.add(a.name());
        got.add(a.mention());
      });
      for (JsonNode a : e.get("agencies")) {
        if (got.stream().noneMatch(x -> norm(x).contains(norm(a.asText())) || sameAgency(x, a.asText(), reg))) {
          out.add(label + ": agency " + a.asText() + " not among " + got);
        }
      }
    }
    if (e.has("forces")) {
      List<AgencyRef> got = i.perpetrators().stream().map(Perpetrator::agency).filter(java.util.Objects::nonNull).toList();
      if (got.size() != e.get("forces").size()) {
        out.add(label + ": forces expected " + e.get("forces") + ", found " + got.stream().map(AgencyRef::name).toList());
      }
      for (JsonNode f : e.get("forces")) {
        if (got.stream().noneMatch(x -> norm(x.name()).equals(norm(f.asText())) || sameAgency(x.name(), f.asText(), reg))) {
          out.add(label + ": force " + f.asText() + " not among " + got.stream().map(AgencyRef::name).toList());
        }
      }
    }
    if (e.has("claim")) {
      check(out, label, "claim", e.get("claim").asText(), i.claim().label());
    }
    Casualties c = i.casualties();
    count(out, label, e, "killed", c.killed());
    count(out, label, e, "wounded", c.wounded());
    count(out, label, e, "perpetratorsKilled", c.perpetratorsKilled());
    count(out, label, e, "arrested", c.arrested());
    count(out, label, e, "kidnapped", c.kidnapped());
    if (e.has("weapons")) {
      List<String> got = i.weapons().stream().map(w -> w.type().label()).toList();
      for (JsonNode w : e.get("weapons")) {
        if (!got.contains(w.asText())) {
          out.add(label + ": weapon " + w.asText() + " not among " + got);
        }
      }
    }
    if (e.has("targets")) {
      List<String> got = i.targets().stream().map(t -> t.type().label()).toList();
      for (JsonNode t : e.get("targets")) {
        if (!got.contains(t.asText())) {
          out.add(label + ": target " + t.asText() + " not among " + got);
        }
      }
    }
  }

  private static void count(List<String> out, String label, JsonNode e, String field, Count got) {
    if (!e.has(field)) {
      return;
    }
    JsonNode w = e.get(field);
    String want = w.isNull() ? "null" : w.get("value").asInt() + " " + w.get("qualifier").asText();
    String found = got == null ? "null" : got.value() + " " + got.qualifier().label();
    check(out, label, field, want, found);
  }

  private static void check(List<String> out, String label, String field, String want, String got) {
    if (!want.equals(got)) {
      out.add(label + ": " + field + " expected " + want + ", found " + got);
    }
  }

  private static boolean sameName(String found, String expected, Registries reg) {
    if (norm(found).equals(norm(expected)) || norm(stripQualifier(found)).equals(norm(expected))) {
      return true;
    }
    Optional<Group> a = reg.groups().byName(found);
    Optional<Group> b = reg.groups().byName(expected);
    return a.isPresent() && b.isPresent() && a.get().id().equals(b.get().id());
  }

  /** "National Liberation Army (Colombia)" is written "National Liberation Army". */
  private static String stripQualifier(String name) {
    int open = name.indexOf(" (");
    return open > 0 && name.endsWith(")") ? name.substring(0, open) : name;
  }

  private static boolean sameAgency(String found, String expected, Registries reg) {
    var a = reg.agencies().byName(found);
    var b = reg.agencies().byName(expected);
    return a.isPresent() && b.isPresent() && a.get().id().equals(b.get().id());
  }

  private static String norm(String s) {
    return java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }
}
