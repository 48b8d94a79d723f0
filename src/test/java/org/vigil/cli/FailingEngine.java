package org.vigil.cli;

import org.vigil.extract.Extractor;
import org.vigil.geo.Geocoder;
import org.vigil.registry.Registries;
import picocli.CommandLine;

/**
 * The {@code vigil} command with an engine that fails on every report whose text contains
 * {@link #MARK}, as a bug met by one text would: the rest of each batch must go on; and that
 * works a minute on one containing {@link #SLOW} (unless interrupted), as a pathological text
 * could.
 */
final class FailingEngine {

  static final String MARK = "FAIL-HERE";
  static final String SLOW = "SLOW-HERE";

  private FailingEngine() {}

  /** Picocli's factory, with the failing engine in place of the real one. */
  static CommandLine.IFactory factory() {
    return new CommandLine.IFactory() {
      @Override
      @SuppressWarnings("unchecked")
      public <K> K create(Class<K> cls) throws Exception {
        return cls == EngineOptions.class ? (K) new Options() : CommandLine.defaultFactory().create(cls);
      }
    };
  }

  /** A geocoder that throws on the marked texts and defers to the real one otherwise. */
  static Geocoder failingOn(Geocoder real) {
    return (text, context) -> {
      if (text.contains(MARK)) {
        throw new IllegalStateException("injected failure for the test");
      }
      if (text.contains(SLOW)) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // the engine notices at its next check
        }
      }
      return real.resolve(text, context);
    };
  }

  private static final class Options extends EngineOptions {
    @Override
    Extractor engine(Registries registries, Geocoder geocoder) {
      return Extractor.create(registries, failingOn(geocoder));
    }
  }
}
