package org.vigil.merge;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Scores a new incident against a stored one. A hard mismatch rules the match out: incompatible
 * types or stages (a threat or a plan is never the attack that followed), dates further apart
 * than the window or dated after the day of a new report that names none (its event happened that day or before),
 * different countries, places further apart than the precision allows, two
 * reports naming different towns ({@link PlaceCriterion}) or targets of other kinds (police /
 * civilians) with no distinctive word or telling toll in common, different sites or kinds of
 * site named by both (against a dataset record, whose site is a coder's word, they take
 * {@value #OTHER_TARGETS} off instead), different groups, two reports that each tell of one attack of a series
 * and name no one site or target by its name ({@link Names}). An incident with no date,
 * or only a month or a year, joins only with positive evidence beyond the place: the same
 * named group, a distinctive word both name (the market, the hotel's name), or the same toll;
 * reports of different days need the same kind of evidence (a group or a telling figure a day apart, a
 * word or a telling toll from two days on; two reports that name no day, nothing from two days on).
 * Otherwise the weighted criteria (type 0.3, date 0.25, place 0.25, group 0.1, casualties 0.1;
 * a shared distinctive word, an exact shared toll and a shared town name each add
 * {@value #SHARED_WORDS}) must reach {@link MergeRules#minScore()}; the total before its cap at 1
 * is kept as the match's evidence.
 * Every match is explained per criterion and in words. Immutable; thread-safe.
 */
final class Matcher {

  /** What a shared distinctive word adds to the score. */
  static final double SHARED_WORDS = 0.05;
  /** Days two dates read from the events' words may be apart (late Sunday is early Monday elsewhere). */
  static final int TOLD_DAYS_APART = 1;
  /**
   * What targets of different kinds (police / civilians) take off the score of two reports; nothing against a dataset
   * record, whose kind of target is a coder's pick (a farmer's field filed as a business), while a kind both give still
   * adds {@value #SHARED_WORDS}.
   */
  static final double OTHER_TARGETS = 0.05;
  /** What naming one town adds to the score: as telling as a shared word, and more than kilometres. */
  static final double TOWN_NAMED = 0.05;
  /** The smallest toll that is evidence by itself that two undated mentions are one event. */
  static final int TELLING_TOLL = 3;

  private final MergeRules rules;
  private final UnaryOperator<String> canonicalGroup;
  private final UnaryOperator<String> groupName;

  /**
   * @param canonicalGroup maps a group id to the group an analyst merged it into (or itself)
   * @param groupName the display name of a group id
   */
  Matcher(MergeRules rules, UnaryOperator<String> canonicalGroup, UnaryOperator<String> groupName) {
    this.rules = rules;
    this.canonicalGroup = canonicalGroup;
    this.groupName = groupName;
  }

  /**
   * How two incidents compare: a match with its score (possibly below the minimum), or why a
   * hard mismatch rules them out.
   */
  record Verdict(@Nullable Match match, @Nullable String ruledOut) {

    static Verdict out(String why) {
      return new Verdict(null, why);
    }

    /** The verdict in words, for people. */
    String words() {
      return match != null ? MergeWords.of(match.explanation()) + " [evidence " + match.evidence() + "]"
          : "ruled out: " + ruledOut;
    }
  }

  /**
   * The match of {@code in} with {@code stored} if nothing rules it out and it reaches the minimum score;
   * {@code coded} says whether either side holds a dataset record (asked only when towns, target kinds or site kinds differ, or
   * when two mentions that name no day are days apart).
   */
  Optional<Match> match(Facts in, Facts stored, long storedId, BooleanSupplier coded) {
    return Optional.ofNullable(verdict(in, stored, storedId, coded).match()).filter(m -> m.score() >= rules.minScore());
  }

  Verdict verdict(Facts in, Facts stored, long storedId, BooleanSupplier coded) {
    ObjectNode why = JsonNodeFactory.instance.objectNode();
    List<String> words = new ArrayList<>();
    double type = Kinds.score(in.type(), stored.type());
    if (type == 0 || Kinds.attack(in.type()) && Kinds.attack(stored.type())
        && !Kinds.sameStage(in.status(), stored.status())) {
      return Verdict.out("types or stages differ: " + in.type() + "/" + in.status() + " and " + stored.type() + "/"
          + stored.status());
    }
    criterion(why, "type", type, in.type() + " / " + stored.type());
    words.add(type == 1 ? "same type (" + in.type().replace('_', ' ') + ")"
        : "types " + in.type().replace('_', ' ') + " and " + stored.type().replace('_', ' '));
    if (in.country() != null && stored.country() != null && !in.country().equals(stored.country())) {
      return Verdict.out("countries differ: " + in.country() + " and " + stored.country());
    }
    Optional<String> group = sharedGroup(in.groupIds(), stored.groupIds());
    boolean sameGroup = group.isPresent();
    if (!in.groupIds().isEmpty() && !stored.groupIds().isEmpty() && !sameGroup
        && !NestedNames.any(in.groupIds(), stored.groupIds(), groupName)) {
      return Verdict.out("groups differ: " + in.groupIds() + " and " + stored.groupIds());
    }
    Set<String> shared = new TreeSet<>(in.words());
    shared.retainAll(stored.words());
    Set<String> kindsIn = SiteWords.kinds(in.words());
    Set<String> kindsStored = SiteWords.kinds(stored.words());
    boolean otherKinds = !kindsIn.isEmpty() && !kindsStored.isEmpty() && Collections.disjoint(kindsIn, kindsStored);
    if (otherKinds && !coded.getAsBoolean()) { // a dataset's site is a coder's word ("Checkpost" for a base): it weighs
      return Verdict.out("kinds of site differ: " + kindsIn + " and " + kindsStored); // "a market", "a checkpoint"
    }
    if (in.series() && stored.series() && !Names.shared(in.names(), stored.names())) {
      // "one of three attacks on checkpoints in the district that day": its siblings look the same but for the name
      return Verdict.out("both tell of one attack of a series, and name no one site or target");
    }
    boolean sameToll = in.killed() != null && in.killed().equals(stored.killed()) && in.killed() >= TELLING_TOLL;
    boolean sharedFigure = sameFigure(in.killed(), stored.killed(), 1) || sameFigure(in.wounded(), stored.wounded(), 1);
    boolean undated = in.start() == null || stored.start() == null;
    boolean vague = undated || in.coarse() || stored.coarse();
    if (vague && !sameGroup && shared.isEmpty() && !sameToll) {
      // without a day, the place alone does not make two mentions one event
      return Verdict.out("a date without a day, and no group, word or toll in common");
    }
    double date;
    if (undated) {
      date = UNDATED;
      criterion(why, "date", date, "date unknown on one side");
      words.add("one side undated");
    } else {
      long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(stored.end(), in.start()),
          ChronoUnit.DAYS.between(in.end(), stored.start())));
      int window = rules.window(in.datePrecision(), stored.datePrecision());
      if (after(in, stored)) {
        // a report of the 6th that names no day cannot tell of a bomb the catalogue dates the 7th (a stored incident's
        // day bounds only its first report's event: look-alikes merged before their records came must stay repairable)
        return Verdict.out("dated after the day of the report that would tell of it (" + in.start() + ", "
            + stored.start() + ")");
      }
      boolean toldDays = in.dateFromWords() && stored.dateFromWords() && in.datePrecision().equals("day")
          && stored.datePrecision().equals("day");
      if (gap > window || toldDays && gap > TOLD_DAYS_APART) {
        // "Saturday's bombing" and "Monday's raid": two days the reports named
        return Verdict.out(gap + " days apart, window " + (toldDays ? TOLD_DAYS_APART : window));
      }
      boolean untold = gap >= DAYS_APART_NEED_WORDS && !in.dateFromWords() && !stored.dateFromWords()
          && !in.update() && !stored.update() && !coded.getAsBoolean();
      Optional<String> unsupported = unsupported(gap, toldDays, untold, sameToll || !shared.isEmpty(),
          sameGroup || sameFigure(in.killed(), stored.killed(), TELLING_TOLL)
          || sameFigure(in.wounded(), stored.wounded(), TELLING_TOLL));
      if (unsupported.isPresent()) {
        return Verdict.out(unsupported.get());
      }
      date = 1.0 - (double) gap / (window + 1);
      criterion(why, "date", date, gap + " day(s) apart, window " + window);
      words.add(gap == 0 ? (in.start().equals(in.end()) && stored.start().equals(stored.end()) ? "same day"
          : "dates overlap") : gap == 1 ? "1 day apart" : gap + " days apart");
    }
    boolean sameDay = !undated && !vague && Math.abs(ChronoUnit.DAYS.between(in.start(), stored.start())) <= 1;
    boolean bothTargets = !in.targets().isEmpty() && !stored.targets().isEmpty();
    boolean otherTargets = bothTargets && Collections.disjoint(in.targets(), stored.targets());
    if (otherTargets && shared.isEmpty() && !sameToll && !coded.getAsBoolean()) {
      // "a police vehicle" and "a civilian minibus" in one city: a dataset's target type is a coder's pick, not so a report's
      return Verdict.out("targets of other kinds (" + in.targets() + " and " + stored.targets()
          + "), and no word or toll in common");
    }
    Double place = PlaceCriterion.score(rules, in, stored, sameDay, coded, why, words);
    if (place == null) {
      return Verdict.out("places differ: " + in.place() + " (" + in.placePrecision() + ", " + in.admin1() + ") and "
          + stored.place() + " (" + stored.placePrecision() + ", " + stored.admin1() + ")");
    }
    double groupScore = sameGroup ? 1.0 : 0.5;
    criterion(why, "group", groupScore, sameGroup ? "same group " + group.get() : "group named on "
        + (in.groupIds().isEmpty() && stored.groupIds().isEmpty() ? "neither side" : "one side only"));
    if (sameGroup) {
      words.add(0, "same group (" + groupName.apply(group.get()) + ")");
    }
    if (!shared.isEmpty()) {
      criterion(why, "words", 1.0, "both name " + String.join(", ", shared));
      words.add("both name " + String.join(", ", shared));
    }
    double casualties = in.wounded() != null && stored.wounded() != null
        ? (casualties(in.killed(), stored.killed()) + casualties(in.wounded(), stored.wounded())) / 2
        : casualties(in.killed(), stored.killed());
    criterion(why, "casualties", casualties, "killed " + in.killed() + " / " + stored.killed() + ", wounded "
        + in.wounded() + " / " + stored.wounded());
    if (in.killed() != null && stored.killed() != null) {
      words.add(in.killed().equals(stored.killed()) ? "same toll (" + in.killed() + ")"
          : "tolls " + stored.killed() + " and " + in.killed());
    }
    double targets = (!bothTargets ? 0 : otherTargets ? (coded.getAsBoolean() ? 0 : -OTHER_TARGETS) : SHARED_WORDS)
        - (otherKinds ? OTHER_TARGETS : 0);
    if (targets != 0) {
      criterion(why, "targets", targets, in.targets() + " / " + stored.targets());
    }
    double town = place >= 1.0 && Places.sameTown(in.towns(), stored.towns()) ? TOWN_NAMED : 0;
    double toll = sharedFigure ? SHARED_WORDS : 0;
    if (town != 0) {
      criterion(why, "town", town, "both name the town " + in.towns());
    }
    if (!shared.isEmpty() || town != 0) { // what tells look-alikes apart ({@link WordTies}); the town as one more word
      var told = why.putArray("shared");
      shared.forEach(told::add);
      if (town != 0) {
        told.add(WordTies.TOWN);
      }
    }
    if (toll != 0) {
      criterion(why, "toll", toll, "one exact figure on both sides");
    }
    double score = 0.3 * type + 0.25 * date + 0.25 * place + 0.1 * groupScore + 0.1 * casualties
        + (shared.isEmpty() ? 0 : SHARED_WORDS) + targets + toll + town;
    double evidence = Math.round(score * 1000) / 1000.0;
    score = Math.max(0, Math.min(1.0, evidence));
    why.put("score", score);
    why.put("minScore", rules.minScore());
    why.put("words", String.join(", ", words));
    return new Verdict(new Match(storedId, score, evidence, why), null);
  }

  /** The canonical group both name, if any. */
  private Optional<String> sharedGroup(Set<String> a, Set<String> b) {
    Set<String> mine = new TreeSet<>();
    a.forEach(g -> mine.add(canonicalGroup.apply(g)));
    return b.stream().map(canonicalGroup).filter(mine::contains).findFirst();
  }

  /**
   * Why reports of different days cannot be one event on what they share, if so. Where events
   * recur (a city shelled daily, a group's attacks every day in one province), type and place
   * say nothing of two days' reports being one event: a day apart they must share a group or a
   * telling figure (one dead or two is every day's toll), two days or more a distinctive word or a telling toll. Dates both read from the
   * events' words are told apart by {@link #TOLD_DAYS_APART} instead. Two reports that name no
   * day two days or more apart ({@code untold}: each date is the report's own, neither updates a
   * toll, no dataset record involved) tell of events of their own days, so nothing makes them one: a report of a
   * recurring target (an airport shelled every few days, liquor stores bombed across a week)
   * shares its words with the last one. (Types are no evidence either way: outlets and datasets
   * type one attack differently.)
   */
  private static Optional<String> unsupported(long gap, boolean toldDays, boolean untold, boolean telling,
      boolean some) {
    if (untold) {
      return Optional.of(gap + " days apart, and neither report names the day of its event");
    }
    if (gap == 0 || toldDays || telling) {
      return Optional.empty();
    }
    if (gap >= DAYS_APART_NEED_WORDS) {
      return Optional.of(gap + " days apart, and no distinctive word or toll in common");
    }
    return some ? Optional.empty() : Optional.of("1 day apart, and no group, word or figure in common");
  }

  /** Whether {@code event}, dated by words or a catalogue, starts after the day of new {@code report}, dated by itself. */
  private static boolean after(Facts report, Facts event) {
    return report.reportDated() && !event.reportDated() && event.start().isAfter(report.end());
  }

  /** Days apart from which two reports must share a distinctive word or a telling toll to be one event. */
  static final int DAYS_APART_NEED_WORDS = 2;

  /** Whether both give one exact figure of {@code least} or more: the same dead or wounded count tells one event from a look-alike. */
  private static boolean sameFigure(@Nullable Integer a, @Nullable Integer b, int least) {
    return a != null && a >= least && a.equals(b);
  }

  /** The date score when one side has no date: a match then rests on group, place, words and toll. */
  static final double UNDATED = 0.3;

  private static double casualties(Integer a, Integer b) {
    if (a == null || b == null) {
      return 0.5;
    }
    if (a.equals(b)) {
      return 1.0;
    }
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    if (lo == 0) {
      return 0.3; // "no one was hurt" and "four killed" are not close figures: nobody is a kind of toll of its own
    }
    return hi - lo <= 5 || lo >= 0.3 * hi ? 0.7 : 0.3;
  }

  static void criterion(ObjectNode why, String name, double score, String reason) {
    ObjectNode c = why.putObject(name);
    c.put("score", Math.round(score * 1000) / 1000.0);
    c.put("why", reason);
  }
}
