package org.vigil.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.access.Principal;
import org.vigil.alert.AlertJson;
import org.vigil.store.AlertRow;
import org.vigil.store.WatchlistRow;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * {@code GET /ui/alerts/recent?since=ISO-INSTANT}: the user's alerts updated at or after
 * {@code since}, latest first, at most {@link AlertsPage#PAGE}, each as the stream sends it
 * ({@code {"alert": ..., "watchlist": {"name": ...}}}). The Alerts page polls it, so that alerts
 * raised by another process on the same store ({@code vigil ingest} at the command line), which
 * the server's stream never hears of, appear without a reload.
 */
final class AlertPoll {

  private final SharedStore store;
  private final ObjectMapper json;

  AlertPoll(SharedStore store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  void recent(Context ctx) {
    Principal p = UiAuth.session(ctx).user();
    String since = ctx.queryParam("since") == null ? "" : ctx.queryParam("since").strip();
    if (!since.isEmpty()) {
      try {
        Instant.parse(since);
      } catch (DateTimeParseException e) {
        throw HttpProblem.badRequest("since '" + since + "' is not an ISO instant such as 2026-01-31T12:00:00Z");
      }
    }
    ArrayNode out = json.createArrayNode();
    store.read(s -> {
      Map<Long, WatchlistRow> lists = s.watches().visibleTo(p.userId(), p.orgId()).stream()
          .collect(Collectors.toMap(WatchlistRow::id, Function.identity()));
      for (AlertRow a : s.alerts().visibleTo(p.userId(), p.orgId(), since, AlertsPage.PAGE)) {
        WatchlistRow w = lists.get(a.watchlistId());
        var o = out.addObject();
        o.set("alert", AlertJson.alert(a));
        o.putObject("watchlist").put("name", w == null ? "#" + a.watchlistId() : w.name());
      }
      return null;
    });
    ctx.contentType("application/json").result(out.toString());
  }
}
