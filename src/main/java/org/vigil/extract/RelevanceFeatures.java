package org.vigil.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.vigil.learn.FeatureVector;
import org.vigil.learn.Features;
import org.vigil.text.PhraseTrie.Match;

/**
 * Describes a candidate incident for the relevance decision with what the rules already found:
 * its type, status and trigger words, the cues near it, in its sentence and in the whole report
 * (sport, business, accident, threat, recollection, ...), where it stands in the report, who did
 * it, its toll, its date against the publication date, its place, targets and weapons. The words
 * around the trigger are left out on purpose: learned from MUC-4's wire copy they did not carry
 * over to other news. Stateless.
 */
final class RelevanceFeatures {

  /** Tokens either side of the head trigger whose cues count as near it. */
  static final int NEAR = 6;

  private RelevanceFeatures() {}

  /**
   * What the whole report says, the same for each of its candidates: counted once per report,
   * since a long report has thousands of candidates.
   */
  record Whole(Map<String, Integer> cueCounts, int triggers, boolean group, int firstEventSentence) {

    static Whole of(Doc doc) {
      Map<String, Integer> counts = new HashMap<>();
      int triggers = 0;
      int firstEvent = -1;
      for (Match<Cue> c : doc.cues) {
        if (c.value().isTrigger()) {
          triggers++;
          firstEvent = firstEvent < 0 ? doc.sentenceOf[c.firstToken()] : firstEvent;
        } else if (c.value().category().equals("cue")) {
          counts.merge(c.value().label(), 1, Integer::sum);
        }
      }
      return new Whole(java.util.Collections.unmodifiableMap(counts), triggers, doc.groups.stream().anyMatch(g -> g.entry() != null), firstEvent);
    }
  }

  static FeatureVector of(Doc doc, Whole report, Draft d, Incident i) {
    Features f = new Features(RelevanceModel.BITS);
    EventMention first = d.first();
    Match<Cue> head = first.head();
    f.add("type", i.type().label()).add("status", i.status().label());
    f.add("bg", String.valueOf(i.background())).add("strong", String.valueOf(d.strong()));
    String trigger = doc.words(head.span()).toLowerCase(Locale.ROOT);
    f.add("trig", trigger).add("trigcat", head.value().category());
    f.add("trig+type", trigger + "|" + i.type().label());
    for (EventMention m : d.mentions) {
      for (Match<Cue> t : m.triggers()) {
        f.add("trigs", doc.words(t.span()).toLowerCase(Locale.ROOT));
      }
    }
    f.add("mentions", bucket(d.mentions.size(), 1, 2, 4));
    int s = first.sentence;
    cues(doc, doc.sentenceFirst(s), doc.sentenceEnd(s), "scue", f);
    cues(doc, Math.max(0, head.firstToken() - NEAR), Math.min(doc.tokens.size(), head.endToken() + NEAR), "ncue", f);
    documentCues(report, f);
    f.add("sent", bucket(s, 0, 1, 2, 4));
    f.add("firstEventSentence", String.valueOf(report.firstEventSentence() == s));
    actors(doc, i, f);
    toll(i.casualties(), f);
    date(doc, i, f);
    f.add("loc", i.location() == null ? "none" : i.location().precision());
    i.targets().forEach(t -> f.add("target", t.type().label()));
    i.weapons().forEach(w -> f.add("weapon", w.type().label() + (w.implied() ? "/implied" : "")));
    f.add("allcaps", String.valueOf(doc.allCaps));
    f.add("length", bucket(doc.sentences.size(), 1, 3, 8, 20));
    return f.vector();
  }

  private static void cues(Doc doc, int from, int to, String name, Features f) {
    for (Match<Cue> c : doc.cues(from, to, c -> !c.isTrigger())) {
      f.add(name, c.value().category() + ":" + c.value().label());
    }
  }

  /** The report's cues, counted: how much of it is about sport, markets, accidents, the past. */
  private static void documentCues(Whole report, Features f) {
    report.cueCounts().forEach((label, n) -> f.add("dcue", label, (float) Math.log1p(n)));
    f.add("dtriggers", bucket(report.triggers(), 1, 3, 6, 12));
    f.add("dgroup", String.valueOf(report.group()));
  }

  private static void actors(Doc doc, Incident i, Features f) {
    boolean group = false;
    boolean described = false;
    boolean force = false;
    for (Perpetrator p : i.perpetrators()) {
      group |= p.group() != null;
      force |= p.agency() != null;
      described |= p.group() == null && p.agency() == null;
    }
    f.add("group", String.valueOf(group)).add("perp", String.valueOf(described)).add("force", String.valueOf(force));
    f.add("claim", i.claim().label());
    f.add("agencies", String.valueOf(!i.agencies().isEmpty()));
    f.add("victims", String.valueOf(!i.victims().isEmpty()));
  }

  private static void toll(Casualties c, Features f) {
    f.add("killed", count(c.killed())).add("wounded", count(c.wounded()));
    f.add("kidnapped", count(c.kidnapped())).add("arrested", count(c.arrested()));
  }

  private static String count(Count c) {
    return c == null ? "none" : bucket(c.value(), 0, 1, 2, 6, 21);
  }

  private static void date(Doc doc, Incident i, Features f) {
    LocalDate pub = doc.report.published();
    if (i.date() == null) {
      f.add("date", "none");
      return;
    }
    f.add("date", i.date().precision().label());
    if (pub != null) {
      long days = ChronoUnit.DAYS.between(i.date().start(), pub);
      f.add("age", days < 0 ? "future" : bucket((int) Math.min(days, Integer.MAX_VALUE), 0, 3, 15, 61, 366));
    }
  }

  /** The first bound the value is below, as a label: bucket(5, 1, 3, 8) is "<8". */
  private static String bucket(int value, int... bounds) {
    for (int b : bounds) {
      if (value < b) {
        return "<" + b;
      }
    }
    return ">=" + bounds[bounds.length - 1];
  }
}
