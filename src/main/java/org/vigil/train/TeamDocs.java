package org.vigil.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.GoldEntity;
import org.vigil.eval.Scoreboard;
import org.vigil.extract.Extraction;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.RoleLabel;
import org.vigil.extract.RoleTraining;
import org.vigil.registry.Named;
import org.vigil.registry.Registries;
import org.vigil.report.Report;

/**
 * The team's reports as gold documents. Their expectations name groups, state forces and weapon
 * types, not every phrase: a group candidate is a perpetrator (a detainee in an arrest or foiled
 * plot) when the report expects that group, a force when the report lists it in {@code forces},
 * a weapon when the report expects its type; other candidates are not labelled. In the threshold
 * search they count by their groups and forces: the report's expected ones against the
 * perpetrators of all incidents found.
 */
final class TeamDocs implements GoldDoc {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Report report;
  private final Set<String> groups = new HashSet<>();
  private final Set<String> forces = new HashSet<>();
  private final Set<String> weapons = new HashSet<>();
  private final boolean forcesWritten;
  private final boolean weaponsWritten;
  private final Registries registries;

  private TeamDocs(Report report, JsonNode expect, Registries registries) {
    this.report = report;
    this.registries = registries;
    boolean f = false;
    boolean w = false;
    for (JsonNode i : expect.path("incidents")) {
      i.path("groups").forEach(g -> groups.add(groupId(g.asText())));
      i.path("forces").forEach(x -> forces.add(x.asText().toLowerCase(Locale.ROOT)));
      i.path("weapons").forEach(x -> weapons.add(x.asText()));
      f |= i.has("forces");
      w |= i.has("weapons");
    }
    this.forcesWritten = f;
    this.weaponsWritten = w;
  }

  static List<GoldDoc> read(Path dir, Registries registries, Consumer<Diagnostic> problems) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<GoldDoc> out = new ArrayList<>();
    for (Path f : files) {
      try {
        JsonNode n = JSON.readTree(Files.readString(f));
        Report r = Report.of(f.getFileName().toString(), n.path("text").asText(),
            LocalDate.parse(n.path("published").asText()));
        out.add(new TeamDocs(r, n.path("expect"), registries));
      } catch (IOException | DateTimeParseException e) {
        problems.accept(new Diagnostic(f.toString(), 1, "not a team report (" + e.getMessage() + "); skipped"));
      }
    }
    return out;
  }

  @Override
  public String corpus() {
    return "team";
  }

  @Override
  public Report report() {
    return report;
  }

  @Override
  public Optional<RoleLabel> label(RoleTraining.Item item) {
    boolean arrest = item.type() == IncidentType.ARREST || item.type() == IncidentType.FOILED_PLOT;
    RoleLabel actor = arrest ? RoleLabel.DETAINEE : RoleLabel.PERPETRATOR;
    return switch (item.kind()) {
      case "GROUP" -> Optional.of(groups.contains(groupId(item.name())) ? actor : RoleLabel.NONE);
      case "AGENCY", "FORCE" -> !forcesWritten || arrest ? Optional.empty()
          : Optional.of(force(item) ? RoleLabel.PERPETRATOR : RoleLabel.NONE);
      case "WEAPON" -> !weaponsWritten ? Optional.empty()
          : Optional.of(weapons.contains(item.name()) ? RoleLabel.WEAPON : RoleLabel.NONE);
      default -> Optional.empty();
    };
  }

  /** A force the report expects: by its registry name, or by its words ("troops"). */
  private boolean force(RoleTraining.Item item) {
    String text = item.text().toLowerCase(Locale.ROOT);
    if (forces.contains(item.name().toLowerCase(Locale.ROOT)) || forces.contains(text)) {
      return true;
    }
    for (String f : forces) {
      Optional<? extends Named> a = registries.agencies().byName(f);
      if (a.isPresent() && (a.get().aliases().stream().anyMatch(x -> text.endsWith(x.toLowerCase(Locale.ROOT)))
          || text.endsWith(a.get().name().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  private String groupId(String name) {
    return registries.groups().byName(name).map(Named::id).orElse(name.toLowerCase(Locale.ROOT));
  }

  /** The fields the team's reports are scored on in the threshold search, and their micro-average. */
  static final String GROUPS = "team groups";
  static final String FORCES = "team forces";
  static final String MICRO = "team roles (micro)";

  @Override
  public void score(Scoreboard board, Extraction extraction) {
    List<GoldEntity> gold = groups.stream().map(GoldEntity::of).toList();
    List<String> found = extraction.incidents().stream().flatMap(i -> i.perpetrators().stream())
        .map(Perpetrator::group).filter(java.util.Objects::nonNull).map(this::groupId).distinct().toList();
    board.entities(report.id(), "", GROUPS, gold, found);
    if (forcesWritten) {
      List<String> forceFound = extraction.incidents().stream().flatMap(i -> i.perpetrators().stream())
          .map(Perpetrator::agency).filter(java.util.Objects::nonNull).map(a -> a.name().toLowerCase(Locale.ROOT))
          .distinct().toList();
      board.entities(report.id(), "", FORCES, forces.stream().map(GoldEntity::of).toList(), forceFound);
    }
  }

  @Override
  public Optional<String> micro() {
    return Optional.of(MICRO);
  }

  @Override
  public void addMicro(Scoreboard board) {
    board.micro(MICRO, List.of(GROUPS, FORCES));
  }
}
