package org.vigil.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.GoldEntity;
import org.vigil.eval.Scoreboard;
import org.vigil.eval.muc4.Muc4Evaluator;
import org.vigil.eval.muc4.RecentIncidents;
import org.vigil.eval.muc4.MucCorpus;
import org.vigil.eval.muc4.MucMessage;
import org.vigil.eval.muc4.MucTypes;
import org.vigil.extract.Incident;
import org.vigil.eval.muc4.Predictions;
import org.vigil.eval.muc4.Role;
import org.vigil.extract.Extraction;
import org.vigil.extract.RoleLabel;
import org.vigil.extract.RoleTraining;
import org.vigil.report.Report;

/**
 * MUC-4 messages as gold documents: a candidate whose words equal (after the scorer's
 * normalisation) a gold filler of the message fills its role; perpetrator individuals and
 * organisations are perpetrators, human targets and their descriptions victims. Scored as by
 * {@code vigil eval --format muc4}.
 */
final class MucDocs implements GoldDoc {

  /** The order in which a candidate matching fillers of several roles is labelled. */
  private static final List<Role> ORDER = List.of(Role.PERP_ORGANIZATION, Role.PERP_INDIVIDUAL,
      Role.HUMAN_TARGET, Role.INSTRUMENT, Role.PHYSICAL_TARGET, Role.HUMAN_TARGET_DESCRIPTION);

  private final MucCorpus.Entry entry;
  private final Map<Role, List<GoldEntity>> gold;

  private MucDocs(MucCorpus.Entry entry) {
    this.entry = entry;
    this.gold = entry.gold();
  }

  static List<GoldDoc> read(Path dir, Consumer<Diagnostic> problems) throws IOException {
    return MucCorpus.read(dir, problems).entries().stream().<GoldDoc>map(MucDocs::new).toList();
  }

  @Override
  public String corpus() {
    return "muc4";
  }

  @Override
  public Report report() {
    MucMessage m = entry.message();
    return Report.of(m.id(), m.text(), m.published());
  }

  @Override
  public Optional<RoleLabel> label(RoleTraining.Item item) {
    if (!counted(item.rules())) {
      return Optional.empty();
    }
    for (Role r : ORDER) {
      if (gold.get(r).stream().anyMatch(g -> names(r, g, item.text()))) {
        return Optional.of(switch (r) {
          case PERP_ORGANIZATION, PERP_INDIVIDUAL -> RoleLabel.PERPETRATOR;
          case HUMAN_TARGET, HUMAN_TARGET_DESCRIPTION -> RoleLabel.VICTIM;
          case INSTRUMENT -> RoleLabel.WEAPON;
          case PHYSICAL_TARGET -> RoleLabel.TARGET;
        });
      }
    }
    return Optional.of(RoleLabel.NONE);
  }

  @Override
  public List<CandidateReach.Filler> reach(RoleTraining.Found found) {
    List<CandidateReach.Filler> out = new java.util.ArrayList<>();
    gold.forEach((role, entities) -> {
      for (GoldEntity g : entities) {
        out.add(new CandidateReach.Filler(role.label(), found.phrases().stream().anyMatch(g::matches),
            found.items().stream().anyMatch(i -> names(role, g, i.text()))));
      }
    });
    return out;
  }

  /**
   * Whether the scorer counts the incident's roles at all: not for an arrest, a clash or an
   * old recollection ({@link MucTypes}, {@link RecentIncidents}). A phrase of such an incident is
   * no example either way: labelled by the message's keys, it would teach the roles of the
   * incidents the keys code to one whose roles are never scored.
   */
  private boolean counted(Incident rules) {
    return MucTypes.type(rules).isPresent()
        && !RecentIncidents.of(List.of(rules), entry.message().published()).isEmpty();
  }

  /**
   * True when a phrase of these words, given role {@code r}, names gold entity {@code g} as the
   * scorer sees it: a victim is scored as {@link Predictions#victimForms} writes it ("THREE
   * PEASANTS" as "PEASANTS"), so that is what must match, else the trainer teaches the model
   * that phrases the scorer would count are no victims.
   */
  private static boolean names(Role r, GoldEntity g, String words) {
    if (r == Role.HUMAN_TARGET || r == Role.HUMAN_TARGET_DESCRIPTION) {
      return Predictions.victimForms(words).stream().anyMatch(g::matches);
    }
    return g.matches(words);
  }

  @Override
  public void score(Scoreboard board, Extraction extraction) {
    Muc4Evaluator.score(board, entry.message(), entry.templates(),
        RecentIncidents.of(extraction.incidents(), entry.message().published()));
  }

  @Override
  public Optional<String> micro() {
    return Optional.of(Muc4Evaluator.MICRO);
  }

  @Override
  public void addMicro(Scoreboard board) {
    org.vigil.eval.muc4.Muc4Evaluator.micro(board);
  }
}
