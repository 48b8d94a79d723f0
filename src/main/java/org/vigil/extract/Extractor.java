package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
 * examined further. The work on one report is bounded by {@link ExtractSettings#reportMillis}.
 * Immutable after construction and safe for concurrent use by many threads.
 */
public final class Extractor {

  /** Days before publication after which a dated incident is taken as recalled, not reported. */
  static final int BACKGROUND_DAYS = 14;

  private final Lexicon lexicon;
  private final Names names;
  private final Geocoder geocoder;
  private final Relevance relevance;
  private final @Nullable RoleScorer roles;
  private final ExtractSettings settings;

  /** The registries' matchers, built once and shared by the engine's variants. */
  private record Names(NameMatcher<Group> groups, NameMatcher<Agency> agencies, StateForces forces) {
    static Names of(Registries r) {
      return new Names(new NameMatcher<>(r.groups()), new NameMatcher<>(r.agencies()), new StateForces(r.agencies()));
    }
  }

  private Extractor(Lexicon lexicon, Names names, Geocoder geocoder, Relevance relevance,
      @Nullable RoleScorer roles, ExtractSettings settings) {
    this.lexicon = lexicon;
    this.names = names;
    this.geocoder = geocoder;
    this.relevance = relevance;
    this.roles = roles;
    this.settings = settings;
  }

  /**
   * An engine with the bundled lexicon, relevance model (every candidate is kept when the build
   * holds none) and role model (the rules choose the roles when the build holds none), the given
   * registries and geocoder, and the default limits.
   */
  public static Extractor create(Registries registries, Geocoder geocoder) {
    return create(registries, geocoder, RoleModel.bundled().orElse(null));
  }

  /**
   * The bundled engine whose incidents' roles are chosen by {@code roles} among the rules'
   * candidates, or by the rules alone when it is null (as when training the role model).
   */
  public static Extractor create(Registries registries, Geocoder geocoder, @Nullable RoleModel roles) {
    return new Extractor(Lexicon.bundled(), Names.of(registries), geocoder,
        RelevanceModel.bundled().map(Relevance.class::cast).orElse(Relevance.keepAll()),
        roles == null ? null : new RoleScorer(roles), ExtractSettings.defaults());
  }

  /** The same engine deciding relevance with {@code r} ({@link Relevance#keepAll()} for the rules alone). */
  public Extractor withRelevance(Relevance r) {
    return new Extractor(lexicon, names, geocoder, r, roles, settings);
  }

  /** This engine with other limits. */
  public Extractor with(ExtractSettings other) {
    return new Extractor(lexicon, names, geocoder, relevance, roles, other);
  }

  public ExtractSettings settings() {
    return settings;
  }

  /**
   * Extracts one report.
   *
   * @throws ExtractionTimeout when the report takes longer than {@link ExtractSettings#reportMillis}
   * @throws RuntimeException when the engine fails on the text (a bug): see {@link #attempt}
   */
  public Extraction extract(Report report) {
    Analysis a = assemble(report);
    if (roles == null) {
      a.doc().deadline.check("reading relations");
      return build(a, a.incidents().stream().map(Analysis.Assembled::incident).toList());
    }
    ScoredReport scored = ScoredReport.of(a, roles);
    a.doc().deadline.check("reading relations");
    return scored.extraction(roles.model().thresholds(scored.allCaps()));
  }

  /**
   * The extraction of the incidents kept: their relations, and the dates and recollections those
   * imply. Never checks the report's time limit: a trainer builds many extractions of one report
   * long after it was analysed.
   */
  static Extraction build(Analysis a, List<Incident> kept) {
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
    return new Extraction(ReportInfo.of(doc.report), incidents, Entities.of(doc), relations);
  }

  /**
   * Extracts one report, or says why not: a failure of the engine on this report alone (a bug
   * its text meets, or the time limit) is a value, so that a batch reports it and goes on. A
   * stack overflow on one text counts as its failure too; running out of memory does not.
   *
   * @throws ExtractionInterrupted when the thread is interrupted: not the report's fault
   */
  public ExtractionOutcome attempt(Report report) {
    try {
      return new ExtractionOutcome(report, extract(report), null);
    } catch (ExtractionInterrupted e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      return new ExtractionOutcome(report, null, ExtractionFailure.of(report.id(), e));
    }
  }

  /**
   * The report's incidents as the rules assemble them and the relevance decision keeps, each
   * candidate filler scored by {@code model}, ready to be assembled under any thresholds: what a
   * trainer needs to choose the thresholds on held-out reports without analysing them again.
   */
  public ScoredReport score(Report report, RoleModel model) {
    return ScoredReport.of(assemble(report), new RoleScorer(model));
  }

  /** The report's incidents that the relevance decision keeps, and hostage-takings told as news ({@link HeldHostages}). */
  Analysis assemble(Report report) {
    Analysis all = assembleAll(analyse(report));
    List<Analysis.Assembled> kept = all.incidents().stream()
        .filter(x -> relevance.probability(x.features()) >= relevance.threshold()
            || HeldHostages.told(all.doc(), x.draft(), x.incident())).toList();
    return new Analysis(all.doc(), kept, all.drafts(), all.evidence());
  }

  /**
   * The incidents the rules assemble from the report, before the relevance decision, with the
   * features that decision reads; {@link #extract} keeps those its {@link Relevance} accepts.
   *
   * @throws ExtractionTimeout when the report takes longer than {@link ExtractSettings#reportMillis}
   */
  public List<Candidate> candidates(Report report) {
    return assembleAll(analyse(report)).incidents().stream()
        .map(x -> new Candidate(x.incident(), x.features())).toList();
  }

  private Analysis assembleAll(Doc doc) {
    List<EventMention> mentions = Clauses.find(doc);
    doc.deadline.check("grouping mentions");
    List<Draft> drafts = Coreference.group(doc, mentions);
    Background.classify(doc, drafts);
    Recollections.join(doc, drafts);
    EvidenceMaker ev = new EvidenceMaker(doc.report);
    List<Draft> kept = new ArrayList<>();
    List<Incident> assembled = new ArrayList<>();
    for (Draft d : drafts) {
      doc.deadline.check("filling incidents");
      Incident i = Assembler.assemble(doc, d, drafts, ev, names.forces());
      if (i != null && (specific(i) || !i.background() && named(i)) && !Background.habit(doc, d, i)) {
        kept.add(d);
        assembled.add(i);
        Accused.actOf(doc, d, i, ev).ifPresent(act -> { // "arrested two soldiers for killing four teachers"
          kept.add(d);
          assembled.add(act);
        });
      }
    }
    doc.deadline.check("deciding relevance");
    List<Analysis.Assembled> out = new ArrayList<>();
    RelevanceFeatures.Whole whole = RelevanceFeatures.Whole.of(doc);
    for (int k = 0; k < kept.size(); k++) {
      Incident i = assembled.get(k);
      if (RelevanceRules.plausible(doc, kept.get(k), i, assembled)) {
        out.add(new Analysis.Assembled(kept.get(k), i, RelevanceFeatures.of(doc, whole, kept.get(k), i)));
      }
    }
    return new Analysis(doc, out, drafts, ev);
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
    return analyse(report, Deadline.after(report.id(), settings.reportMillis()));
  }

  private Doc analyse(Report report, Deadline deadline) {
    String text = report.text();
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Sentence> sentences = Sentences.split(text, tokens);
    boolean allCaps = allCaps(text);
    PhraseTrie<Cue> trie = lexicon.trie();
    deadline.check("finding cues");
    List<Match<Cue>> cues = Cue.kept(trie.findAll(tokens, (m, t) -> true));
    deadline.check("resolving places");
    Geocoder.Reading reading = geocoder.read(text);
    List<ResolvedPlace> resolved = reading.resolve(new GeoContext(null));
    deadline.check("finding groups and agencies");
    Set<String> countries = new HashSet<>();
    resolved.forEach(p -> {
      if (p.countryCode() != null) {
        countries.add(p.countryCode());
      }
    });
    List<NamedMention<Agency>> ags = names.agencies().find(tokens, allCaps, countries,
        a -> a.countryCode() == null ? List.of() : List.of(a.countryCode()));
    List<NamedMention<Group>> grs = new ArrayList<>(Acronyms.keepOwn(text,
        names.groups().find(tokens, allCaps, countries, Group::countries)));
    grs.addAll(UnknownGroups.find(tokens, allCaps, grs, ags));
    grs.sort((x, y) -> x.span().compareTo(y.span()));
    List<NamedMention<Group>> groupsHere = Ambiguity.resolve(grs,
        g -> g.entry() == null ? List.of() : g.entry().countries(), countries, false, text);
    List<NamedMention<Agency>> agenciesHere = Ambiguity.resolve(ags,
        a -> a.entry() == null || a.entry().countryCode() == null ? List.of() : List.of(a.entry().countryCode()), countries,
        true, text);
    resolved = ActorCountries.reresolve(reading, resolved, groupsHere, agenciesHere);
    List<ResolvedPlace> places = resolved.stream()
        .filter(p -> !NamedMention.contain(grs, p.span(), false)
            && (p.relation().equals("demonym") // "Nigerian troops": the agency's country, a vote for the incident's
                || !NamedMention.contain(ags, p.span(), true)))
        .toList();
    if (places.isEmpty()) {
      places = ActorCountries.fallback(geocoder, groupsHere, agenciesHere).map(List::of).orElse(places);
    }
    deadline.check("reading numbers and dates");
    List<NumberPhrase> numbers = Numbers.find(tokens);
    Report dated = report;
    // no publication date given: the dateline's ("SAN SALVADOR, 3 JAN 90 --") anchors relative dates
    java.time.LocalDate day = report.published() == null ? DatelineDate.of(tokens) : null;
    if (day != null) {
      dated = new Report(report.id(), report.title(), report.text(), day, report.source(), report.url(), report.origin());
    }
    // "Revolutionary Organization 17 November", "the 19 April Movement": a group's name holds no date
    List<DateMention> dates = DateFinder.find(tokens, dated.published()).stream()
        .filter(d -> grs.stream().noneMatch(g -> g.span().overlaps(d.span()))).toList();
    return new Doc(dated, tokens, sentences, allCaps, cues, groupsHere, agenciesHere, numbers, dates, places,
        deadline);
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
