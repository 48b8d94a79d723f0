package org.vigil.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.extract.Extraction;

/**
 * An {@link IncidentSource} over extractions made just now, all stamped with one instant. It
 * returns every object and leaves the filtering to {@link StixExporter}, which then also knows
 * which references to drop.
 */
public final class ExtractionSource implements IncidentSource {

  private final List<Extraction> extractions;
  private final StixMapper mapper;
  private final Instant now;

  public ExtractionSource(List<Extraction> extractions, StixMapper mapper, Instant now) {
    this.extractions = List.copyOf(extractions);
    this.mapper = mapper;
    this.now = now;
  }

  @Override
  public List<StixObject> objects(ExportQuery query) {
    List<StixObject> out = new ArrayList<>();
    for (Extraction x : extractions) {
      out.addAll(mapper.map(x, now));
    }
    return out;
  }
}
