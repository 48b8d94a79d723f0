package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.ResolvedPlace;
import org.vigil.registry.Agency;
import org.vigil.registry.Registry;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * State forces that carried out an attack, a strike from the air, shelling or a clash: a
 * registry agency, a generic force ("troops", "security forces") or a weapons platform
 * ("warplanes", "artillery") as the subject of the incident's trigger ("Nigerian troops clashed",
 * "the army shelled"), as its agent after "by" ("killed by Russian shelling", "attacked by
 * government forces"), or a demonym or force right before a strike word ("Israeli airstrikes", "a
 * US drone strike"); in a clash, every force the clause names except people counted as harmed
 * ("two soldiers were killed"). A generic force of a known country is named by the registry's
 * main force of that country. Immutable; thread-safe.
 */
final class StateForces {

  /** Words that may stand between a force and its verb ("troops also launched airstrikes"). */
  private static final Set<String> BETWEEN = WordSet.of("also", "reportedly", "allegedly", "later", "then", "again",
      "have", "has", "had", "launched", "carried", "out", "conducted", "staged", "on", "overnight", "repeatedly",
      "heavily", "jointly", "-", "led", "backed", "a", "an", "series", "of", "new", "fresh");
  /** Words before a force that make it the object of the violence, not its author. */
  private static final Set<String> OBJECT = WordSet.of("on", "against", "at", "targeting", "targeted", "of", "from",
      "killing", "killed", "wounding", "wounded", "injuring", "injured", "hitting", "hit");

  private final Map<String, List<Agency>> forcesByCountry = new HashMap<>();

  StateForces(Registry<Agency> agencies) {
    for (Agency a : agencies.all()) {
      if (a.countryCode() != null && a.parent() == null && "military".equals(a.kind())) {
        forcesByCountry.computeIfAbsent(a.countryCode(), k -> new ArrayList<>()).add(a);
      }
    }
  }

  /**
   * The state forces that carried out the draft's violence, in text order, each once; a force of
   * no known country only when none is of a known country.
   */
  List<Found> find(Doc doc, Draft d, IncidentType type) {
    Map<String, Found> out = new LinkedHashMap<>();
    if (d.arrestFamily()) {
      return List.of();
    }
    for (EventMention m : d.mentions) {
      List<Span> forces = forces(doc, m.first, m.end, strike(type));
      for (Match<Cue> t : m.triggers()) {
        IncidentType tt = Clauses.typeOf(t.value());
        if (tt == IncidentType.ARREST || tt == IncidentType.FOILED_PLOT || Responses.countering(doc, t)) {
          continue; // "police defused a bomb": who made it safe did not set it
        }
        boolean[] acts = new boolean[forces.size()];
        for (int i = forces.size() - 1; i >= 0; i--) {
          int first = doc.tokenAt(forces.get(i).start());
          int end = doc.tokenAt(forces.get(i).end());
          // "the Syrian army and Russian jets pounded": a force joined by "and" to the subject is one too
          boolean joined = i + 1 < forces.size() && acts[i + 1] && doc.key(end).equals("and")
              && demonymStart(doc, doc.tokenAt(forces.get(i + 1).start())) == end + 1;
          boolean inTrigger = first == t.firstToken() && end <= t.endToken(); // "jets pounded"
          boolean subject = (inTrigger || end <= t.firstToken() && (joined || subject(doc, first, end, t, m.first)))
              && !(Responses.answersAttacker(doc, t) && !doc.cues(doc.sentenceFirst(m.sentence), first, Cue::isTrigger).isEmpty())
              && !Responses.fellOnAttacker(doc, t);
          boolean agent = first >= t.endToken() && byAgent(doc, t.endToken(), first, end, forces)
              && !Responses.answeredBy(doc, first);
          boolean party = type == IncidentType.ARMED_CLASH && !counted(doc, first, m.first) && !Sources.forceQuoted(doc, end)
              && !attacked(doc, first, m.first);
          acts[i] = subject || agent || party;
        }
        for (int i = 0; i < forces.size(); i++) {
          if (acts[i]) {
            add(out, doc, forces.get(i), doc.tokenAt(forces.get(i).start()), type);
          }
        }
        int before = t.firstToken() - 1;
        if (strike(tt) && before >= m.first) {
          ResolvedPlace demonym = countryEndingAt(doc, before);
          if (demonym != null && demonym.countryCode() != null && forces.stream()
              .noneMatch(f -> doc.tokenAt(f.end()) == t.firstToken())) {
            main(demonym.countryCode(), type).ifPresent(a -> out.putIfAbsent(a.name(),
                new Found(new AgencyRef(a.name(), doc.words(demonym.span()), a.countryCode()), demonym.span())));
          }
        }
      }
    }
    // "US forces carried out a drone strike": the drone is the forces' weapon, not a second actor
    boolean national = out.values().stream().anyMatch(f -> f.agency().countryCode() != null);
    return out.values().stream().filter(f -> !national || f.agency().countryCode() != null).toList();
  }

  /** A state force found, with the words it was read from. */
  record Found(AgencyRef agency, Span span) {}

  private static boolean strike(@Nullable IncidentType t) {
    return t == IncidentType.AIR_STRIKE || t == IncidentType.SHELLING || t == IncidentType.ARMED_CLASH;
  }

  private void add(Map<String, Found> out, Doc doc, Span people, int firstToken, IncidentType type) {
    int first = ForceBodies.start(doc, firstToken); // "army troops": the troops of the army
    Span f = first == firstToken ? people : new Span(doc.tokens.get(first).start(), people.end());
    String words = doc.words(f);
    NamedMention<Agency> registered = doc.agencies.stream().filter(a -> a.span().equals(f)).findFirst().orElse(null);
    if (registered != null && registered.entry() != null) {
      Agency a = registered.entry();
      out.putIfAbsent(a.name(), new Found(new AgencyRef(a.name(), words, a.countryCode()), f));
      return;
    }
    ResolvedPlace demonym = countryEndingAt(doc, first - 1);
    String cc = demonym == null ? null : demonym.countryCode();
    boolean police = words.toLowerCase(Locale.ROOT).contains("police");
    Agency main = cc == null || police ? null : main(cc, type).orElse(null);
    AgencyRef ref = main != null ? new AgencyRef(main.name(), words, cc)
        : new AgencyRef(words.toLowerCase(Locale.ROOT), words, cc);
    Span span = demonym == null ? f : new Span(demonym.span().start(), f.end());
    out.putIfAbsent(ref.name(), new Found(new AgencyRef(ref.name(), doc.words(span), ref.countryCode()), span));
  }

  /** The country's main force; for a strike from the air its air force when the registry has one. */
  private java.util.Optional<Agency> main(String cc, IncidentType type) {
    List<Agency> all = forcesByCountry.getOrDefault(cc, List.of());
    if (type == IncidentType.AIR_STRIKE) {
      for (Agency a : all) {
        if (a.name().contains("Air Force")) {
          return java.util.Optional.of(a);
        }
      }
    }
    return all.stream().filter(a -> !a.name().contains("Air Force")).findFirst();
  }

  /**
   * Registry agencies, generic forces and (for strikes from the air, shelling and clashes)
   * weapons platforms in tokens {@code [from, to)}, not inside a group's name.
   */
  private static List<Span> forces(Doc doc, int from, int to, boolean platforms) {
    List<Span> out = new ArrayList<>();
    for (NamedMention<Agency> a : doc.agencies) {
      if (a.first() >= from && a.end() <= to && !groupsOwn(doc, a.span())) {
        out.add(a.span());
      }
    }
    for (Match<Cue> c : doc.cues(from, to, c -> c.category().equals("agency") && !c.label().equals("judicial")
        || platforms && c.category().equals("force"))) {
      if (!groupsOwn(doc, c.span()) && out.stream().noneMatch(s -> s.overlaps(c.span()))) {
        out.add(c.span());
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  static boolean insideGroup(Doc doc, Span s) {
    return doc.coverage.inGroup(doc.tokenAt(s.start()), doc.tokenAt(s.end()));
  }

  /**
   * Inside a group's name, or the group's own fighters named after it ("Houthi forces", "Haftar's forces")
   * or after irregulars ("urban commandos", "guerrilla forces").
   */
  private static boolean groupsOwn(Doc doc, Span s) {
    int first = doc.tokenAt(s.start());
    int owner = doc.key(first - 1).equals("s") && doc.key(first - 2).equals("'") ? first - 2 : first;
    return insideGroup(doc, s) || owner > 0 && doc.coverage.inGroup(owner - 1, owner)
        || IRREGULAR.contains(doc.key(owner - 1));
  }

  private static final Set<String> IRREGULAR = WordSet.of("urban", "guerrilla", "guerrillas", "rebel", "rebels",
      "terrorist", "terrorists", "insurgent", "insurgents", "subversive", "militia", "paramilitary");

  /**
   * "Nigerian troops clashed", "the army also launched airstrikes": the force is the verb's
   * subject. Right before a noun ("a military operation") it is only a modifier, except before a
   * strike or a clash ("army shelling").
   */
  private static boolean subject(Doc doc, int first, int end, Match<Cue> t, int clauseFirst) {
    int trigger = t.firstToken();
    String verb = doc.key(trigger);
    if (end == trigger && !strike(Clauses.typeOf(t.value())) && !verb.endsWith("ed") && !VERBS.contains(verb)) {
      return false;
    }
    for (int i = end; i < trigger; i++) {
      String k = doc.key(i);
      if (!BETWEEN.contains(k) && !k.endsWith("ly") && !AirPlatforms.AIRCRAFT.contains(k)) {
        return false; // "Nigerian air force jets mistakenly bombed": the jets are the force's
      }
    }
    return !counted(doc, first, clauseFirst) && !OBJECT.contains(doc.key(demonymStart(doc, first) - 1));
  }

  /**
   * "killed by Russian shelling", "attacked by the government's forces": the force right after
   * "by", and not a modifier of another noun ("shaken by army and police operations").
   */
  private static boolean byAgent(Doc doc, int afterTrigger, int first, int end, List<Span> forces) {
    int by = demonymStart(doc, first) - 1;
    while (by > afterTrigger && BY_MODIFIERS.contains(doc.key(by))) {
      by--;
    }
    if (!doc.key(by).equals("by") || by < afterTrigger || by - afterTrigger > 3) {
      return false;
    }
    int k = end;
    while (doc.key(k).equals("and") && next(doc, forces, k + 1) >= 0) {
      k = next(doc, forces, k + 1);
    }
    return k >= doc.tokens.size() || !doc.tokens.get(k).isWord() || Phrases.isFunctionWord(doc.key(k))
        || Sources.FORCE_REPORTING.contains(doc.key(k));
  }

  /** The end token of the force starting (with its demonym) at token {@code k}, or -1. */
  private static int next(Doc doc, List<Span> forces, int k) {
    for (Span f : forces) {
      if (demonymStart(doc, doc.tokenAt(f.start())) == k) {
        return doc.tokenAt(f.end());
      }
    }
    return -1;
  }

  private static final Set<String> BY_MODIFIERS = WordSet.of("the", "a", "an", "government", "regime", "state", "'",
      "s", "pro", "-", "led", "backed", "federal", "national");
  private static final Set<String> VERBS = WordSet.of("shot", "fought", "struck", "hit", "shoot", "fire", "open", "kill",
      "raid", "storm", "shell", "attack", "strike", "bomb");

  /**
   * "Assailants attacked security forces ... in the ensuing clash", "an attack on a military
   * outpost": the force the attack was made on is its target, not a party that fought.
   */
  private static boolean attacked(Doc doc, int first, int clauseFirst) {
    int k = demonymStart(doc, first) - 1;
    while (k > clauseFirst && ARTICLES.contains(doc.key(k))) {
      k--;
    }
    return k >= clauseFirst && (ATTACKED.contains(doc.key(k)) || OBJECT.contains(doc.key(k)));
  }

  private static final Set<String> ARTICLES = WordSet.of("the", "a", "an", "several", "some");
  private static final Set<String> ATTACKED = WordSet.of("attack", "attacked", "attacking", "attacks", "ambush",
      "ambushed", "ambushing", "raid", "raided", "raiding", "storm", "stormed", "storming", "assaulted", "overran",
      "overrun", "besieged", "shelled", "bombed");

  /** "two soldiers", "the bodies of soldiers": people counted among the harmed, not an actor. */
  private static boolean counted(Doc doc, int first, int clauseFirst) {
    int k = demonymStart(doc, first) - 1;
    if (k >= clauseFirst && doc.key(k).equals("the")) {
      k--;
    }
    final int last = k;
    return k >= clauseFirst && doc.numbers.stream().anyMatch(n -> n.end() == last + 1);
  }

  private static int demonymStart(Doc doc, int first) {
    ResolvedPlace p = countryEndingAt(doc, first - 1);
    return p == null ? first : doc.tokenAt(p.span().start());
  }

  /** "Israeli airstrikes", "U.S. airstrikes": a demonym or a country's name ending in the token. */
  private static @Nullable ResolvedPlace countryEndingAt(Doc doc, int token) {
    ResolvedPlace p = demonymEndingAt(doc, token);
    if (p == null && token >= 0) {
      int from = doc.tokens.get(token).start();
      int to = doc.tokens.get(token).end();
      p = doc.places.stream().filter(x -> x.span().end() > from && x.span().end() <= to
          && x.precision() == org.vigil.geo.Precision.COUNTRY).findFirst().orElse(null);
    }
    return p;
  }

  private static @Nullable ResolvedPlace demonymEndingAt(Doc doc, int token) {
    if (token < 0) {
      return null;
    }
    int end = doc.tokens.get(token).end();
    for (ResolvedPlace p : doc.places) {
      if (p.span().end() == end && "demonym".equals(p.relation())) {
        return p;
      }
    }
    return null;
  }
}
