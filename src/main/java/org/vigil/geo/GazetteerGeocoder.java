package org.vigil.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.vigil.text.Span;

/**
 * The default {@link Geocoder}: finds place mentions with a {@link MentionFinder}, scores each
 * mention's candidate entries with a {@link CandidateScorer} in the light of the whole text,
 * keeps the mentions whose best candidate is convincing, reads spatial relations before them
 * and attaches named sites to their city ({@link SiteFinder}).
 *
 * <p>Immutable and safe for use by many threads at once; each call works on its own state.
 */
public final class GazetteerGeocoder implements Geocoder {

  /** Candidates listed per mention by {@link #explain}. */
  public static final int EXPLAINED_CANDIDATES = 5;

  /** Longest text, in characters, that is geocoded; the rest is ignored. */
  public static final int MAX_TEXT_CHARS = 200_000;

  private final Gazetteer gazetteer;
  private final MentionFinder finder;

  public GazetteerGeocoder(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.finder = new MentionFinder(gazetteer);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public List<ResolvedPlace> resolve(String text, GeoContext context) {
    return read(text).resolve(context);
  }

  /**
   * The text's words and place mentions, and what scoring them reads ({@link ScoringBasis}), none
   * of which depends on the context: found once per {@link #read}, however many contexts resolve it.
   */
  @Override
  public Reading read(String text) {
    Found found = find(text);
    return context -> {
      List<Resolution> all = run(found, context, false);
      List<ResolvedPlace> out = new ArrayList<>(all.size());
      for (Resolution r : all) {
        out.add(r.place());
      }
      return out;
    };
  }

  @Override
  public java.util.Optional<ResolvedPlace> country(String countryCode, Span span, String because) {
    return Places.country(gazetteer, countryCode, span, because);
  }

  /** Like {@link #resolve}, with the candidates weighed for each place and the reasons. */
  public List<Resolution> explain(String text, GeoContext context) {
    return run(find(text), context, true);
  }

  /**
   * A text's words and place mentions, before any is resolved, with what scoring them reads that
   * does not depend on the context, and where its dateline ends ({@link IncidentLocation#datelineEnd}).
   */
  private record Found(String text, List<Token> tokens, boolean allCaps, List<Mention> mentions, ScoringBasis basis,
      int datelineEnd) {}

  private Found find(String text) {
    String t = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    List<Token> tokens = Tokenizer.tokenize(t);
    boolean allCaps = Tokenizer.isAllCaps(tokens);
    List<Mention> mentions = List.copyOf(finder.find(t, tokens, allCaps));
    return new Found(t, tokens, allCaps, mentions, new ScoringBasis(gazetteer, t, tokens, mentions, allCaps),
        IncidentLocation.datelineEnd(t));
  }

  private List<Resolution> run(Found found, GeoContext context, boolean explain) {
    String t = found.text();
    List<Token> tokens = found.tokens();
    boolean allCaps = found.allCaps();
    List<Mention> mentions = found.mentions();
    CandidateScorer scorer = new CandidateScorer(gazetteer, found.basis(), context);
    scorer.score();
    int n = mentions.size();
    int[] chosen = new int[n];
    ResolvedPlace[] places = new ResolvedPlace[n];
    for (int m = 0; m < n; m++) {
      chosen[m] = scorer.accepted(m);
      places[m] = chosen[m] < 0 ? null : place(t, tokens, mentions.get(m), chosen[m]);
    }
    int[] scored = chosen.clone();
    ResolvedPlace[] scoredPlaces = places.clone(); // a place untouched since is what place() would make again
    ChainReader chains = new ChainReader(gazetteer, t, tokens);
    List<ChainReader.Kept> keptNames = allCaps ? List.of() : chains.apply(mentions, chosen, scorer, places);
    quartersOfTowns(t, tokens, mentions, chosen, places);
    List<ChainReader.Kept> foreign = allCaps ? List.of() : DatelineHome.keep(gazetteer, tokens, mentions, found.datelineEnd(), chosen, places, scorer);
    List<ChainReader.Kept> sameName = sameNameAsKept(t, tokens, mentions, chosen, places, keptNames);
    List<ChainReader.Kept> compounds = allCaps ? List.of() : CompoundNames.find(gazetteer, t, tokens, mentions, chosen, places,
        concat(keptNames, foreign, sameName)); // before the mentions are read: it drops the parts of compounds
    List<Resolution> out = new ArrayList<>();
    List<Integer> keptMentions = new ArrayList<>();
    List<ResolvedPlace> keptPlaces = new ArrayList<>();
    for (int m = 0; m < n; m++) {
      if (chosen[m] < 0) {
        continue;
      }
      boolean untouched = chosen[m] == scored[m] && places[m] == scoredPlaces[m];
      ResolvedPlace place = places[m] != null && (places[m].site() != null || untouched) ? places[m]
          : place(t, tokens, mentions.get(m), chosen[m]);
      keptMentions.add(m);
      keptPlaces.add(place);
      String note = chosen[m] == scored[m] ? "" : "the admin chain written after it overrules the scores";
      out.add(new Resolution(place, explain ? scorer.explained(m, EXPLAINED_CANDIDATES) : List.of(), note));
    }
    List<ChainReader.Kept> allKept = new ArrayList<>(keptNames);
    allKept.addAll(foreign);
    allKept.addAll(sameName);
    allKept.addAll(compounds);
    allKept.addAll(allCaps ? List.of() : UnknownTowns.find(gazetteer, t, tokens, mentions, chosen, places, allKept));
    List<ResolvedPlace> keptNamePlaces = new ArrayList<>();
    for (ChainReader.Kept k : allKept) {
      ResolvedPlace c = k.container();
      SpatialRelation rel = SpatialRelation.before(tokens, k.first());
      Span span = new Span(tokens.get(rel == null ? k.first() : rel.firstToken()).start(), tokens.get(k.end() - 1).end());
      String words = chains.words(k);
      boolean inTown = k.local() && c.precision() == Precision.CITY;
      String local = inTown ? t.substring(tokens.get(k.first()).start(), tokens.get(k.end() - 1).end()) : null;
      String city = inTown ? (c.city() != null ? c.city() : c.name()) : KeptTowns.after(k, allKept, t, tokens, chains).orElse(null);
      ResolvedPlace p = new ResolvedPlace(span, local != null ? local : words, local, city, c.admin1(), c.country(),
          c.countryCode(), c.lat(), c.lon(), c.precision(), rel == null ? "in" : rel.relation(),
          rel == null ? null : rel.offsetKm(), c.name());
      keptNamePlaces.add(p);
      out.add(new Resolution(p, List.of(), (foreign.contains(k)
          ? "kept as written: the text supports no namesake abroad and the report is datelined in "
          : sameName.contains(k) ? "kept as written: the report's admin chain puts this name inside "
          : compounds.contains(k) ? "kept as written: one name joined by an ezafe or an article, not in the gazetteer whole; it lies inside "
          : "kept as written: no gazetteer entry for it lies inside ") + c.name()
          + "; coordinates and precision of " + c.name() + " (" + c.precision().label() + ")"));
    }
    // kept names count as mentions for sites, so that a site can lie in one ("a base in Sheladiz, Amedi")
    List<Mention> siteMentions = new ArrayList<>(mentions);
    java.util.TreeMap<Integer, Integer> order = new java.util.TreeMap<>();
    List<ResolvedPlace> byMention = new ArrayList<>(java.util.Collections.nCopies(mentions.size(), (ResolvedPlace) null));
    for (int i = 0; i < keptMentions.size(); i++) {
      order.put(mentions.get(keptMentions.get(i)).first(), keptMentions.get(i));
      byMention.set(keptMentions.get(i), keptPlaces.get(i));
    }
    for (int i = 0; i < allKept.size(); i++) {
      ChainReader.Kept k = allKept.get(i);
      siteMentions.add(new Mention(k.first(), k.end(), new int[0], 0, 0, Level.NONE, null));
      byMention.add(keptNamePlaces.get(i));
      order.put(k.first(), siteMentions.size() - 1);
    }
    List<Integer> siteKept = new ArrayList<>(order.values());
    List<ResolvedPlace> sitePlaces = siteKept.stream().map(byMention::get).toList();
    out.addAll(new SiteFinder(gazetteer, t, tokens, allCaps).find(siteMentions, siteKept, sitePlaces));
    out.removeIf(r -> r.place().relation().equals("demonym") && insideSite(r, out) || namesakeInSite(r, out)
        || RouteNames.placedOtherwise(r.place(), out, found.datelineEnd()));
    out.sort(Comparator.comparing((Resolution r) -> r.place().span()));
    return out;
  }

  /**
   * One place per name in one report: a name written again without its chain ("in Boni, Mopti,
   * Mali ... a second attack in Boni") is the place its chain made of it, not a namesake in
   * another country nor a word too weak to be a place alone. Returns the mentions so kept, each
   * in the container of the first.
   */
  private static List<ChainReader.Kept> sameNameAsKept(String t, List<Token> tokens, List<Mention> mentions,
      int[] chosen, ResolvedPlace[] places, List<ChainReader.Kept> kept) {
    java.util.Map<String, ChainReader.Kept> byName = new java.util.HashMap<>();
    for (ChainReader.Kept k : kept) {
      byName.putIfAbsent(Names.normalize(t.substring(tokens.get(k.first()).start(), tokens.get(k.nameEnd() - 1).end())), k);
    }
    List<ChainReader.Kept> out = new ArrayList<>();
    for (int m = 0; m < mentions.size() && !byName.isEmpty(); m++) {
      Mention x = mentions.get(m);
      ChainReader.Kept k = x.demonymOf() != null || kept.stream().anyMatch(o -> o.first() < x.last() && x.first() < o.end())
          ? null : byName.get(Names.normalize(t.substring(tokens.get(x.first()).start(), tokens.get(x.last() - 1).end())));
      if (k != null && (places[m] == null || !k.container().countryCode().equals(places[m].countryCode()))) {
        chosen[m] = -1;
        places[m] = null;
        out.add(new ChainReader.Kept(x.first(), x.last(), x.last(), k.container(), k.local()));
      }
    }
    return out;
  }

  /**
   * "The Schaerbeek district of Brussels": a district named as part of a town is a quarter of
   * it, reported as a site of the town with its own coordinates.
   */
  private void quartersOfTowns(String t, List<Token> tokens, List<Mention> mentions, int[] chosen, ResolvedPlace[] places) {
    for (int m = 0; m + 1 < mentions.size(); m++) {
      Mention x = mentions.get(m);
      Mention town = mentions.get(m + 1);
      int unit = x.last();
      if (chosen[m] < 0 || chosen[m + 1] < 0 || places[m] == null || places[m + 1] == null
          || unit + 2 != town.first() || !ChainWords.UNITS.contains(tokens.get(unit).norm())
          || !tokens.get(unit + 1).norm().equals("of") || gazetteer.kind(chosen[m + 1]) != PlaceKind.PLACE
          || Places.roughKm(gazetteer.lat(chosen[m]), gazetteer.lon(chosen[m]), gazetteer.lat(chosen[m + 1]),
              gazetteer.lon(chosen[m + 1])) > 30) {
        continue;
      }
      ResolvedPlace p = places[m];
      ResolvedPlace c = places[m + 1];
      String quarter = t.substring(tokens.get(x.first()).start(), tokens.get(unit).end());
      places[m] = new ResolvedPlace(new Span(p.span().start(), tokens.get(unit).end()), quarter, quarter,
          c.city() != null ? c.city() : c.name(), c.admin1(), c.country(), c.countryCode(), p.lat(), p.lon(),
          Precision.CITY, p.relation(), p.offsetKm(), null);
    }
  }

  /**
   * The place of mention {@code mention} resolved to entry {@code id}, with the spatial
   * relation written before it; a town standing for the district named after it ("Kushk
   * district") is the district as written.
   */
  private ResolvedPlace place(String t, List<Token> tokens, Mention mention, int id) {
    SpatialRelation rel = mention.demonymOf() == null ? SpatialRelation.before(tokens, mention.first()) : null;
    int spanStart = tokens.get(rel == null ? mention.first() : rel.firstToken()).start();
    Span span = new Span(spanStart, tokens.get(mention.last() - 1).end());
    boolean who = mention.demonymOf() != null || SpatialRelation.homeAfter(t, tokens, mention.last());
    String relation = who ? "demonym" : rel == null ? "in" : rel.relation();
    ResolvedPlace p = Places.of(gazetteer, id, span, mention.level(), relation, rel == null ? null : rel.offsetKm());
    int route = RouteNames.startOf(t, tokens, mention.first(), mention.last());
    if (route >= 0) {
      return RouteNames.along(p, t, tokens, route);
    }
    if (p.precision() == Precision.DISTRICT && gazetteer.kind(id) != PlaceKind.ADMIN1
        && mention.last() < tokens.size() && ChainWords.UNITS.contains(tokens.get(mention.last()).norm())
        && !tokens.get(mention.last()).norm().equals("county")) {
      Token unit = tokens.get(mention.last());
      return new ResolvedPlace(new Span(span.start(), unit.end()),
          t.substring(tokens.get(mention.first()).start(), unit.end()), null, null, p.admin1(), p.country(),
          p.countryCode(), p.lat(), p.lon(), p.precision(), p.relation(), p.offsetKm(), null);
    }
    if (p.precision() == Precision.DISTRICT && gazetteer.kind(id) == PlaceKind.ADMIN2) {
      // GeoNames names districts in many forms ("Kawkareik District", "Qada' Samarra'"): keep the report's
      return new ResolvedPlace(p.span(), t.substring(tokens.get(mention.first()).start(), tokens.get(mention.last() - 1).end()),
          null, null, p.admin1(), p.country(), p.countryCode(), p.lat(), p.lon(), p.precision(), p.relation(),
          p.offsetKm(), null);
    }
    return p;
  }

  /** A place named inside a site that lies elsewhere ("Oxford Street" in Belfast): not a place of the report. */
  private static boolean namesakeInSite(Resolution r, List<Resolution> all) {
    for (Resolution o : all) {
      if (o.place().site() != null && r.place().site() == null && o.place().span().contains(r.place().span())
          && o.place().city() != null && !o.place().city().equals(r.place().city())) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideSite(Resolution r, List<Resolution> all) {
    for (Resolution o : all) {
      if (o.place().site() != null && o.place().span().contains(r.place().span())) {
        return true;
      }
    }
    return false;
  }

  /** The names kept so far, one list; the chain's own when the others are empty, as they mostly are. */
  private static List<ChainReader.Kept> concat(List<ChainReader.Kept> chains, List<ChainReader.Kept> foreign,
      List<ChainReader.Kept> sameName) {
    if (foreign.isEmpty() && sameName.isEmpty()) {
      return chains;
    }
    List<ChainReader.Kept> out = new ArrayList<>(chains);
    out.addAll(foreign);
    out.addAll(sameName);
    return out;
  }
}
