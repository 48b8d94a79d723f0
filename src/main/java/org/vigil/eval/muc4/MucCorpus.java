package org.vigil.eval.muc4;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigil.eval.Diagnostic;
import org.vigil.eval.GoldEntity;
import org.vigil.eval.Text;

/**
 * MUC-4 messages with their answer keys, read from a file or a directory searched recursively
 * for message files ({@code dev-muc3-*}, {@code tst*-muc*}) and keys ({@code key-*}). Only
 * messages that have a key are kept; the others are diagnostics. Immutable.
 *
 * @param messages the messages, by id order
 * @param keys each message's templates, by message id
 */
public record MucCorpus(List<MucMessage> messages, Map<String, List<KeyTemplate>> keys) {

  public MucCorpus {
    messages = List.copyOf(messages);
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
  }

  /** Reads the corpus at {@code gold}; @throws IOException when it cannot be listed or read */
  public static MucCorpus read(Path gold, Consumer<Diagnostic> problems) throws IOException {
    Map<String, MucMessage> messages = new TreeMap<>();
    Map<String, List<KeyTemplate>> keys = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.isDirectory(gold) ? Files.walk(gold) : Stream.of(gold)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.startsWith("key-")) {
        String content = Files.readString(f, StandardCharsets.ISO_8859_1);
        for (KeyTemplate t : KeyReader.parse(f.toString(), content, problems)) {
          keys.computeIfAbsent(t.messageId(), k -> new ArrayList<>()).add(t);
        }
      } else if (name.matches("(dev|tst\\d+)-muc\\d+.*")) {
        for (MucMessage m : MessageReader.parse(Files.readString(f, StandardCharsets.ISO_8859_1))) {
          messages.put(m.id(), m);
        }
      }
    }
    List<MucMessage> scored = new ArrayList<>();
    for (MucMessage m : messages.values()) {
      if (keys.containsKey(m.id())) {
        scored.add(m);
      } else {
        problems.accept(new Diagnostic(gold.toString(), 0, "message " + m.id() + " has no key; not scored"));
      }
    }
    return new MucCorpus(scored, keys);
  }

  /** The templates of a message that code an incident (not the irrelevant-message template). */
  public List<KeyTemplate> incidents(MucMessage m) {
    return keys.getOrDefault(m.id(), List.of()).stream().filter(t -> !t.empty()).toList();
  }

  /** Each message with its templates, in id order. */
  public List<Entry> entries() {
    return messages.stream().map(m -> new Entry(m, keys.get(m.id()))).toList();
  }

  /** A message and its key's templates (one empty template for an irrelevant message). */
  public record Entry(MucMessage message, List<KeyTemplate> templates) {

    public Entry {
      templates = List.copyOf(templates);
    }

    /** The templates that code an incident. */
    public List<KeyTemplate> incidents() {
      return templates.stream().filter(t -> !t.empty()).toList();
    }

    /**
     * The gold entities of each role as scored: over all templates, keeping the mentions that
     * occur in the message (as in GRIT's data).
     */
    public Map<Role, List<GoldEntity>> gold() {
      String text = " " + Text.normalize(message.text()) + " ";
      Map<Role, List<GoldEntity>> out = new EnumMap<>(Role.class);
      for (Role r : Role.values()) {
        out.put(r, Muc4Evaluator.inText(Muc4Evaluator.merged(incidents(), r), text));
      }
      return out;
    }
  }
}
