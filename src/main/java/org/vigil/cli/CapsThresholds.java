package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.extract.RoleLabel;
import org.vigil.extract.RoleModel;
import org.vigil.train.RoleTrainer;

/**
 * {@code vigil train roles --caps-thresholds-only}: the role model's weights and mixed-case
 * thresholds are kept, and only its thresholds for text written in capitals are written, with a
 * section of the card that says how they were chosen and what they reach on held-out folds.
 */
final class CapsThresholds {

  /** The heading of the card's section on them; the section is replaced when they are chosen again. */
  static final String HEADING = "## Thresholds for text in capitals";

  private CapsThresholds() {}

  /** The model in {@code dir}, whose weights and mixed-case thresholds are kept. */
  static RoleModel kept(Path dir) throws IOException {
    Path model = dir.resolve(RoleModel.MODEL);
    Path thresholds = dir.resolve(RoleModel.THRESHOLDS);
    if (!Files.isRegularFile(model) || !Files.isRegularFile(thresholds)) {
      throw new UserError("--caps-thresholds-only keeps the role model in " + dir + ", but " + model + " or "
          + thresholds + " is not there; train the model first, or give its directory with --out");
    }
    try (InputStream m = Files.newInputStream(model); InputStream t = Files.newInputStream(thresholds)) {
      return RoleModel.read(m, t);
    }
  }

  /** Writes the thresholds beside the kept weights, and the card's section on those for capitals. */
  static void write(Path dir, RoleTrainer.Result r, String command) throws IOException {
    try (OutputStream t = Files.newOutputStream(dir.resolve(RoleModel.THRESHOLDS))) {
      r.model().write(OutputStream.nullOutputStream(), t);
    }
    Path card = dir.resolve(RoleModel.CARD);
    String text = Files.isRegularFile(card) ? Files.readString(card, StandardCharsets.UTF_8) : "";
    Files.writeString(card, withSection(text, section(r, command)), StandardCharsets.UTF_8);
  }

  /** The card with the section put in place of the one it had, else before its limitations, else at its end. */
  static String withSection(String card, String section) {
    String out = card;
    int old = out.indexOf(HEADING);
    if (old >= 0) {
      int next = out.indexOf("\n## ", old + HEADING.length());
      out = out.substring(0, old) + (next < 0 ? "" : out.substring(next + 1));
    }
    int limits = out.indexOf("## Limitations");
    if (limits < 0) {
      return out + (out.isEmpty() || out.endsWith("\n\n") ? "" : out.endsWith("\n") ? "\n" : "\n\n") + section;
    }
    return out.substring(0, limits) + section + "\n" + out.substring(limits);
  }

  /** The card's rows of the model's thresholds for text in capitals, in the labels' order. */
  static Map<String, String> rows(RoleModel model) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RoleLabel l : RoleLabel.values()) {
      out.put((l == RoleLabel.NONE ? "veto" : "threshold of " + l.label()) + " in text in capitals",
          String.format(Locale.ROOT, "%.2f", model.thresholds(true).get(l)));
    }
    return out;
  }

  private static String section(RoleTrainer.Result r, String command) {
    List<String> corpora = r.scores().keySet().stream().filter(k -> k.contains("text in capitals"))
        .map(k -> k.substring(0, k.indexOf(' '))).toList();
    StringBuilder s = new StringBuilder(HEADING).append("\n\n");
    s.append("A document written in capitals (wire copy, as MUC-4's messages are) is scored with thresholds of its"
        + " own; the weights and the thresholds above, for text of mixed case, are kept, so mixed-case output does"
        + " not change. They were chosen on the held-out folds of the corpora written in capitals (")
        .append(corpora.isEmpty() ? "none" : String.join(", ", corpora)).append(") alone, by the same search from")
        .append(" the mixed-case thresholds, on ").append(TrainOptions.today()).append(" at commit ")
        .append(TrainOptions.commit()).append(" by `").append(command).append("`.\n\n| measure | figure |\n| --- | --- |\n");
    Map<String, String> rows = new LinkedHashMap<>();
    r.scores().forEach((k, v) -> {
      if (corpora.stream().anyMatch(c -> k.startsWith(c + " "))) {
        rows.put(k, v);
      }
    });
    rows.putAll(rows(r.model()));
    rows.forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    return s.toString();
  }
}
