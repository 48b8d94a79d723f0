package org.vigil.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.vigil.eval.reuters.StoryLabels;
import org.vigil.extract.Candidate;
import org.vigil.extract.Extractor;
import org.vigil.extract.RelevanceModel;
import org.vigil.report.ReadLimits;
import org.vigil.report.Report;
import org.vigil.report.ReportReader;

/**
 * The team's labels of Reuters stories, over the training half only ({@link StoryLabels#heldOut}
 * keeps the other half for measuring). In a story labelled no, every candidate is none; in one
 * labelled yes, a candidate of the story's own news is an incident, while a recalled one decides
 * nothing, since the label speaks of the news only. Unlabelled stories are left out.
 */
final class ReutersSource implements CandidateSource {

  private final Path stories;
  private final StoryLabels labels;

  ReutersSource(Path stories, StoryLabels labels) {
    this.stories = stories;
    this.labels = labels;
  }

  @Override
  public String name() {
    return "Reuters, team labels (training half)";
  }

  @Override
  public void label(Extractor engine, Consumer<LabelledCandidate> out) throws IOException {
    List<Report> read = new ArrayList<>();
    new ReportReader(ReadLimits.defaults()).read(stories, null, read::add, problem -> { });
    for (Report r : read) {
      if (StoryLabels.heldOut(r)) {
        continue;
      }
      labels.find(r.id()).ifPresent(l -> {
        for (Candidate c : engine.candidates(r)) {
          if (!l.incident()) {
            out.accept(new LabelledCandidate(name(), r.id(), c, RelevanceModel.NONE));
          } else if (!c.incident().background()) {
            out.accept(new LabelledCandidate(name(), r.id(), c, RelevanceModel.INCIDENT));
          }
        }
      });
    }
  }
}
