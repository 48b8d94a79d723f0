package org.vigil.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigil.store.Viewer;
import org.vigil.registry.Registries;
import org.vigil.store.SourceRow;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil search "QUERY"}: reports whose text has all the words, best first, with their incidents. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search over stored reports; prints each report with its incidents.")
final class SearchCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec CommandSpec spec;
  @Parameters(index = "0", paramLabel = "QUERY", description = "Words to find (all of them).") String query;
  @Option(names = "--limit", defaultValue = "20", description = "Most reports to return, 1 to 1000 (default: ${DEFAULT-VALUE}).") int limit;
  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).") Format format;
  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 1000) {
      throw new UserError("--limit " + limit + " is outside 1..1000");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.openExisting(storeOptions.settings(), Registries.bundled())) {
      ArrayNode results = ExtractionWriter.JSON.createArrayNode();
      for (StoredReport r : store.reports().search(Viewer.OPERATOR, query, limit)) {
        ObjectNode o = results.addObject();
        o.put("report", r.extId());
        o.put("title", r.title());
        o.put("published", r.published());
        o.put("outlet", r.source());
        o.put("origin", r.origin());
        o.put("snippet", r.text().length() > 200 ? r.text().substring(0, 200) + "..." : r.text());
        ArrayNode incidents = o.putArray("incidents");
        for (SourceRow s : store.sources().ofReport(Viewer.OPERATOR, r.id())) {
          store.incidents().byId(Viewer.OPERATOR, s.incidentId()).ifPresent(i -> incidents.addObject().put("id", i.id())
              .put("type", i.type()).put("date", i.dateValue()).put("place", i.place())
              .put("country", i.countryCode()).put("background", s.background()));
        }
      }
      if (format == Format.json) {
        out.println(results.toPrettyString());
      } else {
        for (var r : results) {
          out.println(r.get("report").asText() + (r.path("published").isNull() ? "" : " (" + r.get("published").asText() + ")")
              + " " + r.get("origin").asText());
          for (var i : r.get("incidents")) {
            out.println("  incident #" + i.get("id").asLong() + " " + i.get("type").asText() + " "
                + i.path("date").asText("") + " " + i.path("place").asText("") + " " + i.path("country").asText("")
                + (i.get("background").asBoolean() ? " (background)" : ""));
          }
        }
        if (results.isEmpty()) {
          out.println("no report matches '" + query + "'");
        }
      }
    }
    out.flush();
    return 0;
  }
}
