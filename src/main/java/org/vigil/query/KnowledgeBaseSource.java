package org.vigil.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigil.extract.Incident;
import org.vigil.extract.ReportInfo;
import org.vigil.merge.IncidentMerger;
import org.vigil.stix.ExportQuery;
import org.vigil.stix.IncidentSource;
import org.vigil.stix.SameIds;
import org.vigil.stix.StixMapper;
import org.vigil.stix.StixObject;
import org.vigil.stix.Tlp;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * The knowledge base's incidents as STIX: each incident's record (reviews applied) mapped with
 * its source reports, each marked with its own marking (never lower than a floor). Either as a
 * reader reads them ({@link #read}) or as an organisation publishes them under its name
 * ({@link #published}: only what it owns). Ids come from the mapper's {@code StixIds} (the store's,
 * so they are made once and kept); {@code created} and {@code modified} from the store's version
 * stamps, so that an object keeps its {@code created} and changes {@code modified} only when its
 * content did (objects new or changed now are stamped {@code now}). An incident that holds a
 * partner's intelligence above TLP:GREEN is withheld ({@link SharingTerms}). An incident that
 * cannot be mapped (no source report, an unreadable record) is reported and left out. Not
 * thread-safe (it reads the store).
 */
public final class KnowledgeBaseSource implements IncidentSource {

  /** Incidents read per query. */
  static final int PAGE = 500;

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Store store;
  private final Viewer viewer;
  private final Function<IncidentRow, Optional<IncidentRow>> shown;
  private final Function<Long, List<SourceRow>> cited;
  private final Predicate<Long> withReviews;
  private final StixMapper mapper;
  private final Instant now;
  private final Tlp floor;
  private final Consumer<String> problems;
  private int withheld;

  /**
   * @param viewer whose incidents are listed
   * @param shown how each is shown, if at all
   * @param cited the sources of an incident whose reports are cited
   * @param withReviews whether an incident's reviews go with it
   */
  private KnowledgeBaseSource(Store store, Viewer viewer, Function<IncidentRow, Optional<IncidentRow>> shown,
      Function<Long, List<SourceRow>> cited, Predicate<Long> withReviews, StixMapper mapper, Instant now, Tlp floor,
      Consumer<String> problems) {
    this.store = store;
    this.viewer = viewer;
    this.shown = shown;
    this.cited = cited;
    this.withReviews = withReviews;
    this.mapper = mapper;
    this.now = now;
    this.floor = floor;
    this.problems = problems;
  }

  /**
   * The incidents {@code viewer} reads, as it reads them.
   *
   * @param floor the least restricted marking an object gets (an incident's own may be higher)
   */
  public static KnowledgeBaseSource read(Store store, Viewer viewer, StixMapper mapper, Instant now, Tlp floor,
      Consumer<String> problems) {
    return new KnowledgeBaseSource(store, viewer, Optional::of, id -> store.sources().ofIncident(viewer, id),
        id -> store.incidents().readsReviews(viewer, id), mapper, now, floor, problems);
  }

  /**
   * The incidents organisation {@code org} publishes under its name: of each incident it reads,
   * what it owns ({@link IncidentMerger#published}); incidents it owns nothing of are left out.
   */
  public static KnowledgeBaseSource published(Store store, IncidentMerger merger, long org, StixMapper mapper,
      Instant now, Tlp floor, Consumer<String> problems) {
    return new KnowledgeBaseSource(store, Viewer.of(org), row -> merger.published(row.id(), org),
        id -> own(store, org, id), id -> own(store, org, id).size()
            == store.sources().ofIncident(Viewer.OPERATOR, id).size(), mapper, now, floor, problems);
  }

  private static List<SourceRow> own(Store store, long org, long incident) {
    return store.sources().ofIncident(Viewer.of(org), incident).stream().filter(s -> s.ownership().ownedBy(org))
        .toList();
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

  /**
   * How many incidents the last {@link #objects} left out because they hold a partner's
   * intelligence marked above TLP:GREEN, which may not be passed on.
   */
  public int withheld() {
    return withheld;
  }

  private List<StixObject> mapped() {
    List<StixObject> out = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<IncidentRow> rows = store.incidents().query(viewer, IncidentFilter.all(), PAGE, offset);
      for (IncidentRow row : rows) {
        shown.apply(row).ifPresent(r -> map(r, out));
      }
      if (rows.size() < PAGE) {
        return out;
      }
    }
  }

  private void map(IncidentRow row, List<StixObject> out) {
    try {
      JsonNode record = JSON.readTree(row.recordJson());
      Incident i = JSON.treeToValue(record, Incident.class);
      List<SourceRow> sources = cited.apply(row.id());
      Map<Long, ReportInfo> reports = reports(sources);
      SharingTerms terms = SharingTerms.of(store, mapper, row, record, sources, reports,
          withReviews.test(row.id()));
      if (terms.withheld()) {
        withheld++;
        return;
      }
      Tlp marking = highest(highest(terms.marking(), row.ownership().tlp()), floor);
      out.addAll(mapper.mapStored(row.id(), i, List.copyOf(new LinkedHashSet<>(reports.values())), now, marking,
          terms.extras()));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      problems.accept("incident " + row.id() + ": cannot be mapped to STIX: " + e.getMessage());
    }
  }

  private static Tlp highest(Tlp a, Tlp b) {
    return a.above(b) ? a : b;
  }

  /** The source reports, by report row id, in the order of the sources (each report once). */
  private Map<Long, ReportInfo> reports(List<SourceRow> sources) {
    Map<Long, ReportInfo> out = new LinkedHashMap<>();
    for (SourceRow s : sources) {
      if (s.reportId() != null && !out.containsKey(s.reportId())) {
        store.reports().byId(viewer, s.reportId()).ifPresent(r -> {
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
