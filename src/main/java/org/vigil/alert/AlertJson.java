package org.vigil.alert;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.store.AlertRow;
import org.vigil.store.IncidentRow;

/** JSON of alerts and of the incident fields an alert shows. */
public final class AlertJson {

  private AlertJson() {}

  public static ObjectNode alert(AlertRow a) {
    ObjectNode n = Alerter.JSON.createObjectNode();
    n.put("id", a.id());
    n.put("watchlistId", a.watchlistId());
    n.put("incidentId", a.incidentId());
    n.put("version", a.version());
    n.put("summary", a.summary());
    n.put("reason", a.reason());
    n.put("createdAt", a.createdAt());
    n.put("updatedAt", a.updatedAt());
    return n;
  }

  public static ObjectNode incident(IncidentRow i) {
    ObjectNode n = Alerter.JSON.createObjectNode();
    n.put("id", i.id());
    n.put("type", i.type());
    n.put("date", i.dateValue());
    n.put("place", i.place());
    n.put("site", i.site());
    n.put("countryCode", i.countryCode());
    n.put("lat", i.lat());
    n.put("lon", i.lon());
    n.put("group", i.groupId());
    n.put("killed", i.killed());
    n.put("wounded", i.wounded());
    return n;
  }
}
