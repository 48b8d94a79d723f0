package org.vigil.eval.gtd;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.eval.Text;
import org.vigil.extract.Incident;
import org.vigil.extract.Perpetrator;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;

/**
 * Compares the GTD's {@code gname} with an incident's perpetrators. A named group matches
 * through the registry's aliases; "Unknown" matches an incident with no identified group; a
 * generic label the GTD uses for unnamed perpetrators ("Muslim extremists", "Separatists")
 * matches a perpetrator described with one of its words; else a perpetrator's generic kind is
 * the label, the same as the GTD's when the names agree. Immutable; thread-safe.
 */
public final class GtdGroups {

  /** The GTD's generic labels and words that describe such perpetrators in a report. */
  static final Map<String, List<String>> GENERIC = Map.ofEntries(
      Map.entry("muslim extremists", List.of("muslim extremist", "islamist", "islamic militant", "jihadist")),
      Map.entry("jihadi inspired extremists", List.of("jihadi", "jihadist", "inspired by")),
      Map.entry("separatists", List.of("separatist", "secessionist")),
      Map.entry("maoists", List.of("maoist", "naxal")),
      Map.entry("tribesmen", List.of("tribesmen", "tribal")),
      Map.entry("gunmen", List.of("gunmen", "gunman")),
      Map.entry("fulani extremists", List.of("fulani", "herdsmen")),
      Map.entry("left wing militants", List.of("leftist", "left wing")),
      Map.entry("right wing extremists", List.of("right wing", "far right", "neo nazi")),
      Map.entry("anti abortion extremists", List.of("anti abortion")),
      Map.entry("white extremists", List.of("white supremacist", "white nationalist")),
      Map.entry("guerrillas", List.of("guerrilla", "guerilla")),
      Map.entry("rebels", List.of("rebel", "insurgent")));

  private final Registries registries;

  public GtdGroups(Registries registries) {
    this.registries = registries;
  }

  /** The label Vigil gives the incident's perpetrator in the GTD's terms, aligned to {@code gname} when they agree. */
  public String found(String gname, Incident i) {
    List<String> groups = i.perpetrators().stream().map(Perpetrator::group)
        .filter(java.util.Objects::nonNull).toList();
    String key = Text.normalize(gname);
    if (GENERIC.containsKey(key)) {
      for (Perpetrator p : i.perpetrators()) {
        String words = Text.normalize(p.mention() + " " + (p.individuals() == null ? "" : p.individuals()));
        if (GENERIC.get(key).stream().anyMatch(words::contains)) {
          return gname;
        }
      }
    }
    for (String g : groups) {
      if (same(g, gname)) {
        return gname;
      }
    }
    if (!groups.isEmpty()) {
      return groups.get(0);
    }
    return i.perpetrators().stream().map(Perpetrator::category).filter(java.util.Objects::nonNull).findFirst()
        .map(c -> Text.same(c, gname) ? gname : c).orElse("Unknown");
  }

  private boolean same(String found, String gold) {
    java.util.regex.Matcher m = PAREN.matcher(gold);
    List<String> names = m.matches() ? List.of(gold, m.group(1), m.group(2)) : List.of(gold);
    Optional<Group> a = registries.groups().byName(found);
    for (String n : names) {
      if (Text.same(found, n)) {
        return true;
      }
      Optional<Group> b = registries.groups().byName(n);
      if (a.isPresent() && b.isPresent() && a.get().id().equals(b.get().id())) {
        return true;
      }
    }
    return false;
  }

  /** A name with an acronym in brackets: "Tehrik-i-Taliban Pakistan (TTP)". */
  private static final java.util.regex.Pattern PAREN = java.util.regex.Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$");
}
