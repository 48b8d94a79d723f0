package org.vigil.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Explosives thrown or fired together with gunfire. The GTD's codebook counts grenades, rockets,
 * mortars and other projectiles, and explosives thrown by hand, used alongside firearms as
 * weapons of an armed assault ("opened fire and threw two grenades at the post", "fired mortars
 * and then opened fire on the camp"), while a bomb set off in place (detonated, planted, carried
 * by a suicide attacker or a vehicle) makes the attack a bombing whatever else was used.
 * Thread-safe.
 */
final class MixedArms {

  /** Compiled once: what separates the words of a weapon's text. */
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z]+");

  /** Words of explosives that are thrown or fired at a target rather than set off in place. */
  static final Set<String> PROJECTILES = WordSet.of("grenade", "grenades", "rpg", "rpgs", "mortar", "mortars",
      "rocket", "rockets", "shell", "shells", "projectile", "projectiles", "missile", "missiles");
  /** Verbs that throw an explosive by hand ("threw explosive devices at the station"). */
  private static final Set<String> THROWING = WordSet.of("threw", "thrown", "throwing", "throw", "hurled",
      "hurling", "lobbed", "lobbing", "tossed");
  /** Words of an explosion that say nothing of how the explosive was delivered. */
  private static final Set<String> NEUTRAL = WordSet.of("blast", "blasts", "explosion", "explosions", "exploded",
      "went", "off");
  /** Words of gunfire that are not themselves evidence of guns being fired ("gunmen" carry them). */
  private static final Set<String> NOT_FIRING = WordSet.of("gunmen", "gunman");

  private MixedArms() {}

  /**
   * The incident's type when a bombing or shelling by these clauses was carried out with gunfire
   * and only thrown or fired explosives: an armed assault; otherwise {@code type} unchanged.
   */
  static IncidentType refine(Doc doc, List<int[]> clauses, IncidentType type) {
    if (type != IncidentType.BOMBING && type != IncidentType.SHELLING) {
      return type;
    }
    boolean gunfire = false;
    boolean projectile = false;
    for (int[] r : clauses) {
      for (Match<Cue> c : doc.cues(r[0], r[1], MixedArms::relevant)) {
        if (firing(c.value())) {
          gunfire |= gunfire(doc, c);
          continue;
        }
        Kind k = kind(doc, c, r[0]);
        if (k == Kind.SET_OFF) {
          return type; // "detonated an explosive device and opened fire": a bombing
        }
        projectile |= k == Kind.PROJECTILE;
      }
    }
    return gunfire && projectile ? IncidentType.ARMED_ASSAULT : type;
  }

  private enum Kind { PROJECTILE, NEUTRAL, SET_OFF }

  private static boolean relevant(Cue c) {
    return firing(c) || c.is("weapon", "explosives") || c.is("weaponhint", "explosives")
        || c.isTrigger() && (c.label().equals("bombing") || c.label().equals("shelling"));
  }

  /** Gunfire: a firearm named, or an armed assault's trigger or hint of shooting. */
  private static boolean firing(Cue c) {
    return c.is("weapon", "firearms") || c.is("weaponhint", "firearms")
        || c.isTrigger() && c.label().equals("armed_assault");
  }

  /** Words around "fired" in which a projectile makes it the projectile's firing ("rockets fired at"). */
  private static final int FIRED_WINDOW = 3;

  /**
   * Whether a firing cue is guns fired: not "gunmen" (who carry guns), not a unit's name ("Assam
   * Rifles"), not "fired" said of rockets or mortars ("fired a rocket at", "rockets fired at").
   */
  private static boolean gunfire(Doc doc, Match<Cue> c) {
    if (NOT_FIRING.contains(doc.key(c.firstToken())) || doc.coverage.inAgency(c.firstToken(), c.endToken())
        || doc.coverage.inGroup(c.firstToken(), c.endToken())) {
      return false;
    }
    boolean fired = false;
    for (int i = c.firstToken(); i < c.endToken(); i++) {
      fired |= doc.key(i).equals("fired") || doc.key(i).equals("firing");
    }
    if (fired) {
      for (int i = Math.max(0, c.firstToken() - FIRED_WINDOW); i < c.endToken() + FIRED_WINDOW; i++) {
        if (PROJECTILES.contains(doc.key(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /** How the explosive of this cue was delivered: thrown or fired, set off in place, or not said. */
  private static Kind kind(Doc doc, Match<Cue> c, int from) {
    boolean neutral = true;
    for (int i = c.firstToken(); i < c.endToken(); i++) {
      String k = doc.key(i);
      if (PROJECTILES.contains(k) || THROWING.contains(k)) {
        return Kind.PROJECTILE;
      }
      neutral &= NEUTRAL.contains(k);
    }
    for (int i = c.firstToken() - 1; i >= Math.max(from, c.firstToken() - 3); i--) {
      if (THROWING.contains(doc.key(i))) {
        return Kind.PROJECTILE; // "threw crude explosive devices"
      }
    }
    return neutral || c.value().label().equals("shelling") ? Kind.NEUTRAL : Kind.SET_OFF;
  }

  /**
   * Whether a weapon's words name explosives thrown or fired at a target ("grenades", "mortars"),
   * which the GTD counts with firearms as an armed assault's weapons.
   */
  static boolean projectile(Weapon w) {
    for (String word : NOT_WORD.split(w.text().toLowerCase(Locale.ROOT))) {
      if (PROJECTILES.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
