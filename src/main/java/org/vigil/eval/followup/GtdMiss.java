package org.vigil.eval.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.eval.gtd.GtdRecord;
import org.vigil.merge.IncidentMerger;
import org.vigil.merge.Match;
import org.vigil.merge.MergeWords;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/**
 * Writes why a GTD summary did not join its record, for error analysis: what the summary's
 * incident says, what its record says, the other reports its incident holds, how the summary
 * scores against its record, and its best matches in the final store. The store is read as it
 * stands after the run, so scores can differ from those at the time the summary came in. Not
 * thread-safe.
 */
final class GtdMiss {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final IncidentMerger merger;
  private final PrintWriter out;

  GtdMiss(Store store, IncidentMerger merger, PrintWriter out) {
    this.store = store;
    this.merger = merger;
    this.out = out;
  }

  /** One block for a summary whose news incident {@code news} (if any) did not join record {@code r}. */
  void write(GtdRecord r, String outcome, Optional<SourceRow> news) {
    out.println(r.id() + "\t" + outcome);
    out.println("  summary: " + r.text().replaceAll("\\s+", " "));
    Optional<SourceRow> own = store.sources().ofDatasetRecord("gtd", r.id());
    own.ifPresent(s -> out.println("  record:  " + facts(parse(s.valuesJson()))));
    if (news.isPresent()) {
      ObjectNode values = parse(news.get().valuesJson());
      out.println("  news:    " + facts(values));
      out.println("  placed:  " + MergeWords.of(parse(news.get().explanation())));
      store.sources().ofIncident(Viewer.OPERATOR, news.get().incidentId()).stream()
          .filter(s -> s.id() != news.get().id() && s.dataset() == null)
          .forEach(s -> out.println("  with:    " + facts(parse(s.valuesJson()))));
      own.ifPresent(s -> out.println("  vs own:  " + merger.explainWith(values, StoreRun.LABEL, s.incidentId())));
      List<Match> best = merger.ranked(values, StoreRun.LABEL, Set.of(news.get().incidentId()), null, 3);
      best.forEach(m -> out.println("  best:    incident " + m.incidentId() + " " + records(m.incidentId())
          + ": " + words(m)));
    }
    out.flush();
  }

  private List<String> records(long incidentId) {
    return store.sources().ofIncident(Viewer.OPERATOR, incidentId).stream().filter(s -> "gtd".equals(s.dataset()))
        .map(SourceRow::datasetRef).toList();
  }

  private static String words(Match m) {
    return MergeWords.of(m.explanation()) + " [evidence " + m.evidence() + "]";
  }

  /** An incident on one line: type, status, date, place, group, toll, targets. */
  static String facts(JsonNode i) {
    JsonNode loc = i.path("location");
    StringBuilder b = new StringBuilder();
    b.append(i.path("type").asText()).append('/').append(i.path("status").asText());
    b.append(" date=").append(i.path("date").path("value").asText("-")).append('(')
        .append(i.path("date").path("precision").asText("")).append(i.path("date").hasNonNull("text") ? ",words" : "")
        .append(')');
    b.append(" place=").append(loc.path("name").asText("-")).append('(').append(loc.path("precision").asText(""))
        .append(") city=").append(loc.path("city").asText("-")).append(" admin1=").append(loc.path("admin1").asText("-"))
        .append(" cc=").append(loc.path("countryCode").asText("-")).append(" site=").append(loc.path("site").asText("-"));
    b.append(" group=");
    i.path("perpetrators").forEach(p -> b.append(p.path("group").asText(p.path("mention").asText())).append(';'));
    JsonNode c = i.path("casualties");
    b.append(" killed=").append(c.path("killed").path("value").asText("-"))
        .append(" wounded=").append(c.path("wounded").path("value").asText("-"));
    b.append(" targets=");
    i.path("targets").forEach(t -> b.append(t.path("type").asText()).append(':').append(t.path("text").asText())
        .append(';'));
    return b.toString();
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
