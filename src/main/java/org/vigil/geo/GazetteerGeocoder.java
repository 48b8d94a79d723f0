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
    List<Resolution> all = run(text, context, false);
    List<ResolvedPlace> out = new ArrayList<>(all.size());
    for (Resolution r : all) {
      out.add(r.place());
    }
    return out;
  }

  /** Like {@link #resolve}, with the candidates weighed for each place and the reasons. */
  public List<Resolution> explain(String text, GeoContext context) {
    return run(text, context, true);
  }

  private List<Resolution> run(String text, GeoContext context, boolean explain) {
    String t = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    List<Token> tokens = Tokenizer.tokenize(t);
    boolean allCaps = Tokenizer.isAllCaps(tokens);
    List<Mention> mentions = finder.find(t, tokens, allCaps);
    CandidateScorer scorer = new CandidateScorer(gazetteer, t, tokens, mentions, context, allCaps);
    scorer.score();
    List<Resolution> out = new ArrayList<>();
    List<Integer> keptMentions = new ArrayList<>();
    List<ResolvedPlace> keptPlaces = new ArrayList<>();
    for (int m = 0; m < mentions.size(); m++) {
      int best = scorer.accepted(m);
      if (best < 0) {
        continue;
      }
      Mention mention = mentions.get(m);
      SpatialRelation rel = mention.demonymOf() == null ? SpatialRelation.before(tokens, mention.first()) : null;
      int spanStart = tokens.get(rel == null ? mention.first() : rel.firstToken()).start();
      Span span = new Span(spanStart, tokens.get(mention.last() - 1).end());
      String relation = mention.demonymOf() != null ? "demonym" : rel == null ? "in" : rel.relation();
      ResolvedPlace place = Places.of(gazetteer, best, span, mention.level(), relation,
          rel == null ? null : rel.offsetKm());
      keptMentions.add(m);
      keptPlaces.add(place);
      out.add(new Resolution(place, explain ? scorer.explained(m, EXPLAINED_CANDIDATES) : List.of()));
    }
    out.addAll(new SiteFinder(gazetteer, t, tokens, allCaps)
        .find(mentions, keptMentions, keptPlaces));
    out.removeIf(r -> r.place().relation().equals("demonym") && insideSite(r, out));
    out.sort(Comparator.comparing((Resolution r) -> r.place().span()));
    return out;
  }

  private static boolean insideSite(Resolution r, List<Resolution> all) {
    for (Resolution o : all) {
      if (o.place().site() != null && o.place().span().contains(r.place().span())) {
        return true;
      }
    }
    return false;
  }
}
