package org.vigil.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.vigil.extract.Extraction;

/**
 * An {@link IncidentSource} over extractions made just now, all stamped with one instant. It
 * returns every object and leaves the filtering to {@link StixExporter}, which then also knows
 * which references to drop. A report whose extraction cannot be mapped is reported and left
 * out; the others are still exported.
 */
public final class ExtractionSource implements IncidentSource {

  private final List<Extraction> extractions;
  private final StixMapper mapper;
  private final Instant now;
  private final Consumer<String> problems;

  /** A source that fails on a report it cannot map. */
  public ExtractionSource(List<Extraction> extractions, StixMapper mapper, Instant now) {
    this(extractions, mapper, now, p -> {
      throw new IllegalArgumentException(p);
    });
  }

  /**
   * A source that tells {@code problems} of a report it cannot map ("report R: cannot be
   * mapped: reason") and goes on with the others.
   */
  public ExtractionSource(List<Extraction> extractions, StixMapper mapper, Instant now, Consumer<String> problems) {
    this.extractions = List.copyOf(extractions);
    this.mapper = mapper;
    this.now = now;
    this.problems = problems;
  }

  @Override
  public List<StixObject> objects(ExportQuery query) {
    List<StixObject> out = new ArrayList<>();
    for (Extraction x : extractions) {
      try {
        out.addAll(mapper.map(x, now));
      } catch (IllegalArgumentException e) {
        problems.accept("report " + x.report().id() + ": cannot be mapped to STIX: " + e.getMessage());
      }
    }
    return out;
  }
}
