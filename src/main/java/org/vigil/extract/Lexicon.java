package org.vigil.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.vigil.text.PhraseTrie;

/**
 * Trigger words and cues, read from {@code lexicon.tsv}. Immutable after loading;
 * thread-safe.
 */
final class Lexicon {

  static final String RESOURCE = "/org/vigil/extract/lexicon.tsv";

  private final PhraseTrie<Cue> trie;

  private Lexicon(PhraseTrie<Cue> trie) {
    this.trie = trie;
  }

  PhraseTrie<Cue> trie() {
    return trie;
  }

  static Lexicon bundled() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("lexicon missing from the classpath: " + RESOURCE);
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** @throws IllegalArgumentException naming the line of a malformed entry */
  static Lexicon parse(String name, String content) {
    PhraseTrie<Cue> trie = new PhraseTrie<>();
    String[] lines = content.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException(name + ":" + (i + 1)
            + ": expected 3 tab-separated fields (category, label, phrases), found " + f.length);
      }
      Cue cue = new Cue(f[0].strip(), f[1].strip());
      for (String phrase : f[2].split("\\|")) {
        if (!phrase.isBlank()) {
          trie.add(phrase.strip(), cue);
        }
      }
    }
    return new Lexicon(trie);
  }
}
