package org.vigil.eval.followup;

import java.io.PrintWriter;
import java.io.Writer;
import org.vigil.extract.Extractor;
import org.vigil.ingest.IngestSettings;
import org.vigil.ingest.Ingester;
import org.vigil.ingest.Progress;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.MergeRules;
import org.vigil.registry.Registries;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.Store;

/** A store being filled for a measure, and what fills it as {@code vigil ingest} and {@code import-dataset} would. */
record StoreRun(Store store, Extractor engine, Registries registries, MergeRules rules) {

  /** What a measure ingests and imports is the instance's own intake, at the default marking. */
  static final Ownership LABEL = Ownership.instance(Tlp.GREEN);

  IncidentMerger merger() {
    return new IncidentMerger(store, registries.groups(), rules);
  }

  /** An ingester with default settings that prints nothing. */
  Ingester ingester(IncidentMerger merger) {
    return new Ingester(store, engine, merger, registries.groups(), IngestSettings.defaults(),
        new Progress(new PrintWriter(Writer.nullWriter()), false, 3600), line -> { });
  }
}
