package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
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
import org.vigil.text.Span;
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
  private final NameMatcher<Group> groups;
  private final NameMatcher<Agency> agencies;
  private final Geocoder geocoder;
  private final Relevance relevance;
  private final ExtractSettings settings;

  private Extractor(Lexicon lexicon, NameMatcher<Group> groups, NameMatcher<Agency> agencies, Geocoder geocoder,
      Relevance relevance, ExtractSettings settings) {
    this.lexicon = lexicon;
    this.groups = groups;
    this.agencies = agencies;
    this.geocoder = geocoder;
    this.relevance = relevance;
    this.settings = settings;
  }

  /**
   * An engine with the bundled lexicon and relevance model (every candidate is kept when the build
   * holds no model), the given registries and geocoder, and the default limits.
   */
  public static Extractor create(Registries registries, Geocoder geocoder) {
    return new Extractor(Lexicon.bundled(), new NameMatcher<>(registries.groups()),
        new NameMatcher<>(registries.agencies()), geocoder,
        RelevanceModel.bundled().map(Relevance.class::cast).orElse(Relevance.keepAll()), ExtractSettings.defaults());
  }

  /** The same engine deciding relevance with {@code r} ({@link Relevance#keepAll()} for the rules alone). */
  public Extractor withRelevance(Relevance r) {
    return new Extractor(lexicon, groups, agencies, geocoder, r, settings);
  }

  /** This engine with other limits. */
  public Extractor with(ExtractSettings other) {
    return new Extractor(lexicon, groups, agencies, geocoder, relevance, other);
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
    Doc doc = analyse(report);
    EvidenceMaker ev = new EvidenceMaker(doc.report);
    List<Incident> incidents = new ArrayList<>();
    for (Candidate c : candidates(doc, ev)) {
      if (relevance.probability(c.features()) >= relevance.threshold()) {
        incidents.add(c.incident());
      }
    }
    doc.deadline.check("reading relations");
    List<Relation> relations = relations(doc, incidents, ev);
    for (int k = 0; k < incidents.size(); k++) {
      // an attack an arrest answered is recalled, and the report's date is not its date
      Incident i = incidents.get(k);
      incidents.set(k, IncidentLinks.answered(relations, k) ? i.recalled() : DateChoice.orDateline(i, doc, ev));
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

  private static List<Relation> relations(Doc doc, List<Incident> incidents, EvidenceMaker ev) {
    List<Relation> out = new ArrayList<>(Relations.find(doc, incidents, ev));
    out.addAll(IncidentLinks.find(doc, incidents, ev));
    return out;
  }

  /**
   * The incidents the rules assemble from the report, before the relevance decision, with the
   * features that decision reads; {@link #extract} keeps those its {@link Relevance} accepts.
   *
   * @throws ExtractionTimeout when the report takes longer than {@link ExtractSettings#reportMillis}
   */
  public List<Candidate> candidates(Report report) {
    Doc doc = analyse(report);
    return candidates(doc, new EvidenceMaker(doc.report));
  }

  private List<Candidate> candidates(Doc doc, EvidenceMaker ev) {
    List<EventMention> mentions = Clauses.find(doc);
    doc.deadline.check("grouping mentions");
    List<Draft> drafts = Coreference.group(doc, mentions);
    Background.classify(doc, drafts);
    List<Draft> kept = new ArrayList<>();
    List<Incident> assembled = new ArrayList<>();
    for (Draft d : drafts) {
      doc.deadline.check("filling incidents");
      Incident i = Assembler.assemble(doc, d, drafts, ev);
      if (i != null && (specific(i) || !i.background() && named(i))) {
        kept.add(d);
        assembled.add(i);
      }
    }
    doc.deadline.check("deciding relevance");
    List<Candidate> out = new ArrayList<>();
    RelevanceFeatures.Whole whole = RelevanceFeatures.Whole.of(doc);
    for (int k = 0; k < kept.size(); k++) {
      Incident i = assembled.get(k);
      if (RelevanceRules.plausible(doc, kept.get(k), i, assembled)) {
        out.add(new Candidate(i, RelevanceFeatures.of(doc, whole, kept.get(k), i)));
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
    return analyse(report, Deadline.after(report.id(), settings.reportMillis()));
  }

  private Doc analyse(Report report, Deadline deadline) {
    String text = report.text();
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Sentence> sentences = Sentences.split(text, tokens);
    boolean allCaps = allCaps(text);
    PhraseTrie<Cue> trie = lexicon.trie();
    deadline.check("finding cues");
    List<Match<Cue>> raw = trie.findAll(tokens, (m, t) -> true);
    List<Match<Cue>> cues = new ArrayList<>();
    for (String category : List.of("trigger", "weapon", "weaponhint", "target", "perp", "agency")) {
      cues.addAll(PhraseTrie.longestNonOverlapping(
          raw.stream().filter(m -> category.equals("trigger") ? m.value().isTrigger() : m.value().category().equals(category)).toList()));
    }
    cues.addAll(raw.stream().filter(m -> m.value().category().equals("cue")).toList());
    cues.sort((a, b) -> a.span().compareTo(b.span()));
    deadline.check("resolving places");
    List<ResolvedPlace> resolved = geocoder.resolve(text, new GeoContext(null));
    deadline.check("finding groups and agencies");
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
        .filter(p -> !inside(grs, p.span(), false)
            && (p.relation().equals("demonym") // "Nigerian troops": the agency's country, a vote for the incident's
                || !inside(ags, p.span(), true)))
        .toList();
    List<NamedMention<Group>> groupsHere = Ambiguity.resolve(grs,
        g -> g.entry() == null ? List.of() : g.entry().countries(), countries, false, text);
    List<NamedMention<Agency>> agenciesHere = Ambiguity.resolve(ags,
        a -> a.entry() == null || a.entry().countryCode() == null ? List.of() : List.of(a.entry().countryCode()), countries,
        true, text);
    deadline.check("reading numbers and dates");
    Doc doc = new Doc(report, tokens, sentences, allCaps, cues, groupsHere, agenciesHere, Numbers.find(tokens),
        DateFinder.find(tokens, report.published()), places, deadline);
    if (report.published() == null) {
      // no publication date given: the dateline's ("SAN SALVADOR, 3 JAN 90 --") anchors relative dates
      for (DateMention d : doc.dates) {
        if (doc.inDateline(d.first()) && d.precision() == DatePrecision.DAY) {
          Report dated = new Report(report.id(), report.title(), report.text(), d.date(), report.source(),
              report.url(), report.origin());
          return new Doc(dated, tokens, sentences, allCaps, cues, groupsHere, agenciesHere, doc.numbers,
              DateFinder.find(tokens, d.date()), places, deadline);
        }
      }
    }
    return doc;
  }

  /**
   * True when a name contains the span ({@code strictly}: and is not the span itself). Names come
   * sorted and never overlap unless equal, so only the last one starting at or before it can.
   */
  private static boolean inside(List<? extends NamedMention<?>> names, Span span, boolean strictly) {
    int lo = 0;
    int hi = names.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).span().start() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Span last = lo == 0 ? null : names.get(lo - 1).span();
    return last != null && last.contains(span) && !(strictly && last.equals(span));
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
