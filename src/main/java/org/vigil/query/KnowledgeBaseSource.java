package org.vigil.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vigil.extract.Incident;
import org.vigil.extract.ReportInfo;
import org.vigil.stix.ExportQuery;
import org.vigil.stix.IncidentSource;
import org.vigil.stix.SameIds;
import org.vigil.stix.StixMapper;
import org.vigil.stix.StixObject;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;

/**
 * The knowledge base's incidents as STIX: each incident's record (reviews applied) mapped with
 * its source reports. Ids come from the mapper's {@code StixIds} (the store's, so they are made
 * once and kept); {@code created} and {@code modified} from the store's version stamps, so that
 * an object keeps its {@code created} and changes {@code modified} only when its content did
 * (objects new or changed now are stamped {@code now}). An incident that cannot be mapped (no
 * source report, an unreadable record) is reported and left out. Not thread-safe (it reads the
 * store).
 */
public final class KnowledgeBaseSource implements IncidentSource {

  /** Incidents read per query. */
  static final int PAGE = 500;

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Store store;
  private final StixMapper mapper;
  private final Instant now;
  private final Consumer<String> problems;
  private int withheld;

  public KnowledgeBaseSource(Store store, StixMapper mapper, Instant now, Consumer<String> problems) {
    this.store = store;
    this.mapper = mapper;
    this.now = now;
    this.problems = problems;
  }

  /** The producer's identity, stamped like the objects. */
  public StixObject producer() {
    return store.stixVersions().stamp(mapper.producer(now));
  }

  @Override
  public List<StixObject> objects(ExportQuery query) {
    withheld = 0;
    List<StixObject> out = new ArrayList<>();
    for (StixObject o : SameIds.merge(mapped())) {
      out.add(store.stixVersions().stamp(o));
    }
    return out;
  }

  private List<StixObject> mapped() {
    List<StixObject> out = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<IncidentRow> rows = store.incidents().query(IncidentFilter.all(), PAGE, offset);
      for (IncidentRow row : rows) {
        try {
          Incident i = JSON.readValue(row.recordJson(), Incident.class);
          List<SourceRow> sources = store.sources().ofIncident(row.id());
          Map<Long, ReportInfo> reports = reports(sources);
          SharingTerms terms = SharingTerms.of(store, mapper, row, sources, reports);
          if (terms.withheld()) {
            withheld++;
            continue;
          }
          out.addAll(mapper.mapStored(row.id(), i, List.copyOf(new LinkedHashSet<>(reports.values())), now,
              terms.marking(), terms.extras()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
          problems.accept("incident " + row.id() + ": cannot be mapped to STIX: " + e.getMessage());
        }
      }
      if (rows.size() < PAGE) {
        return out;
      }
    }
  }

  /**
   * How many incidents the last {@link #objects} left out because they hold a partner's
   * intelligence marked above TLP:GREEN, which may not be passed on.
   */
  public int withheld() {
    return withheld;
  }

  /** The source reports, by report row id, in the order of the sources (each report once). */
  private Map<Long, ReportInfo> reports(List<SourceRow> sources) {
    Map<Long, ReportInfo> out = new LinkedHashMap<>();
    for (SourceRow s : sources) {
      if (s.reportId() != null && !out.containsKey(s.reportId())) {
        store.reports().byId(s.reportId()).ifPresent(r -> {
          ReportInfo info = new ReportInfo(r.extId(), r.title(), r.published(), r.source(), r.url());
          if (!out.containsValue(info)) {
            out.put(r.id(), info);
          }
        });
      }
    }
    return out;
  }
}
