package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.extract.Incident;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Target;
import org.vigil.extract.Victim;
import org.vigil.extract.Weapon;

/**
 * The engine's entities for each MUC-4 role, from the incidents a message itself reports, each
 * entity a list of the strings that name it: perpetrator individuals are the people described
 * ("GUNMEN") and unnamed perpetrators' mentions; organisations are the words naming a registry or
 * recognised group or state force (MUC-4 codes "ARMED FORCES" as an organisation, and a force's people
 * as individuals: {@link ForcePeople}), one entity per group named by its first mention (as a system of the
 * literature outputs one string per entity; under CEAF-strict every further string of an entity
 * must also be a gold mention); physical targets are target texts that are not also victims;
 * human targets are the victims named, their descriptions the other victims; instruments are weapon texts. Arrests are left out, as MUC does
 * not code them. Stateless.
 */
public final class Predictions {

  private Predictions() {}

  /** The entities of every role. */
  public static Map<Role, List<List<String>>> of(List<Incident> incidents) {
    return of(incidents, "");
  }

  /**
   * The entities of every role, a group named in the message's {@code text} by an acronym in
   * brackets after its name ("FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]") by that acronym.
   */
  public static Map<Role, List<List<String>>> of(List<Incident> incidents, String text) {
    Map<Role, List<List<String>>> out = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      out.put(r, new ArrayList<>());
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Incident i : incidents) {
      if (MucTypes.type(i).isEmpty()) {
        continue;
      }
      for (Perpetrator p : i.perpetrators()) {
        if (p.agency() != null && ForcePeople.people(p.mention())) {
          out.get(Role.PERP_INDIVIDUAL).add(List.of(p.mention())); // "ARMY TROOPS": people, of the body "ARMY"
          ForcePeople.body(p.mention()).ifPresent(b -> groups.computeIfAbsent(b.toLowerCase(java.util.Locale.ROOT),
              k -> new ArrayList<>()).add(b));
        } else if (p.agency() != null) {
          groups.computeIfAbsent(p.agency().name(), k -> new ArrayList<>()).add(p.mention());
        } else if (p.group() != null && ForcePeople.fighters(p.mention())) {
          out.get(Role.PERP_INDIVIDUAL).add(List.of(p.mention())); // "SALVADORAN GUERRILLAS": the group's people
        } else if (p.group() != null) {
          groups.computeIfAbsent(p.group(), k -> new ArrayList<>()).add(p.mention());
        } else if (p.individuals() == null && p.category() == null) {
          continue; // "a terrorist attack": blamed on a kind of people, none described
        } else {
          out.get(Role.PERP_INDIVIDUAL).add(List.of(p.mention()));
        }
        if (p.individuals() != null) {
          out.get(Role.PERP_INDIVIDUAL).add(List.of(p.individuals()));
        }
      }
      // a target the incident also counts among its victims ("the senator") is a person, not a thing
      i.targets().stream().filter(TargetKinds::physical)
          .filter(t -> i.victims().stream().noneMatch(v -> v.text().equalsIgnoreCase(t.text())))
          .map(Target::text).forEach(t -> out.get(Role.PHYSICAL_TARGET).add(List.of(t)));
      for (Victim v : i.victims()) {
        // "FOUR PEOPLE" describes victims; "IGNACIO ELLACURIA" names one
        if (v.named()) {
          out.get(Role.HUMAN_TARGET).add(List.of(Descriptions.name(v)));
          Descriptions.title(v).ifPresent(t -> out.get(Role.HUMAN_TARGET_DESCRIPTION).add(List.of(t)));
        } else {
          out.get(Role.HUMAN_TARGET_DESCRIPTION).add(List.of(Descriptions.uncounted(v.text())));
        }
      }
      i.weapons().stream().filter(w -> !w.implied()).map(Weapon::text)
          .forEach(w -> out.get(Role.INSTRUMENT).add(List.of(w)));
    }
    String flat = text.replaceAll("\\s+", " ");
    groups.values().forEach(g -> out.get(Role.PERP_ORGANIZATION).add(List.of(shortName(g, flat))));
    return out;
  }

  /**
   * The strings a phrase of these words stands for when the engine makes it a victim, as {@link
   * #of} writes them: the words, the description without its count ("PEASANTS" for "THREE
   * PEASANTS"), the name without its titles. What a trainer must compare with the gold victims
   * to label the phrase as the scorer will judge it.
   */
  public static List<String> victimForms(String words) {
    return java.util.stream.Stream.of(words, Descriptions.uncounted(words), Descriptions.name(words)).distinct()
        .toList();
  }

  /**
   * The string that stands for a group: its acronym if the message used one ("FMLN" rather than
   * "FARABUNDO MARTI NATIONAL LIBERATION FRONT"), as the keys name a group by its acronym alone
   * three times as often as by its full name alone; else the first mention.
   */
  static String shortName(List<String> mentions) {
    return shortName(mentions, "");
  }

  /** As {@link #shortName(List)}, else the acronym the text writes in brackets after the first mention. */
  static String shortName(List<String> mentions, String text) {
    return mentions.stream().filter(m -> !m.isBlank() && m.strip().indexOf(' ') < 0 && m.strip().indexOf('\n') < 0
        && m.equals(m.toUpperCase(java.util.Locale.ROOT)) && m.length() <= 8).findFirst()
        .or(() -> bracketed(mentions.get(0), text)).orElse(mentions.get(0));
  }

  private static java.util.Optional<String> bracketed(String mention, String text) {
    String name = mention.strip().replaceAll("\\s+", " ");
    if (name.indexOf(' ') < 0 || text.isEmpty()) {
      return java.util.Optional.empty();
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name)
        + "(?:'S)? ?[\\[(]([A-Z][A-Z0-9-]{1,7})[\\])]").matcher(text);
    return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }
}
