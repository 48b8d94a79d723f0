package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import org.vigil.learn.FeatureVector;
import org.vigil.report.Report;

/**
 * What the role model learns from: every candidate filler of every incident the rules assemble
 * in a report, with its words, kind and features. The trainer labels each from gold data. Use
 * an engine without a role model ({@link Extractor#create(org.vigil.registry.Registries,
 * org.vigil.geo.Geocoder, RoleModel)} with null), so that the features are those the shipped
 * model will see. Stateless.
 */
public final class RoleTraining {

  /**
   * One candidate of one incident.
   *
   * @param text the candidate's words as written
   * @param kind what the rules found it to be (GROUP, AGENCY, FORCE, PERP, PERSON, TARGET, WEAPON, FIGURE, THING)
   * @param name the registry name or lexicon label behind it
   * @param incident the incident's index in the report
   * @param background true when the incident is only recalled
   * @param type the incident's type as the rules gave it
   * @param rules the incident as the rules assembled it, for gold that counts only some incidents
   */
  public record Item(String text, String kind, String name, int incident, boolean background, IncidentType type,
      Incident rules, FeatureVector features) {}

  /**
   * What the rules find in a report.
   *
   * @param items the candidates of every incident
   * @param phrases the words of every candidate phrase of the whole report, whether or not the
   *     rules found an incident for it: what a better incident finder could choose from
   */
  public record Found(List<Item> items, List<String> phrases) {

    public Found {
      items = List.copyOf(items);
      phrases = List.copyOf(phrases);
    }
  }

  private RoleTraining() {}

  /** The candidates of every incident of the report, with features hashed into {@code 2^bits}. */
  public static List<Item> items(Extractor rulesOnly, Report report, int bits) {
    return find(rulesOnly, report, bits).items();
  }

  /** The candidates of every incident of the report, and every candidate phrase of it; one analysis. */
  public static Found find(Extractor rulesOnly, Report report, int bits) {
    Analysis a = rulesOnly.assemble(report);
    RoleFeatures features = new RoleFeatures(bits);
    List<Item> out = new ArrayList<>();
    for (int n = 0; n < a.incidents().size(); n++) {
      Analysis.Assembled x = a.incidents().get(n);
      for (RoleCandidate c : ScoredReport.candidates(a.doc(), x)) {
        out.add(new Item(a.doc().words(c.span()), c.kind().name(), c.label(), n, x.incident().background(),
            x.incident().type(), x.incident(), features.of(a.doc(), x.draft(), a.drafts(), x.incident(), c)));
      }
    }
    List<String> phrases = RoleCandidates.find(a.doc(), 0, a.doc().tokens.size()).stream()
        .map(c -> a.doc().words(c.span())).toList();
    return new Found(out, phrases);
  }
}
