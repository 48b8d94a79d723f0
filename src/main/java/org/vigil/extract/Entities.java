package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import org.vigil.geo.Precision;
import org.vigil.geo.ResolvedPlace;

/** The named things of a report, in text order: groups, agencies, places and sites. */
final class Entities {

  private Entities() {}

  static List<Entity> of(Doc doc) {
    List<Entity> out = new ArrayList<>();
    for (NamedMention<?> g : doc.groups) {
      out.add(new Entity("group", g.name(), doc.words(g.span()), g.span().start(), g.span().end()));
    }
    for (NamedMention<?> a : doc.agencies) {
      out.add(new Entity("agency", a.name(), doc.words(a.span()), a.span().start(), a.span().end()));
    }
    for (ResolvedPlace p : doc.places) {
      String type = p.precision() == Precision.SITE ? "site" : "place";
      out.add(new Entity(type, p.name(), doc.words(p.span()), p.span().start(), p.span().end()));
    }
    for (org.vigil.text.Span p : doc.persons()) {
      out.add(new Entity("person", doc.words(p), doc.words(p), p.start(), p.end()));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
