package org.vigil.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.eval.muc4.KeyTemplate;
import org.vigil.eval.muc4.MucCorpus;
import org.vigil.eval.muc4.MucMessage;
import org.vigil.eval.muc4.MucTypes;
import org.vigil.extract.Candidate;
import org.vigil.extract.Extractor;
import org.vigil.extract.Incident;
import org.vigil.extract.RelevanceModel;
import org.vigil.extract.TargetType;
import org.vigil.report.Report;

/**
 * MUC-4 messages and their keys. In a message the coders found irrelevant, a candidate is no
 * incident; in a relevant one, a candidate of a type its templates code is one. Left out, since
 * the keys do not decide them: recalled incidents, arrests, fighting with or by armed forces
 * (MUC-4 codes only terrorism), incidents placed outside MUC-4's nine countries, and in
 * relevant messages candidates of a type no template codes.
 */
final class MucSource implements CandidateSource {

  /** The countries MUC-4 codes incidents in. */
  static final Set<String> COUNTRIES = Set.of("AR", "BO", "CL", "CO", "EC", "SV", "GT", "HN", "PE");

  /** Fighting with or by the army: real in Vigil's terms, left out of MUC-4's by its rules. */
  private static boolean military(Incident i) {
    return i.targets().stream().anyMatch(t -> t.type() == TargetType.MILITARY)
        || i.perpetrators().stream().anyMatch(p -> p.agency() != null) || !i.agencies().isEmpty();
  }

  private final Path gold;
  private final String name;

  MucSource(Path gold, String name) {
    this.gold = gold;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void label(Extractor engine, Consumer<LabelledCandidate> out) throws IOException {
    MucCorpus corpus = MucCorpus.read(gold, d -> { });
    for (MucMessage m : corpus.messages()) {
      List<KeyTemplate> templates = corpus.incidents(m);
      for (Candidate c : engine.candidates(Report.of(m.id(), m.text(), m.published()))) {
        Incident i = c.incident();
        String type = MucTypes.type(i).orElse(null);
        String country = i.location() == null ? null : i.location().countryCode();
        if (i.background() || type == null || country != null && !COUNTRIES.contains(country)) {
          continue;
        }
        if (templates.isEmpty()) {
          if (!military(i)) {
            out.accept(new LabelledCandidate(name, m.id(), c, RelevanceModel.NONE));
          }
        } else if (templates.stream().anyMatch(t -> t.types().contains(type))) {
          out.accept(new LabelledCandidate(name, m.id(), c, RelevanceModel.INCIDENT));
        }
      }
    }
  }
}
