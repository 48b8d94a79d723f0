package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.GoldEntity;

/**
 * Reads MUC-4 answer-key files: numbered slots ({@code 10. PERP: ORGANIZATION ID   "FMLN"}),
 * further fillers of a slot on indented lines, comments starting with {@code ;;;}. A template
 * starts at slot 0. Of a cross-referenced filler ({@code "MAYOR OF ACHI": "RICARDO ALFONSO
 * CASTELLAR"}) the strings before the colon are kept. Lines that fit no slot are diagnostics.
 * Stateless.
 */
public final class KeyReader {

  /** Most templates read from one file. */
  public static final int MAX_TEMPLATES = 100_000;

  private static final Pattern SLOT = Pattern.compile("^(\\d{1,2})\\.\\s+([A-Z][A-Z /]*:[A-Z ]*?)(?:\\s{2,}|\\t|$)(.*)$");
  private static final Pattern CONTINUATION = Pattern.compile("^\\s+(\\S.*)$");

  private KeyReader() {}

  /** The templates of one key file's content; {@code source} names it in diagnostics. */
  public static List<KeyTemplate> parse(String source, String content, Consumer<Diagnostic> problems) {
    List<KeyTemplate> out = new ArrayList<>();
    Map<Integer, List<String>> slots = null;
    int start = 0;
    int last = -1;
    String[] lines = content.split("\\r?\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith(";")) {
        continue;
      }
      Matcher s = SLOT.matcher(line);
      Matcher c = CONTINUATION.matcher(line);
      if (s.matches()) {
        int n = Integer.parseInt(s.group(1));
        if (n == 0) {
          if (slots != null && out.size() < MAX_TEMPLATES) {
            build(source, start, slots, problems).ifPresent(out::add);
          }
          slots = new LinkedHashMap<>();
          start = i + 1;
        } else if (slots == null) {
          problems.accept(new Diagnostic(source, i + 1, "slot " + n + " before any '0.  MESSAGE: ID'; skipped"));
          continue;
        }
        slots.computeIfAbsent(n, k -> new ArrayList<>()).add(s.group(3).strip());
        last = n;
      } else if (c.matches() && slots != null && last >= 0) {
        slots.get(last).add(c.group(1).strip());
      } else {
        problems.accept(new Diagnostic(source, i + 1, "line '" + line.strip()
            + "' is neither a numbered slot nor an indented filler; skipped"));
      }
    }
    if (slots != null && out.size() < MAX_TEMPLATES) {
      build(source, start, slots, problems).ifPresent(out::add);
    }
    return out;
  }

  private static java.util.Optional<KeyTemplate> build(String source, int line,
      Map<Integer, List<String>> slots, Consumer<Diagnostic> problems) {
    String idValue = slots.getOrDefault(0, List.of("")).get(0);
    String id = idValue.split("\\s+")[0].toUpperCase(Locale.ROOT);
    if (id.isEmpty()) {
      problems.accept(new Diagnostic(source, line, "template without a message id; skipped"));
      return java.util.Optional.empty();
    }
    String template = slots.getOrDefault(1, List.of("*")).get(0);
    if (template.startsWith("*")) {
      return java.util.Optional.of(new KeyTemplate(id, line, true, false, List.of(), List.of(), Map.of()));
    }
    boolean optional = template.toUpperCase(Locale.ROOT).contains("OPTIONAL");
    Map<Role, List<GoldEntity>> roles = new EnumMap<>(Role.class);
    for (int slot : new int[] {6, 9, 10, 12, 18, 19}) {
      for (String v : slots.getOrDefault(slot, List.of())) {
        Fillers f = Fillers.parse(v);
        if (!f.strings().isEmpty()) {
          roles.computeIfAbsent(Role.ofSlot(slot), k -> new ArrayList<>())
              .add(new GoldEntity(f.strings(), optional || f.optional()));
        }
      }
    }
    return java.util.Optional.of(new KeyTemplate(id, line, false, optional,
        words(slots.get(4)), words(slots.get(5)), roles));
  }

  private static List<String> words(List<String> values) {
    return values == null || values.isEmpty() ? List.of() : Fillers.parse(values.get(0)).words();
  }
}
