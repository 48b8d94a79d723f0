package org.vigil.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.stix.StixObject;
import org.vigil.store.Ownership;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;

/**
 * A partner's STIX {@code report} as a report of the knowledge base: one row per report id, with
 * the title ({@code name}, unless that is only the report's id), the date it was published, the
 * outlet and URL of its first external reference, and as text its {@code description} (often
 * none). Such a report is never extracted again ({@link StoredReport#shared}). Stateless.
 */
final class PartnerReports {

  /** The outlet Vigil writes when a report names none. */
  static final String NO_OUTLET = "news report";

  private PartnerReports() {}

  /** The row of the report, made on first sight; whether it was made now. */
  record Row(long id, boolean created) {}

  /** @param label the owner and marking of the report (the organisation that shared it, its TLP) */
  static Row rowOf(Store store, StixObject report, Ownership label) {
    String hash = StoredReport.SHARED + report.id();
    Optional<Long> known = store.reports().idByHash(hash, label);
    if (known.isPresent()) {
      return new Row(known.get(), false);
    }
    JsonNode ref = report.get("external_references").map(r -> r.path(0)).orElse(MissingNode.getInstance());
    String extId = text(ref, "external_id") != null ? text(ref, "external_id") : report.id();
    String name = report.text("name").orElse(null);
    String outlet = text(ref, "source_name");
    String published = report.text("published").map(p -> p.length() >= 10 ? p.substring(0, 10) : p).orElse(null);
    long id = store.reports().insert(new StoredReport(0, extId, hash, "", null, extId.equals(name) ? null : name,
        published, NO_OUTLET.equals(outlet) ? null : outlet, text(ref, "url"), hash,
        report.text("description").orElse(""), label), new long[0]);
    return new Row(id, true);
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
  }
}
