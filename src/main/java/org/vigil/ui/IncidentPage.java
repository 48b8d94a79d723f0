package org.vigil.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vigil.merge.MergeWords;
import org.vigil.query.IncidentViews;
import org.vigil.review.ReviewField;
import org.vigil.store.AuditEntry;
import org.vigil.store.GroupRow;
import org.vigil.store.IncidentRow;
import org.vigil.store.Review;
import org.vigil.store.SharedOrigin;
import org.vigil.store.SourceRow;
import org.vigil.stix.Tlp;
import org.vigil.store.Store;
import org.vigil.store.StoredReport;
import org.vigil.store.Viewer;
import org.jspecify.annotations.Nullable;
import org.vigil.access.Principal;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/incidents/{id}}, as the user's organisation reads the incident: each reviewable
 * field with the chosen value and the value of each source it reads, review buttons (reviews of
 * an incident another organisation owns are proposals to it), each casualty figure's history,
 * related and merged incidents ({@link IncidentStory}), the sources' texts with their evidence
 * marked and why each was merged (in words), the TLP marking, the proposals, and the history of
 * reviews (from the audit log; shown where the reviews are). The id of an incident merged into
 * another it reads redirects to that one.
 */
final class IncidentPage {

  private final SharedStore store;
  private final UiSettings settings;
  private final Names names;
  private final ObjectMapper json;

  IncidentPage(SharedStore store, UiSettings settings, Names names, ObjectMapper json) {
    this.store = store;
    this.settings = settings;
    this.names = names;
    this.json = json;
  }

  void show(Context ctx) {
    long id = id(ctx);
    Sessions.Session session = UiAuth.session(ctx);
    Viewer viewer = session.user().viewer();
    Optional<Long> mergedInto = store.read(s -> s.incidents().byId(viewer, id).isPresent() ? Optional.<Long>empty()
        : s.links().mergedInto(viewer, id));
    if (mergedInto.isPresent()) {
      ctx.redirect("/ui/incidents/" + mergedInto.get()); // an old link to an incident merged into another
      return;
    }
    String body = store.read(s -> render(s, session.user(), id, session.csrf(), null));
    ctx.html(Layout.page("Incident " + id, "", session.user(), session.csrf(), "", body));
  }

  /** The incident's page again, status 400, with a refused correction's message on its form. */
  void refused(Context ctx, long id, ReviewForm.Refusal refusal) {
    Sessions.Session session = UiAuth.session(ctx);
    String body = store.read(s -> render(s, session.user(), id, session.csrf(), refusal));
    ctx.status(400).html(Layout.page("Correction refused · incident " + id, "", session.user(), session.csrf(), "",
        "<p class=\"error\" role=\"alert\">The correction of " + Html.esc(refusal.field()) + " was not saved: "
        + Html.esc(refusal.message()) + " <a href=\"#field-" + Html.esc(refusal.field()) + "\">Back to the field</a></p>"
        + body));
  }

  static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("incident id '" + ctx.pathParam("id") + "' is not a whole number");
    }
  }

  private String render(Store s, Principal user, long id, String csrf, ReviewForm.@Nullable Refusal refused) {
    Viewer viewer = user.viewer();
    IncidentRow row = s.incidents().byId(viewer, id).orElseThrow(() -> HttpProblem.notFound("no incident " + id));
    JsonNode record = read(row.recordJson());
    List<SourceRow> sources = s.sources().ofIncident(viewer, id);
    Map<Long, SharedOrigin> shared = s.sharedOrigins().ofIncident(id).stream()
        .collect(Collectors.toMap(SharedOrigin::sourceId, o -> o, (a, b) -> a));
    boolean readsReviews = s.incidents().readsReviews(viewer, id);
    Map<String, String> reviewed = !readsReviews ? Map.of() : s.reviews().ofIncident(id).stream()
        .collect(Collectors.toMap(Review::field, Review::action, (a, b) -> b));
    boolean owns = row.ownership().ownedBy(user.orgId());
    StringBuilder h = new StringBuilder("<h1>").append(Rows.typeBadge(row.type())).append(' ')
        .append(Html.esc(row.dateValue() == null ? "undated" : row.dateValue())).append(" · ")
        .append(Html.esc(Rows.place(row))).append("</h1><p>").append(Rows.marking(row.ownership().tlp()))
        .append(" <span class=\"muted\" id=\"owner\">").append(Html.esc(ProposalList.owner(s, row.ownership())))
        .append(" · status ").append(Html.esc(row.status()))
        .append(row.backgroundOnly() ? " · background mention only" : "").append(" · ").append(sources.size())
        .append(sources.size() == 1 ? " source" : " sources");
    if (row.groupId() != null) {
      Optional<GroupRow> kept = s.groups().byId(row.groupId()).map(GroupRow::mergedInto)
          .flatMap(m -> s.groups().byId(m));
      String group = kept.map(GroupRow::id).orElse(row.groupId());
      h.append(" · ").append(Html.link("/ui/groups/" + Html.url(group), kept.map(GroupRow::name)
          .orElse(names.group(row.groupId()))));
      kept.ifPresent(k -> h.append(" (reported as ").append(Html.esc(names.group(row.groupId())))
          .append(", merged by an analyst)"));
    }
    h.append("</span></p><section class=\"card\"><h2>Fields</h2><div class=\"scroll\"><table class=\"fields\"><thead>"
        + "<tr><th scope=\"col\">Field</th><th scope=\"col\">Chosen</th>");
    List<JsonNode> given = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      h.append("<th scope=\"col\">Source ").append(i + 1).append("</th>");
      given.add(read(sources.get(i).valuesJson()));
    }
    h.append("<th scope=\"col\">Review</th></tr></thead><tbody>");
    for (ReviewField f : ReviewField.values()) {
      String chosen = Values.shown(f.read(record));
      h.append("<tr id=\"field-").append(f.label()).append("\"><th scope=\"row\">").append(Html.esc(f.label()))
          .append("</th><td data-label=\"Chosen\" class=\"chosen\" data-field=\"").append(f.label()).append("\">")
          .append(Html.esc(chosen));
      String r = reviewed.get(f.label());
      if (r != null) {
        h.append(" <span class=\"muted\">(").append(Html.esc(r.equals("set") ? "corrected" : r + "ed")).append(")</span>");
      }
      h.append("</td>");
      for (int i = 0; i < given.size(); i++) {
        h.append("<td data-label=\"Source ").append(i + 1).append("\">").append(Html.esc(Values.shown(f.read(given.get(i)))))
            .append("</td>");
      }
      h.append("<td class=\"review-cell\">").append(ReviewForm.html(id, f, Values.input(f.read(record)), csrf, owns, refused))
          .append("</td></tr>");
    }
    h.append("</tbody></table></div>").append(owns ? "" : "<p class=\"muted\" id=\"proposing\">Your organisation does "
        + "not own this incident: your reviews are proposals its owner accepts or rejects.</p>").append("</section>");
    h.append(ProposalList.of(s, user, id, owns, csrf));
    h.append(IncidentStory.html(new IncidentViews(s, viewer).detail(row)));
    h.append("<section class=\"card\"><h2>Sources</h2>");
    for (int i = 0; i < sources.size(); i++) {
      source(s, viewer, h, i + 1, sources.get(i), given.get(i), shared.get(sources.get(i).id()));
    }
    h.append("</section><section class=\"card\"><h2>History</h2>");
    List<AuditEntry> history = readsReviews ? s.audit().about("incident " + id, 100) : List.of();
    return h.append(ReviewHistory.html(history)).append("</section>").toString();
  }

  private void source(Store s, Viewer viewer, StringBuilder h, int n, SourceRow src, JsonNode given,
      @org.jspecify.annotations.Nullable SharedOrigin origin) {
    h.append("<article class=\"source\"><h3>Source ").append(n).append(": ");
    Optional<StoredReport> report = src.reportId() == null ? Optional.empty()
        : s.reports().byId(viewer, src.reportId());
    if (report.isPresent()) {
      StoredReport r = report.get();
      h.append(Html.link("/ui/reports/" + r.id(), r.title() == null ? r.extId() : r.title())).append(" <span class=\"muted\">")
          .append(Html.esc(r.source())).append(" · ").append(Html.esc(r.published())).append("</span>");
    } else {
      h.append(Html.esc(src.dataset())).append(" record ").append(Html.esc(src.datasetRef()));
    }
    h.append("</h3><p class=\"muted\">").append(src.background() ? "Background mention. " : "")
        .append(src.counts() ? "Counts for casualty figures. " : "Does not count for casualty figures. ")
        .append(origin == null ? "" : "Shared by " + Html.esc(s.access().findOrganisation(origin.ownerOrg())
            .map(o -> o.name()).orElse("organisation " + origin.ownerOrg())) + " under TLP:"
            + Tlp.values()[origin.tlp()].label().toUpperCase(java.util.Locale.ROOT) + ". ")
        .append("Merge: ").append(Html.esc(MergeWords.of(read(src.explanation())))).append("</p>");
    if (report.isPresent()) {
      List<Highlighter.Span> spans = new ArrayList<>();
      for (JsonNode e : given.path("evidence")) {
        spans.add(new Highlighter.Span(e.path("start").asInt(-1), e.path("end").asInt(-1), "e-evidence",
            e.path("field").asText()));
      }
      h.append("<div class=\"report-text\">").append(Highlighter.html(report.get().text(), spans)).append("</div>");
    }
    h.append("</article>");
  }

  private JsonNode read(String s) {
    try {
      return json.readTree(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
