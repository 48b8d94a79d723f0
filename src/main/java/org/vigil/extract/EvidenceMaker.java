package org.vigil.extract;

import org.vigil.report.Report;
import org.vigil.text.Span;

/** Makes evidence for a report: the words of a span and its offsets in the original document. */
record EvidenceMaker(Report report) {

  Evidence of(String field, Span span) {
    return new Evidence(field, span.start(), span.end(), span.of(report.text()),
        report.origin().toOriginal(span.start()), report.origin().toOriginalEnd(span.end()));
  }
}
