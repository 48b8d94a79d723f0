package org.vigil.extract;

import java.util.List;

/** Everything extracted from one report. */
public record Extraction(ReportInfo report, List<Incident> incidents, List<Entity> entities,
    List<Relation> relations) {

  public Extraction {
    incidents = List.copyOf(incidents);
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
  }
}
