package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import org.vigil.text.Span;

/**
 * Reads admin chains written out in the text ("Saghev village in Gwer West, Benue, Nigeria",
 * "Riyadh, Kirkuk, Iraq", "Pondum (Bijapur)") from right to left: each link must lie inside the
 * next. A mention whose chosen entry does not, takes its best candidate that does; a name that
 * has none, or that is in no gazetteer at all, is kept as written, with the coordinates and
 * precision of its container. Single use, for one text; mixed-case text only.
 */
final class ChainReader {

  /**
   * A place kept as written: tokens {@code [first, nameEnd)} are its name, {@code [first, end)}
   * the whole phrase ("Saghev village"), inside {@code container}; {@code local} when a generic
   * word makes it a part of a town ("Waziran neighborhood").
   */
  record Kept(int first, int nameEnd, int end, ResolvedPlace container, boolean local) {}

  /** One link of a chain: a mention (or -1 for a kept name) and the entry whose extent it stands for. */
  private record Link(int first, int last, int mention, int area, ResolvedPlace place) {}

  private final Gazetteer g;
  private final String text;
  private final List<Token> tokens;
  private final ChainJoins joins;

  ChainReader(Gazetteer g, String text, List<Token> tokens) {
    this.g = g;
    this.text = text;
    this.tokens = tokens;
    this.joins = new ChainJoins(text, tokens);
  }

  /**
   * Applies the chains of one text: {@code chosen[m]} (the entry of mention {@code m}, or -1)
   * and {@code places[m]} are changed where a chain says otherwise, and the names kept as
   * written are returned.
   */
  List<Kept> apply(List<Mention> mentions, int[] chosen, CandidateScorer scorer, ResolvedPlace[] places) {
    List<Link> links = new ArrayList<>();
    for (int m = 0; m < mentions.size(); m++) {
      Mention x = mentions.get(m);
      if (x.demonymOf() == null) {
        links.add(new Link(x.first(), x.last(), m, chosen[m], places[m]));
      }
    }
    List<Kept> kept = new ArrayList<>();
    for (int i = links.size() - 1; i >= 0; i--) {
      Link c0 = links.get(i);
      if (c0.area() < 0 || c0.place() == null) {
        continue;
      }
      boolean longChain = i + 1 < links.size() && links.get(i + 1).area() >= 0
          && joins.joined(c0.last(), links.get(i + 1).first()) == ',';
      Link p = i > 0 && joins.joined(links.get(i - 1).last(), c0.first()) != 0
          && !partOfKeptName(links.get(i - 1), chosen) ? links.get(i - 1) : null;
      boolean district = p != null ? joins.unitAfter(p.last()) : joins.unitBefore(c0.first());
      Link c = c0;
      boolean quarter = p != null ? joins.policeDistrict(p.last()) : joins.policeDistrict(c0.first() - 1);
      if ((district || longChain && p != null) && !quarter && g.kind(c.area()) == PlaceKind.PLACE && c.mention() >= 0) {
        // a district lies in a province, not in a town: "Bagrami district, Kabul" is Kabul province;
        // so does the middle of "Al-Rai, Aleppo, Syria", where the town of Aleppo would be a peer
        int province = scorer.bestWhere(c0.mention(), id -> g.kind(id) == PlaceKind.ADMIN1
            && g.countryCode(id).equals(g.countryCode(c0.area())));
        if (province >= 0) {
          chosen[c.mention()] = province;
          places[c.mention()] = Places.of(g, province, c.place().span(), Level.NONE, c.place().relation(), null);
          c = new Link(c.first(), c.last(), c.mention(), province, places[c.mention()]);
          links.set(i, c);
        }
      }
      Link finer = i + 1 < links.size() ? links.get(i + 1) : null;
      if (finer != null && finer.area() >= 0 && joins.possessive(c0.last(), finer.first()) && inside(finer.area(), c.area())) {
        c = finer; // "Palma in northern Mozambique's Cabo Delgado province": the province holds Palma
      }
      final Link container = c;
      PlaceKind ck = g.kind(c.area());
      Kept k = null;
      if (p != null && p.mention() >= 0) {
        int pe = chosen[p.mention()];
        // "Georgia, United States": a country names an area of the next; "Tarmiyah, Saladin": a district in it
        boolean twoCountries = pe >= 0 && g.kind(pe) == PlaceKind.COUNTRY && ck == PlaceKind.COUNTRY;
        boolean astray = pe >= 0 && astray(pe, c, i + 1 < links.size() ? links.get(i + 1) : null, longChain);
        boolean peer = pe >= 0 && !district && !twoCountries && !astray && (g.kind(pe) != PlaceKind.PLACE
            && (g.kind(pe) != PlaceKind.ADMIN2 || ck == PlaceKind.ADMIN2) || ck == PlaceKind.PLACE);
        if (peer || pe >= 0 && inside(pe, c.area())) {
          continue;
        }
        int alt = scorer.bestWhere(p.mention(), id -> (twoCountries || g.kind(id) != PlaceKind.ADMIN1)
            && inside(id, container.area()));
        if (twoCountries && alt < 0) {
          continue;
        }
        if (alt >= 0) {
          chosen[p.mention()] = alt;
          places[p.mention()] = Places.of(g, alt, new Span(tokens.get(p.first()).start(),
              tokens.get(p.last() - 1).end()), mentions.get(p.mention()).level(), "in", null);
          links.set(i - 1, new Link(p.first(), p.last(), p.mention(), alt, places[p.mention()]));
          continue;
        }
        if ((ck != PlaceKind.PLACE || pe < 0 || astray) && (pe >= 0 || cued(p.first(), joins.joined(p.last(), c.first()), longChain))) {
          int first = scanLeft(p.first(), p.last(), tokens.get(p.first()).sentence());
          int end = p.last() < c.first() && ChainWords.UNITS.contains(tokens.get(p.last()).norm()) ? p.last() + 1 : p.last();
          k = placeLike(first, p.last()) || gazetteerName(first, p) ? new Kept(first, joins.firstOfTwo(first, end), end, c.place(), false) : null;
        }
      } else if (p == null) {
        k = nameBefore(c.first(), c.place(), longChain);
      }
      if (k == null) {
        continue;
      }
      int j = i;
      boolean blocked = false;
      for (int o = i - 1; o >= 0 && links.get(o).last() > k.first(); o--) {
        Link l = links.get(o);
        // an area elsewhere named by a part of the kept name ("Jaji" of Paktia in "Jaji Maydan district,
        // Khost") does not stand for it; one that is the whole name does
        blocked |= l != p && l.mention() >= 0 && chosen[l.mention()] >= 0 && (inside(chosen[l.mention()], c.area())
            || g.kind(chosen[l.mention()]) != PlaceKind.PLACE && l.first() == k.first() && l.last() >= k.nameEnd());
      }
      if (blocked) {
        continue;
      }
      while (j > 0 && links.get(j - 1).last() > k.first()) {
        j--;
        Link dropped = links.remove(j);
        if (dropped.mention() >= 0) {
          chosen[dropped.mention()] = -1;
        }
      }
      kept.add(k);
      links.add(j, new Link(k.first(), k.end(), -1, c.area(), c.place()));
      i = j + 1;
    }
    return kept;
  }

  /**
   * Whether entry {@code pe}, chosen for the name before town {@code c} of a chain that goes on to
   * the area {@code next} holding that town ("Santa Isabel, Arauquita, Arauca, Colombia"), lies
   * outside that area: the writer put the name inside it, so a namesake elsewhere is not meant.
   */
  private boolean astray(int pe, Link c, Link next, boolean longChain) {
    if (!longChain || next == null || next.area() < 0 || g.kind(c.area()) != PlaceKind.PLACE
        || g.kind(pe) == PlaceKind.COUNTRY || g.kind(next.area()) == PlaceKind.PLACE) {
      return false;
    }
    return inside(c.area(), next.area()) && !inside(pe, next.area());
  }

  /**
   * A name the scores turned down that is only part of a link written with its unit or generic
   * word: "City" of "Gingoog City, Misamis Oriental" (a word that says what the name before it
   * is, matched alone to a namesake), "Shewa" of "North Shewa zone, Oromia". It is no link of its
   * own: the whole is read as a name kept as written.
   */
  private boolean partOfKeptName(Link l, int[] chosen) {
    if (l.mention() < 0 || chosen[l.mention()] >= 0) {
      return false;
    }
    String w = tokens.get(l.first()).norm();
    boolean generic = l.last() - l.first() == 1 && (ChainWords.GENERIC.contains(w) || Level.of(w) != Level.NONE);
    return generic || l.last() < tokens.size() && ChainWords.UNITS.contains(tokens.get(l.last()).norm());
  }

  /** Whether entry {@code inner} lies inside entry {@code outer} (a country, area or place). */
  boolean inside(int inner, int outer) {
    if (inner == outer || !g.countryCode(inner).equals(g.countryCode(outer))) {
      return false;
    }
    return switch (g.kind(outer)) {
      case COUNTRY -> g.kind(inner) != PlaceKind.COUNTRY;
      case ADMIN1 -> g.kind(inner) != PlaceKind.ADMIN1 && g.kind(inner) != PlaceKind.COUNTRY
          && g.admin1Code(outer).equals(g.admin1Code(inner));
      case ADMIN2 -> g.kind(inner) == PlaceKind.PLACE && g.admin1Code(outer).equals(g.admin1Code(inner))
          && g.admin2Code(outer).equals(g.admin2Code(inner));
      case PLACE -> g.kind(inner) == PlaceKind.PLACE
          && Places.roughKm(g.lat(inner), g.lon(inner), g.lat(outer), g.lon(outer)) < 30;
    };
  }

  /**
   * The name written just before token {@code containerFirst} and joined to it, if it reads as
   * a place: capitalised words (with inner connectors: "Beir al-Abd"), optionally followed by a
   * generic word ("village") or a unit ("district"), after a cue ("in", "attacked", "the village
   * of"), or followed by a further link of a comma chain. Null when there is none.
   */
  Kept nameBefore(int containerFirst, ResolvedPlace container, boolean longChain) {
    int end = containerFirst;
    if (end > 1 && WordLists.DIRECTIONS.contains(tokens.get(end - 1).norm()) && tokens.get(end - 2).norm().equals("in")) {
      end--; // "Boulkessi in central Mali"
    }
    if (end > 0 && tokens.get(end - 1).norm().equals("in")) {
      end--;
    }
    char join = joins.joined(end, containerFirst);
    if (join == 0) {
      return null;
    }
    String last = tokens.get(end - 1).norm();
    boolean generic = ChainWords.GENERIC.contains(last) || ChainWords.LOCAL.contains(last);
    boolean unit = ChainWords.UNITS.contains(last) || ChainWords.FEATURES.contains(last);
    int nameEnd = generic ? end - 1 : end;
    int wordsEnd = unit ? end - 1 : nameEnd;
    int first = scanLeft(wordsEnd, nameEnd, tokens.get(end - 1).sentence());
    if (first >= wordsEnd || !placeLike(first, wordsEnd)) {
      return null;
    }
    if (!(generic || unit || cued(first, join, longChain))) {
      return null;
    }
    return new Kept(first, joins.firstOfTwo(first, nameEnd), end, container,
        ChainWords.LOCAL.contains(last) || ChainWords.FEATURES.contains(last));
  }

  /**
   * Whether a name starting at token {@code first} reads as a place by its context: a cue before
   * it ("in", "attacked", "the village of"), or a further link of a comma chain after it.
   */
  private boolean cued(int first, char join, boolean longChain) {
    String before = first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
        ? tokens.get(first - 1).norm() : "";
    return ChainWords.LEFT_CUES.contains(before) || Level.of(before) != Level.NONE
        || first >= 2 && before.equals("of") && Level.of(tokens.get(first - 2).norm()) != Level.NONE
        || longChain && join == ',';
  }

  /**
   * The first token of a name whose words before {@code from} are read leftwards: capitalised
   * words joined by spaces or hyphens, and connectors inside it ("Beir al-Abd"), at most
   * {@link ChainWords#MAX_WORDS} of them.
   */
  int scanLeft(int from, int nameEnd, int sentence) {
    int first = from;
    int words = 0;
    while (first > 0 && words < ChainWords.MAX_WORDS && (first == nameEnd || joins.plainGap(first - 1, first))) {
      Token t = tokens.get(first - 1);
      boolean inner = first < nameEnd && first - 1 > 0 && (WordLists.CONNECTORS.contains(t.norm())
          || Names.ARTICLES.contains(t.norm())) && tokens.get(first - 2).capitalised();
      if (t.sentence() != sentence || !(t.capitalised() || inner) || ChainWords.NOT_NAMES.contains(t.norm())) {
        break;
      }
      first--;
      words++;
    }
    while (first < from && !tokens.get(first).capitalised()) {
      first++;
    }
    return first;
  }

  /** Words {@code [first, end)} may name a place: not a person's, an organisation's or a site's. */
  private boolean placeLike(int first, int end) {
    if (first >= end || !tokens.get(first).capitalised() || ChainWords.NOT_NAMES.contains(tokens.get(end - 1).norm())) {
      return false;
    }
    String before = first > 0 ? tokens.get(first - 1).norm() : "";
    String last = tokens.get(end - 1).norm();
    String ofWhat = before.equals("of") && first >= 2 ? tokens.get(first - 2).norm() : "";
    // "the shrine of Fatima Masumeh in Qom": whom a site is named for is part of its name;
    // "the house of Jaafar Hilali in Kut": whose house, car or family it was is a person
    boolean named = SiteFinder.DEDICATED.contains(ofWhat) || WordLists.BELONGINGS.contains(ofWhat);
    return !named && !WordLists.PERSON_CUES.contains(before) && !WordLists.ORGANISATION_HEADS.contains(last)
        && !SiteFinder.HEADS.contains(last) && !(WordLists.PERSON_CUES.contains(tokens.get(first).norm())
            && !tokens.get(first).norm().equals("abu"));
  }

  /**
   * Whether words {@code [first, p.last())}, from a cue on ("in Ahmad Abad, Herat"), are all of a
   * name the gazetteer holds: a first word that often begins a person's name does not then make it one.
   */
  private boolean gazetteerName(int first, Link p) {
    return first == p.first() && first > 0 && ChainWords.LEFT_CUES.contains(tokens.get(first - 1).norm())
        && !ChainWords.NOT_NAMES.contains(tokens.get(p.last() - 1).norm());
  }

  /** The kept name as the text writes it (with a unit word, without a generic one). */
  String words(Kept k) {
    return text.substring(tokens.get(k.first()).start(), tokens.get(k.nameEnd() - 1).end());
  }
}
