package org.vigil.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vigil.dataset.DatasetImporter;
import org.vigil.geo.Gazetteer;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.stix.Tlp;
import org.vigil.store.Ownership;
import org.vigil.store.Viewer;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;

/** What the merge tests share: a report as one line of JSON, a GTD record's source, and the incidents a store holds. */
final class StoredReports {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredReports() {}

  /** One report line for {@code KnowledgeBase.ingest}, from the test wire. */
  static String report(String id, String published, String text) {
    return JSON.createObjectNode().put("id", id).put("published", published).put("source", "Test Wire")
        .put("text", text).toString();
  }

  /** The source of GTD record {@code ref}, marked TLP:GREEN. */
  static IncidentMerger.Source record(String ref) {
    return new IncidentMerger.Source(null, "gtd", ref, 0, false, true, null, Ownership.instance(Tlp.GREEN));
  }

  /** Up to 100 stored incidents, as an operator sees them. */
  static List<IncidentRow> incidents(Store store) {
    return store.incidents().query(Viewer.OPERATOR, IncidentFilter.all(), 100, 0);
  }

  /** The columns of the GTD records the tests write. */
  static final String GTD_HEADER = "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,"
      + "attacktype1_txt,targtype1_txt,target1,corp1,gname,nkill,nwound,success,claimed\r\n";

  /** Imports GTD {@code rows} (after {@link #GTD_HEADER}) from a CSV file written in {@code dir}. */
  static void importGtd(Store store, Path dir, String rows) throws IOException {
    Path csv = Files.writeString(dir.resolve("records.csv"), GTD_HEADER + rows);
    new DatasetImporter(store, new IncidentMerger(store, KnowledgeBase.REGISTRIES.groups(), MergeRules.defaults()),
        Gazetteer.loadDefault(), KnowledgeBase.REGISTRIES.groups(), 10)
        .run(csv, DatasetImporter.Format.GTD, Ownership.instance(Tlp.GREEN), line -> { });
  }

  /** The dataset refs of the records that the incident holding the store's one report also holds. */
  static List<String> recordsBesideReport(Store store) {
    for (IncidentRow i : incidents(store)) {
      List<SourceRow> sources = store.sources().ofIncident(Viewer.OPERATOR, i.id());
      if (sources.stream().anyMatch(s -> s.dataset() == null)) {
        return sources.stream().filter(s -> s.dataset() != null).map(SourceRow::datasetRef).toList();
      }
    }
    throw new AssertionError("no incident holds the report");
  }
}
