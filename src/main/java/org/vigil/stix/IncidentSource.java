package org.vigil.stix;

import java.util.List;

/**
 * Where the objects to export come from: the reports given on the command line, extracted and
 * mapped ({@link ExtractionSource}), or the knowledge base's incidents
 * ({@code org.vigil.query.KnowledgeBaseSource}). {@link StixExporter} applies them again, and
 * drops references to the objects it sees and leaves out for their marking; a source that
 * leaves such objects out itself must also leave out the references to them (relationships,
 * {@code object_refs}), so that nobody learns an object exists above their level.
 */
@FunctionalInterface
public interface IncidentSource {

  /**
   * The incidents and everything they refer to (groups, agencies, places, reports,
   * relationships) that match the query, as STIX objects; an object may appear more than once,
   * and objects that do not match may be returned too.
   */
  List<StixObject> objects(ExportQuery query);
}
