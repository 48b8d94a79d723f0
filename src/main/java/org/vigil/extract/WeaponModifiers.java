package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * A weapon word that qualifies a noun of trade or storage names no weapon used: "gasoline
 * stations", "gasoline tanks", "the price of gasoline" aside, "arms smuggling". The word is then
 * neither a weapon of the incident nor a candidate instrument. ("Rifle fire" and "mortar fire"
 * do name the weapon fired.) Stateless.
 */
final class WeaponModifiers {

  /** Nouns a weapon word only qualifies. */
  private static final Set<String> QUALIFIED = WordSet.of("station", "stations", "tank", "tanks", "price",
      "prices", "supply", "supplies", "shortage", "shortages", "depot", "depots", "factory", "factories", "plant",
      "smuggling", "trafficking", "traffickers", "pump", "pumps", "barrels", "pipeline", "pipelines");

  private WeaponModifiers() {}

  /** True when the weapon cue {@code c} qualifies the noun right after it. */
  static boolean qualifiesOther(Doc doc, Match<Cue> c) {
    return QUALIFIED.contains(doc.key(c.endToken()));
  }
}
