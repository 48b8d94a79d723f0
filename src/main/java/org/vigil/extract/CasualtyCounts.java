package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.text.Span;

/**
 * Adds up the figures {@link CasualtyRules} read into an incident's casualties: within a sentence
 * coordinated figures add up; across sentences the larger stands unless marked as more; a death
 * toll replaces what came before when it is not smaller; "no one was hurt" gives zeros; the
 * wounded who later died, as the report itself tells, are among the killed and not the wounded.
 * Thread-safe.
 */
final class CasualtyCounts {

  private CasualtyCounts() {}

  /** Aggregates figures into counts per role, with the figure each came from. */
  static Casualties aggregate(List<CasualtyRules.Figure> read, Doc doc, int[][] ranges, List<Evidence> evidence,
      EvidenceMaker ev) {
    List<CasualtyRules.Figure> figures = new ArrayList<>(read);
    for (int[] r : ranges) {
      HostageFates.killed(doc, r[0], r[1], read).ifPresent(figures::add); // "the hostages were killed": as many as taken
    }
    Count victims = combine(figures, CasualtyRules.Role.KILLED, f -> !f.perpetrators() && !f.toll(), evidence, ev, "casualties.killed");
    Count added = null;
    if (victims != null && figures.stream().filter(f -> f.role() == CasualtyRules.Role.KILLED && !f.perpetrators())
        .allMatch(CasualtyRules.Figure::increase)) {
      added = victims; // "three more bodies were found": only the increase over a toll given before
      victims = null;
    }
    Count perpsAdded = combine(figures, CasualtyRules.Role.KILLED, f -> f.perpetrators() && !f.perpetratorsOnly(), evidence, ev,
        "casualties.perpetratorsKilled");
    Count perpsAmong = combine(figures, CasualtyRules.Role.KILLED, CasualtyRules.Figure::perpetratorsOnly, evidence, ev,
        "casualties.perpetratorsKilled");
    Count toll = combine(figures, CasualtyRules.Role.KILLED, CasualtyRules.Figure::toll, evidence, ev, "casualties.killed");
    Count killed = sum(victims, perpsAdded);
    if (toll != null && (killed == null || toll.value() >= killed.value())) {
      killed = toll;
    }
    Count perps = sum(perpsAdded, perpsAmong);
    for (int[] r : ranges) {
      for (var m : doc.cues(r[0], r[1], c -> c.is("cue", "selfkilled"))) {
        boolean including = doc.words(m.span()).toLowerCase(java.util.Locale.ROOT).startsWith("including");
        if (perps == null && (killed != null || !including)) {
          // "killing eight people besides herself", "aside from the death of the assailant, three were
          // injured": the bomber died too, and counts among the killed
          killed = killed == null ? Count.exact(1) : including ? killed : killed.plus(Count.exact(1));
          perps = Count.exact(1);
          evidence.add(ev.of("casualties.perpetratorsKilled", m.span()));
        }
      }
    }
    Count wounded = combine(figures, CasualtyRules.Role.WOUNDED, f -> !f.perpetratorsOnly(), evidence, ev, "casualties.wounded");
    int died = figures.stream().filter(CasualtyRules.Figure::ofOwnWounded).mapToInt(f -> f.count().value()).sum();
    if (wounded != null && died > 0 && wounded.value() >= died) {
      wounded = new Count(wounded.value() - died, wounded.qualifier()); // those who died are counted among the killed
    }
    Count arrested = combine(figures, CasualtyRules.Role.ARRESTED, f -> true, evidence, ev, "casualties.arrested");
    Count kidnapped = combine(figures, CasualtyRules.Role.KIDNAPPED, f -> true, evidence, ev, "casualties.kidnapped");
    for (int[] r : ranges) {
      for (var m : doc.cues(r[0], r[1], c -> c.category().equals("cue"))) {
        String l = m.value().label();
        if ((l.equals("zero_all") || l.equals("zero_killed")) && killed == null) {
          killed = Count.exact(0);
          evidence.add(ev.of("casualties.killed", m.span()));
        }
        if ((l.equals("zero_all") || l.equals("zero_wounded")) && wounded == null) {
          wounded = Count.exact(0);
          evidence.add(ev.of("casualties.wounded", m.span()));
        }
      }
    }
    return new Casualties(killed, wounded, perps, arrested, kidnapped, added);
  }

  private static @Nullable Count sum(@Nullable Count a, @Nullable Count b) {
    return a == null ? b : b == null ? a : a.plus(b);
  }

  /**
   * Figures of one role: added up within a sentence, the larger (or, when marked "another",
   * the sum) across sentences; a death toll is the last one stated.
   */
  private static @Nullable Count combine(List<CasualtyRules.Figure> figures, CasualtyRules.Role role, java.util.function.Predicate<CasualtyRules.Figure> which,
      List<Evidence> evidence, EvidenceMaker ev, String field) {
    Count best = null;
    int bestSentence = -1;
    Count sentenceSum = null;
    Count toll = null;
    List<Span> spans = new ArrayList<>();
    for (CasualtyRules.Figure f : figures) {
      if (f.role() != role || !which.test(f)) {
        continue;
      }
      if (f.toll()) {
        toll = f.count();
        spans.add(f.span());
        continue;
      }
      spans.add(f.span());
      if (f.sentence() == bestSentence) {
        sentenceSum = sentenceSum.plus(f.count());
        best = sentenceSum;
      } else if (best == null) {
        best = f.count();
        sentenceSum = f.count();
        bestSentence = f.sentence();
      } else if (f.additive()) {
        best = best.plus(f.count());
        sentenceSum = best;
        bestSentence = f.sentence();
      } else if (f.count().value() > best.value()) {
        best = f.count();
        sentenceSum = f.count();
        bestSentence = f.sentence();
      }
    }
    Count result = toll != null && (best == null || toll.value() >= best.value()) ? toll : best;
    if (result != null) {
      for (Span s : spans) {
        evidence.add(ev.of(field, s));
      }
    }
    return result;
  }
}
