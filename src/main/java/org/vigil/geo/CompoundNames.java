package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * A name made one by an ezafe or an article joining its words ("Qala-e-Kohna", "Kot-e-Sangi",
 * "Bab al-Sharqi", "Ras-al-Ain"). The gazetteer's whole name is matched first (longest match);
 * when only the head is known ("Qala", a town of Malta), the head stands not for the whole: it is
 * no mention (unless the head is a country's name or a short name of a compound the gazetteer
 * holds); nor does a part after an ezafe ("Parwan" of "Kart-e-Parwan") when a dateline gives a
 * home. An unknown whole after a locative is kept as written inside the dateline's city when the
 * text makes it a part of the city ("Qala-e-Kohna area of the city", "Bab al-Sharqi neighbourhood",
 * "Baghdad al-Jadida" in a Baghdad report), else inside the dateline's country. Stateless.
 */
final class CompoundNames {

  /** Persian and Urdu ezafe, written between hyphens: "Qala-e-Kohna", "Mazar-i-Sharif". */
  private static final Set<String> EZAFE = WordSet.of("e", "i", "ye", "yi");
  /** Generic words that make a name a part of a town when "of the city" follows: "X area of the city". */
  private static final Set<String> PARTS = WordSet.of("area", "district", "suburb", "section");
  /** Capitalised words a kept compound's head takes at most. */
  private static final int MAX_HEAD_WORDS = 2;

  private CompoundNames() {}

  /**
   * The token just past the compound whose head ends before token {@code next}: {@code next} is an
   * ezafe between hyphens ("Qala-e-Kohna") or an article after a hyphen or a space ("Bab al-Sharqi"),
   * hyphened to a capitalised word of the same sentence; -1 otherwise.
   */
  static int end(String text, List<Token> tokens, int next) {
    if (next < 1 || next + 1 >= tokens.size()) {
      return -1;
    }
    Token head = tokens.get(next - 1);
    Token c = tokens.get(next);
    Token tail = tokens.get(next + 1);
    if (c.start() != head.end() + 1 || tail.start() != c.end() + 1 || text.charAt(c.end()) != '-'
        || !tail.capitalised() || tail.sentence() != head.sentence()) {
      return -1;
    }
    char before = text.charAt(head.end());
    boolean ezafe = before == '-' && EZAFE.contains(c.norm());
    boolean article = (before == '-' || before == ' ') && Names.ARTICLES.contains(c.norm())
        && !Names.ARTICLES.contains(head.norm());
    return ezafe || article ? next + 2 : -1;
  }

  /**
   * Whether a name matched with candidates {@code ids} is the head of a compound whose next token
   * is {@code next} ({@link #end}), so it stands for no place; a country's name is no head ("in
   * Syria al-Nusra fighters seized ..."), nor a short name of a compound that the gazetteer holds
   * ("Dahana" for "Dahanah-ye Ghori", written "Dahana-i-Ghuri").
   */
  static boolean headOf(Gazetteer g, String text, List<Token> tokens, int next, int[] ids) {
    if (end(text, tokens, next) < 0) {
      return false;
    }
    for (int id : ids) {
      if (g.kind(id) == PlaceKind.COUNTRY || joined(g.name(id))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a gazetteer name has an ezafe or an article after its first word: "Dahanah-ye Ghōrī". */
  private static boolean joined(String name) {
    int from = -1;
    for (int k = 0; k <= name.length(); k++) {
      boolean gap = k == name.length() || name.charAt(k) == ' ' || name.charAt(k) == '-';
      if (gap && from > 0) {
        String w = name.substring(from, k).toLowerCase(java.util.Locale.ROOT);
        if (EZAFE.contains(w) || Names.ARTICLES.contains(w)) {
          return true;
        }
      }
      if (gap) {
        from = k + 1;
      }
    }
    return false;
  }

  /**
   * The compounds written after a locative that no resolved mention or kept name covers, each kept
   * in the dateline's city or country (see the class): only those whose head the gazetteer knows,
   * joined by an ezafe, or followed by a generic word, since an article also joins groups' names
   * ("Ahrar al-Sham"). A mention right after an ezafe that the chains left chosen ("Parwan" of
   * "Kart-e-Parwan") is a part of the compound too: with a dateline it is dropped from {@code chosen}.
   * None when the dateline names no place.
   */
  static List<ChainReader.Kept> find(Gazetteer g, String text, List<Token> tokens, List<Mention> mentions,
      int[] chosen, ResolvedPlace[] places, List<ChainReader.Kept> kept) {
    List<ChainReader.Kept> out = List.of(); // most texts hold no compound: nothing is made for them
    ResolvedPlace home = null;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token c = tokens.get(i);
      if (c.end() >= text.length() || text.charAt(c.end()) != '-' || end(text, tokens, i) < 0) {
        continue;
      }
      home = home != null ? home : UnknownTowns.home(g, text, tokens, mentions, chosen, places, false);
      if (home == null) {
        return out;
      }
      int whole = EZAFE.contains(c.norm()) ? dropTail(mentions, chosen, i + 1) : i + 2;
      int first = headStart(tokens, i);
      if (first < 1 || !UnknownTowns.LOCATIVES.contains(tokens.get(first - 1).norm())
          || UnknownTowns.covered(first, whole, mentions, chosen, kept)
          || UnknownTowns.covered(first, whole, List.of(), chosen, out)) {
        continue;
      }
      String after = whole < tokens.size() && tokens.get(whole).sentence() == c.sentence() ? tokens.get(whole).norm() : "";
      boolean quarter = UnknownTowns.QUARTERS.contains(after) || PARTS.contains(after) && ofTheCity(tokens, whole + 1);
      boolean generic = quarter || PARTS.contains(after) || UnknownTowns.SETTLEMENTS.contains(after);
      String head = text.substring(tokens.get(first).start(), tokens.get(i - 1).end());
      List<GazetteerEntry> heads = generic || EZAFE.contains(c.norm()) ? List.of() : g.lookup(head);
      if (!generic && !EZAFE.contains(c.norm()) && (heads.isEmpty() || heads.stream().anyMatch(e -> e.kind() == PlaceKind.COUNTRY))) {
        continue;
      }
      ResolvedPlace city = UnknownTowns.home(g, text, tokens, mentions, chosen, places, true);
      boolean inCity = city != null && (quarter || head.equalsIgnoreCase(city.name())); // "Baghdad al-Jadida"
      out = out.isEmpty() ? new ArrayList<>() : out;
      out.add(inCity ? new ChainReader.Kept(first, whole, whole, city, true) // a part of the city: its city is said
          : new ChainReader.Kept(first, whole, generic ? whole + 1 : whole, home, false));
    }
    return out;
  }

  /** Drops the chosen mention starting at token {@code tail} (the part after an ezafe); the token past the compound. */
  private static int dropTail(List<Mention> mentions, int[] chosen, int tail) {
    for (int m = 0; m < mentions.size(); m++) {
      if (chosen[m] >= 0 && mentions.get(m).first() == tail) {
        chosen[m] = -1;
        return mentions.get(m).last();
      }
    }
    return tail + 1;
  }

  /** The first capitalised word of the head ending before connector {@code c}, joined by single spaces or hyphens. */
  private static int headStart(List<Token> tokens, int c) {
    int first = c - 1;
    while (first > 0 && c - first < MAX_HEAD_WORDS && tokens.get(first - 1).capitalised()
        && tokens.get(first - 1).end() + 1 == tokens.get(first).start() && tokens.get(first - 1).sentence() == tokens.get(c).sentence()
        && !UnknownTowns.LOCATIVES.contains(tokens.get(first - 1).norm())) {
      first--;
    }
    return tokens.get(first).capitalised() ? first : -1;
  }

  /** "of the city" (or "of the capital") from token {@code i}. */
  private static boolean ofTheCity(List<Token> tokens, int i) {
    return i + 2 < tokens.size() && tokens.get(i).norm().equals("of") && tokens.get(i + 1).norm().equals("the")
        && (tokens.get(i + 2).norm().equals("city") || tokens.get(i + 2).norm().equals("capital"));
  }
}
