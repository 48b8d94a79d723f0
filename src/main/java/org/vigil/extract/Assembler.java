package org.vigil.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.ResolvedPlace;
import org.vigil.registry.Agency;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Fills an incident's fields from its draft: type and status from triggers and cues, date,
 * place, perpetrators, agencies, targets, weapons and casualties from the words of its
 * clauses (and, for the report's own news, of the sentences that extend them). Thread-safe.
 */
final class Assembler {

  static final Set<String> REPORTING = WordSet.of("said", "say", "says", "told", "reported",
      "spokesman", "spokeswoman", "spokesperson", "statement", "confirmed", "added", "source", "sources");

  private static final IncidentLocator LOCATOR = IncidentLocator.standard();

  private Assembler() {}

  static @Nullable Incident assemble(Doc doc, Draft d, List<Draft> all, EvidenceMaker ev, StateForces forces) {
    List<Evidence> evidence = new ArrayList<>();
    List<int[]> clauses = d.ranges(doc, false);
    List<int[]> extended = d.background ? clauses : d.ranges(doc, true);
    Match<Cue> head = d.first().head();
    IncidentType type = d.type();

    List<CasualtyRules.Figure> figures = new ArrayList<>();
    for (int[] r : extended) {
      figures.addAll(doc.figures(r[0], r[1]));
    }
    List<Weapon> weapons = WeaponRules.found(doc, extended, d, ev, evidence);
    Perpetrators.Result perps = Perpetrators.find(doc, d, all, ev);

    if (d.arrestFamily() && plotted(doc, d)) {
      type = IncidentType.FOILED_PLOT;
    }
    if (!d.strong()) {
      boolean aimed = TypeRules.aimed(doc, clauses);
      type = WeakClashes.type(doc, clauses, type, fromWeapons(weapons, perps, figures, aimed), aimed);
    }
    type = FireAtPeople.refine(doc, clauses, MixedArms.refine(doc, clauses, TypeRules.refine(doc, clauses, type)));
    type = AirPlatforms.refine(doc, clauses, head.firstToken(), type);
    Casualties casualties = CasualtyCounts.aggregate(figures, doc, extended.toArray(int[][]::new), evidence, ev);
    type = Captives.refine(doc, extended, TypeRules.byHarm(type, harmedOthers(casualties)));
    type = TypeRules.byArrests(doc, clauses, d.first(), type, harmedOthers(casualties));
    if (Assassinations.of(doc, clauses, type, casualties)) {
      type = IncidentType.ASSASSINATION;
    }
    type = TypeRules.byProperty(doc, extended, type, harmedOthers(casualties), weapons);
    if (!d.strong() && !supported(casualties, perps, doc, clauses, d)) {
      return null; // a weak trigger alone ("the attack", "has seen attacks") is not an incident
    }
    evidence.add(ev.of("type", head.span()));
    SeriesMentions.find(doc, extended).ifPresent(s -> evidence.add(ev.of(SeriesMentions.FIELD, s)));
    Status status = status(doc, d, type, casualties, evidence, ev);

    Draft before = Sequels.previous(doc, d, all);
    IncidentDate date = DateChoice.of(doc, d, status, evidence, ev);
    if (date == null && before != null) {
      date = DateChoice.of(doc, before, status, evidence, ev); // "Hours later, ...": the day of the attack before
    }
    Location location = location(doc, d, all, evidence, ev);
    List<AgencyRef> agencies = d.arrestFamily() ? agencies(doc, d, evidence, ev) : List.of();
    List<StateForces.Found> actors = forces.find(doc, d, type);
    List<Target> targets = TargetRules.find(doc, d, d.arrestFamily() ? extended : clauses, actors, evidence, ev);
    weapons = WeaponRules.implied(type, weapons, head, doc, clauses, ev, evidence);
    // "a drone strike killed four fighters": when only a state struck, the militants it killed were its targets
    boolean stateOnly = !actors.isEmpty() && perps.perpetrators().isEmpty();
    List<Victim> victims = new ArrayList<>(VictimRules.counted(doc, figures, stateOnly, evidence, ev));
    if (!d.arrestFamily()) {
      VictimRules.named(doc, d, clauses, victims, evidence, ev);
    }
    if (!d.arrestFamily()) {
      targets = TargetRules.withOffice(doc, extended, actors, d, TargetRules.orVictims(doc, targets, victims, evidence),
          evidence, ev);
    }
    evidence.addAll(perps.evidence());
    List<Perpetrator> perpetrators = new ArrayList<>(perps.perpetrators());
    for (StateForces.Found f : actors) {
      perpetrators.add(Perpetrator.force(f.agency()));
      evidence.add(ev.of("perpetrators", f.span()));
    }
    if (stateOnly) {
      casualties = new Casualties(casualties.killed(), casualties.wounded(), null, casualties.arrested(),
          casualties.kidnapped());
    }
    double confidence = Math.min(0.95, 0.35 + (d.strong() ? 0.2 : 0) + (date != null ? 0.1 : 0)
        + (location != null ? 0.1 : 0) + (perpetrators.isEmpty() ? 0 : 0.1)
        + (casualties.killed() != null || casualties.arrested() != null ? 0.1 : 0));
    boolean background = d.background || Recency.old(date, doc.report.published());
    return new Incident(type, status, background, date, location, perpetrators, perps.claim(),
        agencies, targets, victims, weapons, casualties, Math.round(confidence * 100) / 100.0, evidence);
  }

  /**
   * A weak trigger needs a toll, or a named group with a date or place of its own, or fighting
   * between two sides in a place, or a date
   * and a place that single out one event ("last week's attack on the army base in Djibo"), or
   * armed men, a target (or a name the verb hits) and a place in one clause ("assailants attacked a police post in
   * Mandimba", "assailants attacked the Goethe-Institut in Thessaloniki").
   */
  private static boolean supported(Casualties c, Perpetrators.Result perps, Doc doc, List<int[]> clauses, Draft d) {
    if (positive(c.killed()) || positive(c.wounded()) || positive(c.kidnapped())) {
      return true;
    }
    if (OwnDates.singlesOut(doc, d)) {
      return true;
    }
    // a named group, or a kind of attackers the codebook names ("Israeli settlers", "Hindu extremists")
    boolean group = perps.perpetrators().stream().anyMatch(p -> p.group() != null || p.category() != null);
    boolean named = NamedObjects.after(doc, d.first().head().firstToken(), d.first().head().endToken());
    boolean specific = false;
    for (int[] r : clauses) {
      boolean placed = Places.best(doc, r[0], r[1]) != null;
      specific |= doc.datesIn(r[0], r[1]).stream().anyMatch(x -> !doc.inDateline(x.first())) || placed;
      if (placed && WeakClashes.oneFight(doc, r)) {
        return true; // "Ukrainian and Russian troops fought near Chasiv Yar"
      }
      if (placed && !doc.cues(r[0], r[1], k -> k.is("cue", "armed")).isEmpty()
          && (!doc.cues(r[0], r[1], k -> k.category().equals("target")).isEmpty() || named)) {
        return true;
      }
    }
    return group && specific;
  }

  private static boolean positive(@Nullable Count c) {
    return c != null && c.value() > 0;
  }

  static boolean plotted(Doc doc, Draft d) {
    for (int[] r : d.ranges(doc, true)) {
      for (Match<Cue> c : doc.cues(r[0], r[1], c -> c.is("cue", "plan") || c.is("cue", "plotnoun")
          || c.is("trigger.strong", "foiled_plot"))) {
        if (!negatedBefore(doc, c.firstToken(), r[0])) {
          return true;
        }
      }
    }
    return false;
  }

  /** "It did not say that the suspects had been preparing an attack." */
  private static boolean negatedBefore(Doc doc, int token, int from) {
    for (int i = Math.max(from, token - 8); i < token; i++) {
      String k = doc.key(i);
      if (k.equals("not") || k.equals("no") || k.equals("never") || k.equals("without")) {
        return true;
      }
    }
    return false;
  }

  private static IncidentType fromWeapons(List<Weapon> weapons, Perpetrators.Result perps,
      List<CasualtyRules.Figure> figures, boolean aimed) {
    for (Weapon w : weapons) {
      switch (w.type()) {
        case EXPLOSIVES: return IncidentType.BOMBING;
        case FIREARMS, MELEE: return IncidentType.ARMED_ASSAULT;
        case INCENDIARY: return IncidentType.FACILITY_ATTACK;
        case VEHICLE, CHEMICAL: return IncidentType.UNARMED_ASSAULT;
        default: break;
      }
    }
    boolean harmed = figures.stream().anyMatch(f -> (f.role() == CasualtyRules.Role.KILLED
        || f.role() == CasualtyRules.Role.WOUNDED) && f.count().value() > 0);
    return (harmed || aimed) && !perps.perpetrators().isEmpty() ? IncidentType.ARMED_ASSAULT : IncidentType.OTHER_VIOLENCE;
  }

  /**
   * The stage the incident's words give it; a foiled attack that killed or wounded others than its perpetrators
   * went off ("a second device was defused" after the first killed two soldiers), and so did one planned only by an
   * infinitive of purpose ("used machetes to attack villagers", ten of whom were killed; "plans to strike" stays);
   * one foiled or planned whose device went off ({@link WentOff}) was carried out too.
   */
  private static Status status(Doc doc, Draft d, IncidentType type, Casualties casualties, List<Evidence> evidence,
      EvidenceMaker ev) {
    if (type == IncidentType.FOILED_PLOT) {
      return Status.FOILED;
    }
    if (type == IncidentType.ARREST) {
      return Status.ACCOMPLISHED;
    }
    Status best = Status.ACCOMPLISHED;
    Match<Cue> cue = null;
    for (EventMention m : d.mentions) {
      for (Match<Cue> t : m.triggers()) {
        int from = Math.max(m.first, t.firstToken() - 10);
        int to = Math.min(doc.sentenceEnd(m.sentence), t.endToken() + 6);
        for (Match<Cue> c : doc.cues(from, to, c -> c.category().equals("cue"))) {
          boolean triesTo = doc.key(c.endToken() - 1).equals("to");
          if (doc.key(c.firstToken() - 1).equals("rescue") || triesTo && (c.firstToken() > t.firstToken()
              || VICTIMS_TRIES.contains(doc.key(c.endToken())))) {
            // "died during rescue attempts", "were punched as they tried to help him", "two who tried to
            // escape were shot dead": another's try
            continue;
          }
          boolean lead = m == d.first();
          Status s = switch (c.value().label()) {
            case "foil" -> Status.FOILED;
            case "attempt" -> Status.ATTEMPTED;
            // a warning before a bomb went off does not make the bombing a threat
            case "threat" -> lead ? Status.THREATENED : null;
            // "gave the order to assassinate" tells of the act, not of a plan
            case "plan" -> lead && c.firstToken() < t.firstToken() && !OrderedActs.before(doc, c.firstToken())
                ? Status.PLANNED : null;
            default -> null;
          };
          if (s != null && (best == Status.ACCOMPLISHED || s.ordinal() < best.ordinal())) {
            best = s;
            cue = c;
          }
        }
      }
      if (best != Status.ACCOMPLISHED) {
        break;
      }
    }
    boolean purpose = best == Status.PLANNED && doc.key(cue.firstToken()).equals("to"); // "used machetes to attack"
    if ((best == Status.FOILED || purpose) && harmedOthers(casualties)
        || (best == Status.FOILED || best == Status.PLANNED) && WentOff.in(doc, d)) {
      return Status.ACCOMPLISHED;
    }
    if (cue != null) {
      evidence.add(ev.of("status", cue.span()));
    }
    return best;
  }

  /** What the people attacked try to do: "tried to escape", "tried to stop them". */
  private static final Set<String> VICTIMS_TRIES = WordSet.of("escape", "flee", "run", "resist", "stop", "prevent",
      "intervene", "help", "rescue", "save", "defend", "hide", "block", "shield");

  private static boolean harmedOthers(Casualties c) {
    int perps = c.perpetratorsKilled() == null ? 0 : c.perpetratorsKilled().value();
    return c.killed() != null && c.killed().value() > perps || positive(c.wounded());
  }

  /** Where, as the {@link IncidentLocator} says, with the place's words and {@link PlaceWords} as evidence. */
  private static @Nullable Location location(Doc doc, Draft d, List<Draft> all, List<Evidence> evidence,
      EvidenceMaker ev) {
    ResolvedPlace p = LOCATOR.locate(doc, d, all);
    if (p == null) {
      return null;
    }
    evidence.add(ev.of("location", p.span()));
    List<ResolvedPlace> containers = PlaceWords.containers(doc, p);
    containers.forEach(c -> evidence.add(ev.of(PlaceWords.CONTAINER, c.span())));
    PlaceWords.sites(doc, d, p, containers).forEach(s -> evidence.add(ev.of(PlaceWords.SITE, s)));
    return new Location(p.name(), p.site(), p.city(), p.admin1(), p.country(), p.countryCode(), p.lat(), p.lon(),
        p.precision().label(), p.relation(), p.offsetKm(), p.resolved());
  }

  private static List<AgencyRef> agencies(Doc doc, Draft d, List<Evidence> evidence, EvidenceMaker ev) {
    Map<String, AgencyRef> out = new LinkedHashMap<>();
    List<Integer> sentences = new ArrayList<>();
    d.mentions.forEach(m -> sentences.add(m.sentence));
    sentences.addAll(d.extensions);
    for (int s : sentences) {
      int a = doc.sentenceFirst(s);
      int b = doc.sentenceEnd(s);
      for (NamedMention<Agency> g : doc.agenciesIn(a, b)) {
        Agency ag = g.entry();
        out.putIfAbsent(g.name(), new AgencyRef(g.name(), doc.words(g.span()), ag == null ? null : ag.countryCode()));
        evidence.add(ev.of("agencies", g.span()));
      }
    }
    for (EventMention m : d.mentions) {
      for (Match<Cue> c : doc.cues(m.first, m.end, c -> c.category().equals("agency"))) {
        // "army" in "Balochistan Liberation Army" names the group, not an agency
        if (doc.coverage.inAgency(c.firstToken(), c.endToken()) || StateForces.insideGroup(doc, c.span())) {
          continue;
        }
        String words = doc.words(c.span());
        String name = words.toLowerCase(java.util.Locale.ROOT);
        ResolvedPlace demonym = placeJustBefore(doc, c.firstToken());
        out.putIfAbsent(name, new AgencyRef(name, words, demonym == null ? null : demonym.countryCode()));
        evidence.add(ev.of("agencies", c.span()));
      }
    }
    return List.copyOf(out.values());
  }

  private static @Nullable ResolvedPlace placeJustBefore(Doc doc, int token) {
    if (token == 0) {
      return null;
    }
    return doc.coverage.placeEndingAt(doc.tokens.get(token - 1).end());
  }
}
