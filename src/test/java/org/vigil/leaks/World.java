package org.vigil.leaks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.stix.Tlp;

/**
 * The leak suite's world: four organisations (alpha owns records at every marking; partner reads
 * them up to AMBER, greenpartner up to GREEN; stranger is no one's partner and owns an AMBER
 * record of its own), the instance's own public intake, and an incident merged from a public
 * report and alpha's AMBER report that raises its toll.
 */
final class World {

  static final String ALPHA = "alpha";
  static final String PARTNER = "partner";
  static final String GREEN_PARTNER = "greenpartner";
  static final String STRANGER = "stranger";
  static final List<String> ORGANISATIONS = List.of(ALPHA, PARTNER, GREEN_PARTNER, STRANGER);

  static final Canary PUBLIC = Canary.attack("Public", "", Tlp.GREEN, "Mogadishu", "Somalia", 5);
  /** The public half of the merged incident: 3 killed in Kabul. */
  static final Canary MIXED_PUBLIC = new Canary("Mixedpublic", "", Tlp.GREEN, "Kabul", false,
      Canary.attack("", "", Tlp.GREEN, "Kabul", "Afghanistan", 3).text());
  /** Alpha's AMBER report of the same attack, published a day later: the toll rose to 11. */
  static final Canary MIXED_AMBER = new Canary("Mixedamber", ALPHA, Tlp.AMBER, "Kabul", false,
      Canary.attack("", "", Tlp.AMBER, "Kabul", "Afghanistan", 11).text());
  /** What the stranger pushes during the suite, marked GREEN: no one else is its partner. */
  static final Canary PUSHED = Canary.attack("Pushed", STRANGER, Tlp.GREEN, "Lima", "Peru", 1);

  /** In loading order. */
  static final List<Canary> CANARIES = List.of(PUBLIC,
      Canary.attack("Clear", ALPHA, Tlp.CLEAR, "Nairobi", "Kenya", 4),
      Canary.attack("Green", ALPHA, Tlp.GREEN, "Maiduguri", "Nigeria", 6),
      Canary.attack("Amber", ALPHA, Tlp.AMBER, "Peshawar", "Pakistan", 7),
      Canary.attack("Strict", ALPHA, Tlp.AMBER_STRICT, "Cotabato", "Philippines", 8),
      Canary.attack("Red", ALPHA, Tlp.RED, "Arauca", "Colombia", 9),
      Canary.attack("Stranger", STRANGER, Tlp.AMBER, "Lyon", "France", 2),
      MIXED_PUBLIC, MIXED_AMBER);

  /** Who reads which canaries, by organisation: the access model's rule, written out by hand. */
  static final Map<String, Set<String>> READS = Map.of(
      ALPHA, Set.of("Public", "Clear", "Green", "Amber", "Strict", "Red", "Mixedpublic", "Mixedamber"),
      PARTNER, Set.of("Public", "Clear", "Green", "Amber", "Mixedpublic", "Mixedamber"),
      GREEN_PARTNER, Set.of("Public", "Clear", "Green", "Mixedpublic"),
      STRANGER, Set.of("Public", "Clear", "Stranger", "Mixedpublic", "Pushed"));

  private World() {}

  /**
   * Who reads which of alpha's records published into the TAXII collection every organisation
   * may read: there, as TAXII has it, the collection's readers are the community its GREEN goes
   * to; AMBER goes to the partners up to AMBER.
   */
  static final Map<String, Set<String>> TAXII_READS = Map.of(
      ALPHA, READS.get(ALPHA),
      PARTNER, Set.of("Clear", "Green", "Amber", "Mixedamber"),
      GREEN_PARTNER, Set.of("Clear", "Green"),
      STRANGER, Set.of("Clear", "Green"));

  /** The canaries an organisation (null: nobody signed in) must never see a word of in the knowledge base. */
  static Set<String> forbidden(String org) {
    return forbidden(org, READS);
  }

  /** The canaries an organisation must never see a word of, by {@code reads}. */
  static Set<String> forbidden(String org, Map<String, Set<String>> reads) {
    Set<String> read = org == null ? Set.of() : reads.get(org);
    java.util.Set<String> words = new java.util.TreeSet<>();
    java.util.stream.Stream.concat(CANARIES.stream(), java.util.stream.Stream.of(PUSHED))
        .filter(c -> !read.contains(c.name())).forEach(c -> words.addAll(c.words()));
    return words;
  }
}
