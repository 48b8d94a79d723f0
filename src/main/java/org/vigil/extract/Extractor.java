package org.vigil.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.learn.FeatureVector;
import org.vigil.geo.GeoContext;
import org.vigil.geo.Geocoder;
import org.vigil.geo.ResolvedPlace;
import org.vigil.registry.Agency;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;
import org.vigil.report.Report;
import org.vigil.text.PhraseTrie;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Sentence;
import org.vigil.text.Sentences;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;

/**
 * The extraction engine: from a report to incidents, entities and relations. One pass of
 * the phrase matchers over the tokens finds registry names, trigger words and cues; numbers,
 * dates and places are read by rules and the geocoder; only sentences with a trigger are
 * examined further. Immutable after construction and safe for concurrent use by many threads.
 */
public final class Extractor {

  /** Days before publication after which a dated incident is taken as recalled, not reported. */
  static final int BACKGROUND_DAYS = 14;

  private final Lexicon lexicon;
  private final Registries registries;
  private final NameMatcher<Group> groups;
  private final NameMatcher<Agency> agencies;
  private final Geocoder geocoder;
  private final StateForces forces;
  private final Relevance relevance;
  private final @Nullable RoleScorer roles;

  private Extractor(Lexicon lexicon, Registries registries, Geocoder geocoder, Relevance relevance,
      @Nullable RoleModel roles) {
    this.lexicon = lexicon;
    this.registries = registries;
    this.groups = new NameMatcher<>(registries.groups());
    this.agencies = new NameMatcher<>(registries.agencies());
    this.geocoder = geocoder;
    this.forces = new StateForces(registries.agencies());
    this.relevance = relevance;
    this.roles = roles == null ? null : new RoleScorer(roles);
  }

  /**
   * An engine with the bundled lexicon, relevance model (every candidate is kept when the build
   * holds none) and role model (the rules choose the roles when the build holds none), and the
   * given registries and geocoder.
   */
  public static Extractor create(Registries registries, Geocoder geocoder) {
    return create(registries, geocoder, RoleModel.bundled().orElse(null));
  }

  /**
   * The bundled engine whose incidents' roles are chosen by {@code roles} among the rules'
   * candidates, or by the rules alone when it is null (as when training the role model).
   */
  public static Extractor create(Registries registries, Geocoder geocoder, @Nullable RoleModel roles) {
    return new Extractor(Lexicon.bundled(), registries, geocoder,
        RelevanceModel.bundled().map(Relevance.class::cast).orElse(Relevance.keepAll()), roles);
  }

  /** The same engine deciding relevance with {@code r} ({@link Relevance#keepAll()} for the rules alone). */
  public Extractor withRelevance(Relevance r) {
    return new Extractor(lexicon, registries, geocoder, r, roles == null ? null : roles.model());
  }

  public Extraction extract(Report report) {
    Analysis a = assemble(report);
    return roles == null ? build(a, a.incidents().stream().map(Assembled::incident).toList())
        : scored(a, roles).extraction(roles.model().thresholds());
  }

  /** The extraction of the incidents kept: their relations, and the dates and recollections those imply. */
  private static Extraction build(Analysis a, List<Incident> kept) {
    Doc doc = a.doc();
    List<Incident> incidents = new ArrayList<>(kept);
    List<Relation> relations = new ArrayList<>(Relations.find(doc, incidents, a.evidence()));
    relations.addAll(IncidentLinks.find(doc, incidents, a.evidence()));
    for (int k = 0; k < incidents.size(); k++) {
      // an attack an arrest answered is recalled, and the report's date is not its date
      Incident i = incidents.get(k);
      incidents.set(k, IncidentLinks.answered(relations, k) ? i.recalled()
          : DateChoice.orDateline(i, doc, a.evidence()));
    }
    Report r = doc.report;
    LocalDate pub = r.published();
    return new Extraction(new ReportInfo(r.id(), r.title(), pub == null ? null : pub.toString(), r.source(),
        r.url()), incidents, Entities.of(doc), relations);
  }

  /**
   * The report's incidents as the rules assemble them and the relevance decision keeps, each
   * candidate filler scored by {@code model}, ready to be assembled under any thresholds: what a
   * trainer needs to choose the thresholds on held-out reports without analysing them again.
   */
  public Scored score(Report report, RoleModel model) {
    return scored(assemble(report), new RoleScorer(model));
  }

  private static Scored scored(Analysis a, RoleScorer scorer) {
    List<List<RoleScorer.Scored>> perIncident = new ArrayList<>();
    java.util.Map<RoleCandidate, double[]> own = new java.util.HashMap<>();
    List<RoleCandidate> whole = null; // the report's own news draws on every phrase of it: found once
    for (Assembled x : a.incidents()) {
      List<RoleCandidate> cs;
      if (x.draft().background) {
        cs = candidates(a.doc(), x);
      } else {
        cs = whole == null ? whole = RoleCandidates.find(a.doc(), 0, a.doc().tokens.size()) : whole;
      }
      perIncident.add(scorer.score(a.doc(), x.draft(), a.drafts(), x.incident(), cs, own));
    }
    return new Scored(a, perIncident);
  }

  /** A report's incidents with their candidates scored; see {@link #score}. Immutable. */
  public static final class Scored {
    private final Analysis analysis;
    private final List<List<RoleScorer.Scored>> perIncident;

    private Scored(Analysis analysis, List<List<RoleScorer.Scored>> perIncident) {
      this.analysis = analysis;
      this.perIncident = List.copyOf(perIncident);
    }

    /** The extraction with the roles each incident's candidates fill under these thresholds. */
    public Extraction extraction(java.util.Map<RoleLabel, Double> thresholds) {
      List<List<RoleScorer.Chosen>> chosen = new ArrayList<>();
      perIncident.forEach(s -> chosen.add(RoleScorer.select(s, thresholds)));
      List<List<RoleScorer.Chosen>> mine = RoleScorer.keepRulesGroups(RoleScorer.exclusive(chosen),
          analysis.incidents().stream().map(Assembled::incident).toList());
      List<Incident> incidents = new ArrayList<>();
      for (int n = 0; n < perIncident.size(); n++) {
        incidents.add(RoleAssembly.apply(analysis.doc(), analysis.incidents().get(n).incident(), perIncident.get(n),
            mine.get(n), thresholds.get(RoleLabel.NONE), analysis.evidence()));
      }
      return build(analysis, incidents);
    }
  }

  /** An incident as the rules assembled it, its draft, and the features the relevance decision reads. */
  record Assembled(Draft draft, Incident incident, FeatureVector features) {}

  /** A report analysed, with the incidents the rules assembled (all, or those the relevance decision kept). */
  record Analysis(Doc doc, List<Assembled> incidents, List<Draft> drafts, EvidenceMaker evidence) {}

  /** The report's incidents that the relevance decision keeps. */
  Analysis assemble(Report report) {
    Analysis all = assembleAll(analyse(report));
    List<Assembled> kept = all.incidents().stream()
        .filter(x -> relevance.probability(x.features()) >= relevance.threshold()).toList();
    return new Analysis(all.doc(), kept, all.drafts(), all.evidence());
  }

  /**
   * The incidents the rules assemble from the report, before the relevance decision, with the
   * features that decision reads; {@link #extract} keeps those its {@link Relevance} accepts.
   */
  public List<Candidate> candidates(Report report) {
    return assembleAll(analyse(report)).incidents().stream().map(x -> new Candidate(x.incident(), x.features()))
        .toList();
  }

  private Analysis assembleAll(Doc doc) {
    List<Draft> drafts = Coreference.group(doc, Clauses.find(doc));
    Background.classify(doc, drafts);
    EvidenceMaker ev = new EvidenceMaker(doc.report);
    List<Draft> kept = new ArrayList<>();
    List<Incident> assembled = new ArrayList<>();
    for (Draft d : drafts) {
      Incident i = Assembler.assemble(doc, d, drafts, ev, forces);
      if (i != null && (specific(i) || !i.background() && named(i))) {
        kept.add(d);
        assembled.add(i);
      }
    }
    List<Assembled> out = new ArrayList<>();
    for (int k = 0; k < kept.size(); k++) {
      Incident i = assembled.get(k);
      if (RelevanceRules.plausible(doc, kept.get(k), i, assembled)) {
        out.add(new Assembled(kept.get(k), i, RelevanceFeatures.of(doc, kept.get(k), i)));
      }
    }
    return new Analysis(doc, out, drafts, ev);
  }

  /**
   * The candidate fillers of an incident: for the report's own news, anywhere in the report
   * (the scorer weighs where they stand); for a recalled incident, in its clauses and in the
   * sentences where the rules found its roles.
   */
  static List<RoleCandidate> candidates(Doc doc, Assembled x) {
    if (!x.draft().background) {
      return RoleCandidates.find(doc, 0, doc.tokens.size());
    }
    java.util.TreeSet<Integer> sentences = new java.util.TreeSet<>();
    List<int[]> ranges = new ArrayList<>(x.draft().ranges(doc, false));
    for (Evidence e : x.incident().evidence()) {
      if (e.field().equals("perpetrators") || e.field().equals("targets") || e.field().equals("victims")
          || e.field().equals("weapons")) {
        int s = doc.sentenceOf[Math.min(doc.tokens.size() - 1, doc.tokenAt(e.start()))];
        if (!x.draft().covers(doc.tokenAt(e.start()), doc, !x.draft().background)) {
          sentences.add(s);
        }
      }
    }
    sentences.forEach(s -> ranges.add(new int[] {doc.sentenceFirst(s), doc.sentenceEnd(s)}));
    List<RoleCandidate> out = new ArrayList<>();
    for (int[] r : ranges) {
      for (RoleCandidate c : RoleCandidates.find(doc, r[0], r[1])) {
        if (out.stream().noneMatch(o -> o.kind() == c.kind() && o.first() == c.first() && o.end() == c.end())) {
          out.add(c);
        }
      }
    }
    return out;
  }


  /**
   * An incident counts only when the report gives it a time, a place or a toll; the report's
   * own news may instead name who did it or who was arrested. A violent word in a speech or a
   * commentary ("a murder trial", "the fighting") is no incident.
   */
  private static boolean specific(Incident i) {
    Casualties c = i.casualties();
    return i.date() != null || i.location() != null || c.killed() != null || c.wounded() != null
        || c.kidnapped() != null || c.arrested() != null;
  }

  private static boolean named(Incident i) {
    return i.perpetrators().stream().anyMatch(p -> p.group() != null);
  }

  Doc analyse(Report report) {
    String text = report.text();
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Sentence> sentences = Sentences.split(text, tokens);
    boolean allCaps = allCaps(text);
    PhraseTrie<Cue> trie = lexicon.trie();
    List<Match<Cue>> raw = trie.findAll(tokens, (m, t) -> true);
    List<Match<Cue>> cues = new ArrayList<>();
    for (String category : List.of("trigger", "weapon", "weaponhint", "target", "perp", "agency", "force")) {
      cues.addAll(PhraseTrie.longestNonOverlapping(
          raw.stream().filter(m -> category.equals("trigger") ? m.value().isTrigger() : m.value().category().equals(category)).toList()));
    }
    cues.addAll(raw.stream().filter(m -> m.value().category().equals("cue")).toList());
    cues.sort((a, b) -> a.span().compareTo(b.span()));
    List<ResolvedPlace> resolved = geocoder.resolve(text, new GeoContext(null));
    Set<String> countries = new HashSet<>();
    resolved.forEach(p -> {
      if (p.countryCode() != null) {
        countries.add(p.countryCode());
      }
    });
    List<NamedMention<Agency>> ags = agencies.find(tokens, allCaps, countries,
        a -> a.countryCode() == null ? List.of() : List.of(a.countryCode()));
    List<NamedMention<Group>> grs = new ArrayList<>(groups.find(tokens, allCaps, countries, Group::countries));
    grs.addAll(UnknownGroups.find(tokens, allCaps, grs, ags));
    grs.sort((x, y) -> x.span().compareTo(y.span()));
    List<ResolvedPlace> places = resolved.stream()
        .filter(p -> grs.stream().noneMatch(g -> g.span().contains(p.span()))
            && (p.relation().equals("demonym") // "Nigerian troops": the agency's country, a vote for the incident's
                || ags.stream().noneMatch(g -> g.span().contains(p.span()) && !g.span().equals(p.span()))))
        .toList();
    List<NamedMention<Group>> groupsHere = Ambiguity.resolve(grs,
        g -> g.entry() == null ? List.of() : g.entry().countries(), countries, false, text);
    List<NamedMention<Agency>> agenciesHere = Ambiguity.resolve(ags,
        a -> a.entry() == null || a.entry().countryCode() == null ? List.of() : List.of(a.entry().countryCode()), countries,
        true, text);
    Doc doc = new Doc(report, tokens, sentences, allCaps, cues, groupsHere, agenciesHere, Numbers.find(tokens),
        DateFinder.find(tokens, report.published()), places);
    if (report.published() == null) {
      // no publication date given: the dateline's ("SAN SALVADOR, 3 JAN 90 --") anchors relative dates
      for (DateMention d : doc.dates) {
        if (doc.inDateline(d.first()) && d.precision() == DatePrecision.DAY) {
          Report dated = new Report(report.id(), report.title(), report.text(), d.date(), report.source(),
              report.url(), report.origin());
          return new Doc(dated, tokens, sentences, allCaps, cues, groupsHere, agenciesHere, doc.numbers,
              DateFinder.find(tokens, d.date()), places);
        }
      }
    }
    return doc;
  }

  private static boolean allCaps(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length() && i < 4000; i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper > 20 && lower < upper / 10;
  }
}
