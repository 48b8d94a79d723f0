package org.vigil.train;

import java.io.IOException;
import java.util.function.Consumer;
import org.vigil.extract.Extractor;

/**
 * Gold data that labels the engine's candidate incidents as real or not. A candidate the gold
 * says nothing certain about is left out rather than guessed.
 */
public interface CandidateSource {

  /** The gold set's name, for the model card. */
  String name();

  /**
   * Runs {@code engine} (which should keep every candidate) over the gold documents and gives
   * each labelled candidate to {@code out}.
   *
   * @throws IOException when the gold cannot be read
   */
  void label(Extractor engine, Consumer<LabelledCandidate> out) throws IOException;
}
