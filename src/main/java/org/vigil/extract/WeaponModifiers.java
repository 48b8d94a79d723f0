package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Weapon words that name no weapon used in the incident. A weapon word that qualifies a noun of
 * trade or storage: "gasoline stations", "gasoline tanks", "the price of gasoline" aside, "arms
 * smuggling" ("rifle fire" and "mortar fire" do name the weapon fired): such a word is neither
 * a weapon of the incident nor a candidate instrument. Weapons seized or captured after an
 * attack ("guerrillas seized 40 rifles") were taken, not used (in a foiled plot they are its
 * weapons). "Bomb" used as a verb ("planes continue to bomb the suburbs") says how the incident was
 * done but names no weapon: it only hints at its type. Stateless.
 */
final class WeaponModifiers {

  /** Nouns a weapon word only qualifies. */
  private static final Set<String> QUALIFIED = WordSet.of("station", "stations", "tank", "tanks", "price",
      "prices", "supply", "supplies", "shortage", "shortages", "depot", "depots", "factory", "factories", "plant",
      "smuggling", "trafficking", "traffickers", "pump", "pumps", "barrels", "pipeline", "pipelines");
  /** Verbs of taking weapons away. */
  private static final Set<String> SEIZING = WordSet.of("seized", "seize", "seizing", "confiscated", "confiscate",
      "confiscating", "captured", "capturing", "impounded", "seizure", "confiscation");
  /** Words before a verb: "to bomb", "will bomb", "a pilot who bombs". */
  private static final Set<String> BEFORE_VERB = WordSet.of("to", "will", "would", "could", "can", "may", "might",
      "must", "should", "did", "does", "do", "not", "who", "continue", "continues");
  /** Words that follow a verb, never a noun: "bombs the people". */
  private static final Set<String> AFTER_VERB = WordSet.of("the", "a", "an", "their", "its", "his", "her", "our",
      "these", "those", "this", "civilians", "neighborhoods", "neighbourhoods", "villages", "towns", "cities");
  /** Marks that end the phrase a verb of taking governs. */
  private static final Set<String> BREAKS = Set.of(";", ":", "(", ")", "[", "]", "\"", ".");
  /** How far before a weapon a verb of taking it is looked for. */
  private static final int SEIZING_REACH = 6;

  private WeaponModifiers() {}

  /** What a mine dug for: "a gold mine", "coal mines", "near a mine" are sites, not explosives. */
  private static final Set<String> MINERALS = WordSet.of("gold", "coal", "copper", "diamond", "tin", "iron", "uranium",
      "cobalt", "salt", "silver", "lithium", "zinc", "bauxite", "emerald", "jade", "coltan", "phosphate", "nickel");

  /** True when the weapon cue {@code c} qualifies the noun right after it, or is a mine of a mineral. */
  static boolean qualifiesOther(Doc doc, Match<Cue> c) {
    String k = doc.key(c.firstToken());
    return QUALIFIED.contains(doc.key(c.endToken()))
        || (k.equals("mine") || k.equals("mines")) && (MINERALS.contains(doc.key(c.firstToken() - 1)) || site(doc, c));
  }

  /** Words of place before "a mine": "near a mine", "at the mine" is where, not what. */
  private static final Set<String> AT = WordSet.of("near", "at", "outside", "inside", "around",
      "beside", "nearby");
  /** Words after "mine" that make it the explosive again: "at a mine blast". */
  private static final Set<String> BLAST = WordSet.of("blast", "blasts", "explosion", "explosions", "exploded",
      "explodes", "went", "attack", "attacks");

  private static boolean site(Doc doc, Match<Cue> c) {
    int at = c.firstToken() - 1;
    String article = doc.key(at);
    if (article.equals("a") || article.equals("the")) {
      at--;
    }
    return at >= 0 && AT.contains(doc.key(at)) && !BLAST.contains(doc.key(c.endToken()));
  }

  /** True when the cue is "bomb" or "bombs" used as a verb. */
  static boolean verb(Doc doc, Match<Cue> c) {
    if (c.endToken() != c.firstToken() + 1) {
      return false;
    }
    String w = doc.key(c.firstToken());
    return (w.equals("bomb") || w.equals("bombs")) && c.firstToken() > 0
        && (BEFORE_VERB.contains(doc.key(c.firstToken() - 1)) || AFTER_VERB.contains(doc.key(c.endToken())));
  }

  /** "seized 4 M-16 rifles", "captured rifles and grenades": a verb of taking a few words before, in the sentence. */
  static boolean seized(Doc doc, Match<Cue> c) {
    int first = doc.sentenceFirst(doc.sentenceOf[c.firstToken()]);
    for (int i = c.firstToken() - 1; i >= Math.max(first, c.firstToken() - SEIZING_REACH); i--) {
      if (SEIZING.contains(doc.key(i))) {
        return true;
      }
      if (BREAKS.contains(doc.key(i))) {
        return false; // "seized the town; rifles and mortars were used"
      }
    }
    return false;
  }
}
