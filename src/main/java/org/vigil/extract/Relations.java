package org.vigil.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.ResolvedPlace;
import org.vigil.registry.Group;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * Relations stated in a report: states sharing intelligence ("Tehran shared intelligence ...
 * with neighbouring Pakistan"), aliases ("also known as ISIS-K", "Tehrik-i-Taliban Pakistan
 * (TTP)"), membership (a group named with its registry parent, or "X, a faction of Y") and
 * the countries groups operate in. Thread-safe.
 */
final class Relations {

  private Relations() {}

  static List<Relation> find(Doc doc, List<Incident> incidents, EvidenceMaker ev) {
    Map<String, Relation> out = new LinkedHashMap<>();
    intelligence(doc, ev, out);
    aliases(doc, ev, out);
    membership(doc, ev, out);
    for (Incident i : incidents) {
      if (i.location() == null || i.location().countryCode() == null || i.type() == IncidentType.ARREST) {
        continue;
      }
      for (Perpetrator p : i.perpetrators()) {
        if (p.group() != null) {
          Evidence e = i.evidence().stream().filter(x -> x.field().equals("location")).findFirst().orElse(null);
          if (e != null) {
            put(out, new Relation("operates_in", p.group(), i.location().countryCode(), e));
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static void intelligence(Doc doc, EvidenceMaker ev, Map<String, Relation> out) {
    String mainCountry = mainCountry(doc);
    for (Match<Cue> c : doc.cuesOf("cue", "intelshare")) {
      int s = doc.sentenceOf[c.firstToken()];
      int a = doc.sentenceFirst(s);
      int b = doc.sentenceEnd(s);
      ResolvedPlace source = null;
      ResolvedPlace target = null;
      for (ResolvedPlace p : doc.placesIn(a, b)) {
        int k = doc.tokenAt(p.span().start());
        if (k < c.firstToken() && p.countryCode() != null) {
          source = p;
        }
        if (k >= c.endToken() && k < b && target == null && p.countryCode() != null && after(doc, k, c.endToken())) {
          target = p;
        }
      }
      // "a tip from U.S. intelligence ... to German authorities": the giver follows the cue
      boolean passive = doc.key(c.endToken() - 1).equals("by") || doc.key(c.endToken() - 1).equals("from")
          || doc.key(c.firstToken()).equals("acting") || doc.key(c.firstToken()).equals("on");
      String from;
      String to;
      if (passive) {
        ResolvedPlace giver = firstAfter(doc, c.endToken(), b, null);
        ResolvedPlace receiver = giver == null ? null : firstAfter(doc, doc.tokenAt(giver.span().end()), b, giver.countryCode());
        from = giver == null ? null : giver.countryCode();
        to = receiver != null ? receiver.countryCode() : mainCountry;
      } else {
        from = source == null ? mainCountry : source.countryCode();
        to = target == null ? null : target.countryCode();
      }
      if (from != null && to != null && !from.equals(to)) {
        put(out, new Relation("intelligence_sharing", from, to, ev.of("relations", doc.span(a, b))));
      }
    }
  }

  private static @Nullable ResolvedPlace firstAfter(Doc doc, int from, int to, @Nullable String not) {
    for (ResolvedPlace p : doc.placesIn(from, to)) {
      if (p.countryCode() != null && !p.countryCode().equals(not)) {
        return p;
      }
    }
    return null;
  }

  /** The target of "shared intelligence ... with X" comes after "with" or "to". */
  private static boolean after(Doc doc, int placeToken, int from) {
    for (int i = from; i < placeToken; i++) {
      String k = doc.key(i);
      if (k.equals("with") || k.equals("to") || k.equals("by") || k.equals("from")) {
        return true;
      }
    }
    return placeToken == from;
  }

  private static @Nullable String mainCountry(Doc doc) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ResolvedPlace p : doc.places) {
      if (p.countryCode() != null) {
        counts.merge(p.countryCode(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static void aliases(Doc doc, EvidenceMaker ev, Map<String, Relation> out) {
    for (int i = 0; i < doc.groups.size(); i++) {
      NamedMention<Group> g = doc.groups.get(i);
      String written = doc.words(g.span());
      boolean cue = doc.has(Math.max(0, g.first() - 4), g.first(), "cue", "alias");
      NamedMention<Group> prev = i > 0 ? doc.groups.get(i - 1) : null;
      boolean apposed = prev != null && prev.name().equals(g.name()) && apposition(doc, prev.end(), g.first());
      if ((cue || apposed) && !written.equalsIgnoreCase(g.name())) {
        put(out, new Relation("alias_of", written, g.name(), ev.of("relations", g.span())));
      }
      if (apposed && !doc.words(prev.span()).equalsIgnoreCase(g.name())) {
        put(out, new Relation("alias_of", doc.words(prev.span()), g.name(), ev.of("relations", prev.span())));
      }
    }
  }

  /** "X (Y)", "X, or Y", "X, also called Y": two names of one group side by side. */
  private static boolean apposition(Doc doc, int from, int to) {
    if (to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!APPOSITION.contains(doc.key(i))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> APPOSITION = WordSet.of("(", ",", "or", "also", "known",
      "as", "the", "aka", "called", "-", "formerly");

  private static void membership(Doc doc, EvidenceMaker ev, Map<String, Relation> out) {
    Map<String, NamedMention<Group>> firstById = new LinkedHashMap<>();
    for (NamedMention<Group> g : doc.groups) {
      if (g.entry() != null) {
        firstById.putIfAbsent(g.entry().id(), g);
      }
    }
    for (NamedMention<Group> g : doc.groups) {
      Group entry = g.entry();
      NamedMention<Group> p = entry == null || entry.parent() == null ? null : firstById.get(entry.parent());
      if (p != null) {
        put(out, new Relation("member_of", g.name(), p.name(), ev.of("relations", p.span())));
      }
    }
    for (Match<Cue> c : doc.cuesOf("cue", "member")) {
      NamedMention<Group> child = null;
      NamedMention<Group> parent = null;
      int s = doc.sentenceOf[c.firstToken()];
      for (NamedMention<Group> g : doc.groupsIn(doc.sentenceFirst(s), doc.sentenceEnd(s))) {
        if (g.end() <= c.firstToken()) {
          child = g;
        } else if (g.first() >= c.endToken() && parent == null && g.first() - c.endToken() <= 3) {
          parent = g;
        }
      }
      String label = doc.words(c.span()).toLowerCase(java.util.Locale.ROOT);
      boolean loose = label.contains("allied") || label.contains("allegiance") || label.contains("loyal")
          || label.contains("linked");
      if (child != null && parent != null && !loose && !child.name().equals(parent.name())) {
        put(out, new Relation("member_of", child.name(), parent.name(), ev.of("relations", c.span())));
      }
    }
  }

  private static void put(Map<String, Relation> out, Relation r) {
    out.putIfAbsent(r.type() + "|" + r.source() + "|" + r.target(), r);
  }
}
