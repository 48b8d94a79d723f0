package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The distinctive words reports use for where and what an incident hit ("the Kurmi market",
 * "a seafront restaurant", "the Sahafi hotel"), read from an incident's site, targets and named
 * victims. Words any incident could share ("people", "police", "the") are left out; plurals are
 * folded. {@link #kinds} keeps the kinds of site ("market", "hotel"), since two sites of
 * different kinds are two places. Stateless.
 */
final class SiteWords {

  /** Kinds of site: an incident at a market is not the one at a hotel. */
  static final Set<String> SITE_KINDS = Set.of("market", "bazaar", "hotel", "restaurant", "cafe", "mosque",
      "church", "cathedral", "temple", "shrine", "synagogue", "school", "university", "college", "hospital",
      "clinic", "checkpoint", "bus", "station", "airport", "stadium", "bank", "prison", "jail", "camp", "base",
      "embassy", "court", "courthouse", "office", "convoy", "train", "railway", "ferry", "port", "pipeline",
      "bridge", "wedding", "funeral", "concert", "arena", "mall", "supermarket", "shop", "parliament", "ministry",
      "compound", "barracks", "outpost", "post", "checkpost", "pharmacy", "nightclub", "bar", "beach", "park", "festival",
      "rally", "mine", "refinery", "tower", "factory", "farm");

  private static final Set<String> GENERIC = Set.of("a", "an", "the", "of", "in", "at", "on", "and", "or", "near",
      "outside", "inside", "by", "for", "with", "from", "to", "its", "his", "her", "their", "our", "this", "that",
      "people", "person", "civilian", "police", "policeman", "policemen", "officer", "soldier", "troop", "army",
      "military", "security", "force", "member", "worker", "government", "official", "man", "men", "woman",
      "women", "child", "children", "resident", "villager", "passenger", "local", "several", "some", "many",
      "dozen", "hundred", "least", "about", "more", "than", "other", "who", "were", "was", "area", "district",
      "city", "town", "village", "province", "state", "building", "private", "citizen", "property", "unknown",
      "target", "victim", "group", "crowd", "crowded", "busy", "popular", "main", "central", "new", "old", "one",
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "them", "it", "s", "vehicle", "car",
      "personnel", "staff", "employee", "family", "families", "general", "public", "utilities", "business",
      "religious", "institution", "figure", "educational", "transportation", "journalist", "diplomatic");

  /** Shortest word kept: shorter ones are initials and particles. */
  private static final int MIN_LENGTH = 3;

  private SiteWords() {}

  /** The distinctive words of an incident record ({@code vigil extract} layout). */
  static Set<String> of(JsonNode record) {
    Set<String> out = new HashSet<>();
    JsonNode loc = record.path("location");
    add(out, loc.path("site").asText(""));
    if ("site".equals(loc.path("precision").asText())) {
      add(out, loc.path("name").asText(""));
    }
    for (JsonNode t : record.path("targets")) {
      add(out, t.path("text").asText(""));
    }
    for (JsonNode v : record.path("victims")) {
      if (v.path("count").asInt(0) == 1) {
        add(out, v.path("text").asText("")); // a named victim, not "12 people"
      }
    }
    return out;
  }

  /**
   * Words for one kind of site: a security post is an outpost, a checkpost or a checkpoint in other
   * reports; a supermarket is a shop.
   */
  private static final Map<String, String> SAME_KIND = Map.ofEntries(Map.entry("outpost", "post"),
      Map.entry("checkpost", "post"), Map.entry("checkpoint", "post"), Map.entry("bazaar", "market"),
      Map.entry("courthouse", "court"), Map.entry("jail", "prison"), Map.entry("cathedral", "church"),
      Map.entry("supermarket", "shop"));

  /** The kinds of site among the words, each under one name. */
  static Set<String> kinds(Set<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (SITE_KINDS.contains(w) || SAME_KIND.containsKey(w)) {
        out.add(SAME_KIND.getOrDefault(w, w));
      }
    }
    return out;
  }

  private static void add(Set<String> out, String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
      String word = singular(w);
      if (word.length() >= MIN_LENGTH && !GENERIC.contains(word) && !word.chars().allMatch(Character::isDigit)) {
        out.add(word);
      }
    }
  }

  private static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses"))) {
      return w.substring(0, w.length() - 2);
    }
    return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }
}
