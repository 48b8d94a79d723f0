package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.Casualties;
import org.vigil.extract.Count;
import org.vigil.extract.Evidence;
import org.vigil.extract.Incident;
import org.vigil.extract.Target;
import org.vigil.extract.Weapon;

/** The properties of the Vigil incident extension for one incident (see {@link VigilExtension}). */
final class IncidentExtension {

  private IncidentExtension() {}

  static ObjectNode of(Incident i) {
    ObjectNode x = JsonNodeFactory.instance.objectNode();
    x.put("extension_type", "property-extension");
    x.put("incident_type", i.type().label());
    x.put("status", i.status().label());
    x.put("background", i.background());
    if (i.date() != null) {
      x.put("date", i.date().value());
      x.put("date_precision", i.date().precision().label());
    }
    x.put("claim", i.claim().label());
    ObjectNode c = casualties(i.casualties());
    if (!c.isEmpty()) {
      x.set("casualties", c);
    }
    Set<String> targets = new LinkedHashSet<>();
    for (Target t : i.targets()) {
      targets.add(t.type().label());
    }
    Sdo.putList(x, "target_types", targets);
    Set<String> weapons = new LinkedHashSet<>();
    for (Weapon w : i.weapons()) {
      weapons.add(w.type().label());
    }
    Sdo.putList(x, "weapon_types", weapons);
    if (!i.evidence().isEmpty()) {
      ArrayNode ev = x.putArray("evidence");
      for (Evidence e : i.evidence()) {
        ObjectNode n = ev.addObject();
        n.put("field", e.field());
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("text", e.text());
      }
    }
    return x;
  }

  private static ObjectNode casualties(Casualties c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    put(o, "killed", c.killed());
    put(o, "wounded", c.wounded());
    put(o, "perpetrators_killed", c.perpetratorsKilled());
    put(o, "arrested", c.arrested());
    put(o, "kidnapped", c.kidnapped());
    return o;
  }

  private static void put(ObjectNode o, String field, @Nullable Count c) {
    if (c != null) {
      ObjectNode n = o.putObject(field);
      n.put("value", c.value());
      n.put("qualifier", c.qualifier().label());
    }
  }
}
