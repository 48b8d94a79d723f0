package org.vigil.eval.muc4;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.eval.Current;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.EvalResult;
import org.vigil.eval.Evaluator;
import org.vigil.eval.GoldEntity;
import org.vigil.eval.Sample;
import org.vigil.eval.Scoreboard;
import org.vigil.eval.Text;
import org.vigil.extract.Extractor;
import org.vigil.extract.Incident;
import org.vigil.report.Report;

/**
 * Scores the engine on MUC-4 messages against their answer keys. {@code gold} is a file or a
 * directory searched recursively for message files ({@code dev-muc3-*}, {@code tst*-muc*}) and
 * keys ({@code key-*}); only messages that have a key are scored. Fields: relevance (accuracy
 * over all messages, and precision/recall of the relevant ones), incidents by type (templates
 * against incidents, per message), the first template's type and stage, and the role fillers of
 * {@link Role} with the micro-average of the literature's five. Gold role fillers follow GRIT's
 * data (Du, Rush and Cardie, EACL 2021): the entities of all templates, optional ones included,
 * keeping the mentions that occur in the message. The message's incidents are those {@link
 * RecentIncidents} counts as recent. Stateless.
 */
public final class Muc4Evaluator implements Evaluator {

  /** The micro-average of the five roles. */
  public static final String MICRO = "role fillers (micro)";

  @Override
  public EvalResult evaluate(Path gold, Extractor engine, Sample sample) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    MucCorpus corpus = MucCorpus.read(gold, problems::add);
    Scoreboard board = new Scoreboard();
    List<MucMessage> chosen = sample.apply(corpus.messages());
    for (MucMessage m : chosen) {
      List<Incident> current = RecentIncidents.of(Current.all(engine, Report.of(m.id(), m.text(), m.published()),
          gold.toString(), problems::add), m.published());
      score(board, m, corpus.keys().get(m.id()), current);
    }
    micro(board);
    return board.result("muc4", gold.toString(), chosen.size(), problems);
  }

  /** Adds the micro-average of the five roles of the literature as {@link #MICRO}. */
  public static void micro(Scoreboard board) {
    board.micro(MICRO, java.util.Arrays.stream(Role.values()).filter(Role::micro).map(Role::label).toList());
  }

  /** Scores one message; public for tests that build incidents by hand. */
  public static void score(Scoreboard board, MucMessage m, List<KeyTemplate> templates, List<Incident> current) {
    String snippet = Text.snippet(m.text());
    List<KeyTemplate> full = templates.stream().filter(t -> !t.empty()).toList();
    List<Incident> mucIncidents = current.stream().filter(i -> MucTypes.type(i).isPresent()).toList();
    boolean relevant = !full.isEmpty();
    boolean predicted = !mucIncidents.isEmpty();
    board.categorical(m.id(), snippet, "relevance", relevant ? "relevant" : "irrelevant",
        predicted ? "relevant" : "irrelevant");
    board.value(m.id(), snippet, "relevant messages", relevant ? "relevant" : null,
        predicted ? "relevant" : null, relevant && predicted);
    board.multiset(m.id(), snippet, "incidents by type",
        full.stream().filter(t -> t.type() != null && !t.optional()).map(KeyTemplate::type).toList(),
        mucIncidents.stream().map(i -> MucTypes.type(i).orElseThrow()).toList());
    if (relevant) {
      KeyTemplate first = full.get(0);
      Optional<Incident> same = mucIncidents.stream()
          .filter(i -> first.types().contains(MucTypes.type(i).orElseThrow())).findFirst();
      Incident pick = same.orElse(mucIncidents.isEmpty() ? null : mucIncidents.get(0));
      board.categorical(m.id(), snippet, "incident type", first.type(),
          pick == null ? null : MucTypes.type(pick).orElseThrow());
      String stage = pick == null ? null : MucTypes.stage(pick.status());
      board.categorical(m.id(), snippet, "stage of execution", first.stage(),
          stage != null && first.stages().contains(stage) ? first.stage() : stage);
    }
    Map<Role, List<List<String>>> predictions = Predictions.of(current, m.text());
    String text = " " + Text.normalize(m.text()) + " ";
    for (Role r : Role.values()) {
      board.clusters(m.id(), snippet, r.label(), inText(merged(full, r), text), predictions.get(r));
    }
  }

  /**
   * The role's entities over all templates, an entity named in several counted once. As in
   * GRIT's data, optional fillers and optional templates count like the others.
   */
  static List<GoldEntity> merged(List<KeyTemplate> templates, Role r) {
    List<GoldEntity> out = new ArrayList<>();
    for (KeyTemplate t : templates) {
      for (GoldEntity g : t.roles().get(r)) {
        int same = -1;
        for (int i = 0; i < out.size() && same < 0; i++) {
          GoldEntity o = out.get(i);
          if (g.mentions().stream().anyMatch(o::matches)) {
            same = i;
          }
        }
        if (same < 0) {
          out.add(new GoldEntity(g.mentions(), false));
        } else {
          List<String> all = new ArrayList<>(out.get(same).mentions());
          g.mentions().stream().filter(x -> !all.contains(x)).forEach(all::add);
          out.set(same, new GoldEntity(all, false));
        }
      }
    }
    return out;
  }

  /** Keeps the mentions that occur in the (normalised) text, and the entities left with one; as in GRIT's data. */
  static List<GoldEntity> inText(List<GoldEntity> gold, String normalizedText) {
    List<GoldEntity> out = new ArrayList<>();
    for (GoldEntity g : gold) {
      List<String> seen = g.mentions().stream()
          .filter(x -> !Text.normalize(x).isEmpty() && normalizedText.contains(" " + Text.normalize(x) + " ")).toList();
      if (!seen.isEmpty()) {
        out.add(new GoldEntity(seen, g.optional()));
      }
    }
    return out;
  }

}
