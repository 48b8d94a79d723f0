package org.vigil.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.vigil.extract.Extractor;

/** Scores the engine against one gold layout. Implementations are stateless. */
@FunctionalInterface
public interface Evaluator {

  /**
   * Reads the gold at {@code gold}, runs {@code engine} on the chosen documents' texts and
   * compares. Bad records in the gold are diagnostics in the result, not failures.
   *
   * @throws IOException when the gold cannot be read at all
   */
  EvalResult evaluate(Path gold, Extractor engine, Sample sample) throws IOException;
}
