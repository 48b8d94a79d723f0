package org.vigil.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.Incoming;
import org.vigil.report.Report;
import org.vigil.store.Ownership;

/**
 * A report read, with what is worked out before its batch's transaction ({@link #prepare}):
 * fingerprints, the engine's outcome and the incidents read for merging. Prepared on a worker
 * thread, then handed to the writer (through a future, which publishes the fields).
 */
final class PendingReport {

  final Report report;
  final String origin;
  final Ownership label;
  String hash = "";
  int[] minhash = new int[0];
  String minhashHex = "";
  long[] bandKeys = new long[0];
  /** The engine's outcome: given when the report was extracted beforehand, else computed by {@link #prepare}. */
  @Nullable ExtractionOutcome outcome;
  /** The incidents of a successful extraction, read for merging in their order. */
  List<Incoming> incidents = List.of();

  PendingReport(Report report, String origin, Ownership label, @Nullable ExtractionOutcome outcome) {
    this.report = report;
    this.origin = origin;
    this.label = label;
    this.outcome = outcome;
  }

  /** Computes the fingerprints, runs the engine unless it ran before (a failure is kept, never thrown), reads the incidents. */
  void prepare(Extractor extractor, IncidentMerger merger) {
    String norm = Fingerprints.normalise(report.text());
    hash = Fingerprints.contentHash(norm);
    minhash = Fingerprints.minHash(norm);
    minhashHex = Fingerprints.encode(minhash);
    bandKeys = Fingerprints.bandKeys(minhash);
    ExtractionOutcome o = outcome != null ? outcome : extractor.attempt(report);
    outcome = o;
    if (!o.failed()) {
      incidents = ReportIncidents.read(merger, o.extraction(), label);
    }
  }
}
