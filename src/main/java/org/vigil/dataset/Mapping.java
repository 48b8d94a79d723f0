package org.vigil.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** How one dataset's CSV rows become incidents. */
interface Mapping {

  /** The dataset's name as stored with its sources ("gtd", "acled"). */
  String dataset();

  /** Columns a file must have. */
  List<String> required();

  /** The column holding the record id. */
  String idColumn();

  /**
   * The incident of one row (columns by header name).
   *
   * @throws IllegalArgumentException naming the column, the value and what was expected
   */
  ObjectNode map(Map<String, String> row, IncidentJson json);
}
