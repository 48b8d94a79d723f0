package org.vigil.eval.wikievents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.extract.Evidence;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Target;
import org.vigil.extract.Victim;
import org.vigil.extract.Weapon;

/**
 * The engine's entities for each WikiEvents role, from every incident of an article (the
 * annotation covers recalled events too): attackers are the perpetrators' group mentions and
 * descriptions, places the words the incident's location was read from (its name, the containers written after it
 * and the site phrase of its clause; not a site that is the attack's target), targets the target
 * texts, victims the victim texts, instruments the weapons the text names; the people arrested
 * in an arrest or a foiled plot are detainees. Places are those of attacks only (WikiEvents codes
 * the place of an attack, a death or an injury, not of an arrest), and never a nationality word
 * that gave an incident only its country ("French police"). Strings of one role with the same
 * head word are one entity, since head-word matching cannot tell them apart. Stateless.
 */
public final class WikiPredictions {

  private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("(?i)^(the|a|an)\\s+");

  private WikiPredictions() {}

  /** The entities of every role. */
  public static Map<WikiRole, List<List<String>>> of(List<Incident> incidents) {
    Map<WikiRole, Map<String, List<String>>> byHead = new EnumMap<>(WikiRole.class);
    for (WikiRole r : WikiRole.values()) {
      byHead.put(r, new LinkedHashMap<>());
    }
    for (Incident i : incidents) {
      boolean arrest = i.type() == IncidentType.ARREST || i.type() == IncidentType.FOILED_PLOT;
      WikiRole actor = arrest ? WikiRole.DETAINEE : WikiRole.ATTACKER;
      for (Perpetrator p : i.perpetrators()) {
        add(byHead, actor, p.mention());
        if (p.individuals() != null) {
          add(byHead, actor, p.individuals());
        }
      }
      if (!arrest && i.location() != null && !i.location().relation().equals("demonym")) {
        places(i).forEach(place -> add(byHead, WikiRole.PLACE, place));
      }
      i.targets().stream().map(Target::text).forEach(t -> add(byHead, WikiRole.TARGET, t));
      i.victims().stream().map(Victim::text).forEach(v -> add(byHead, WikiRole.VICTIM, v));
      i.weapons().stream().filter(w -> !w.implied()).map(Weapon::text)
          .forEach(w -> add(byHead, WikiRole.INSTRUMENT, w));
    }
    Map<WikiRole, List<List<String>>> out = new EnumMap<>(WikiRole.class);
    byHead.forEach((r, m) -> out.put(r, new ArrayList<>(m.values())));
    return out;
  }

  /**
   * The words of the incident's place; a site that is also the attack's target ("attacked Camp
   * Shorabak in Helmand Province") fills the target role, so its containers are its places.
   */
  private static List<String> places(Incident i) {
    List<String> words = new ArrayList<>(i.evidence().stream().filter(e -> e.field().equals("location")
        || e.field().startsWith("location.")).map(Evidence::text).toList());
    if (words.isEmpty()) {
      return List.of(i.location().name());
    }
    String site = ARTICLE.matcher(words.get(0)).replaceFirst("");
    if (words.size() > 1 && i.targets().stream().anyMatch(t -> t.text().equalsIgnoreCase(site))) {
      words.remove(0);
    }
    return words;
  }

  private static void add(Map<WikiRole, Map<String, List<String>>> byHead, WikiRole r, String text) {
    String head = HeadWords.of(text);
    if (!head.isEmpty() && !HeadWords.pronoun(text)) {
      List<String> entity = byHead.get(r).computeIfAbsent(head, k -> new ArrayList<>());
      if (!entity.contains(text)) {
        entity.add(text);
      }
    }
  }
}
