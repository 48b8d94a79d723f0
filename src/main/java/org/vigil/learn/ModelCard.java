package org.vigil.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a shipped model is, written beside it as Markdown by the command that trained it: what
 * it decides, its labels, the data it learned from (only data whose terms allow shipping
 * weights), the exact command, the date and commit, the settings and the scores it reached on
 * data it did not learn from.
 *
 * @param scores measure name to figure, in the order given (use a {@code LinkedHashMap})
 */
public record ModelCard(String name, String purpose, List<String> labels, List<String> trainingData,
    String command, String date, String commit, LogisticTrainer.Settings settings, Map<String, String> scores,
    List<String> limitations) {

  public ModelCard {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(purpose, "purpose");
    labels = List.copyOf(labels);
    trainingData = List.copyOf(trainingData);
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(settings, "settings");
    scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    limitations = List.copyOf(limitations);
  }

  /** The card as Markdown. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Model card: ").append(name).append("\n\n").append(purpose).append("\n\n");
    md.append("- Labels: ").append(String.join(", ", labels)).append('\n');
    md.append("- Trained: ").append(date).append(" at commit ").append(commit).append('\n');
    md.append("- Command: `").append(command).append("`\n");
    md.append("- Learner: multinomial logistic regression (org.vigil.learn.LogisticTrainer), 2^")
        .append(settings.bits()).append(" hashed features, ").append(settings.epochs()).append(" epochs, step ")
        .append(settings.learningRate()).append(", L2 ").append(settings.l2()).append(", seed ")
        .append(settings.seed()).append(settings.minCount() > 1 ? ", features seen in fewer than "
            + settings.minCount() + " examples left out" : "")
        .append(settings.average() ? ", weights averaged over the steps" : "").append("\n\n");
    md.append("## Training data\n\n");
    trainingData.forEach(d -> md.append("- ").append(d).append('\n'));
    md.append("\n## Scores on data it did not learn from\n\n| measure | figure |\n| --- | --- |\n");
    scores.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    if (!limitations.isEmpty()) {
      md.append("\n## Limitations\n\n");
      limitations.forEach(l -> md.append("- ").append(l).append('\n'));
    }
    return md.toString();
  }

  /** Writes {@link #markdown()} to the file. */
  public void write(Path file) {
    try {
      Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
