package org.vigil.stix;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Traffic Light Protocol 2.0 levels with the ids of their official OASIS marking
 * definitions, from the least to the most restricted (the declaration order is the order of
 * {@link #compareTo}). The TLP 1.0 marking definitions fixed by STIX 2.1 (section 7.2.1.4), which
 * most STIX tools still emit, are read as their 2.0 equivalents: WHITE as CLEAR, GREEN, AMBER and
 * RED as themselves. Vigil writes only the 2.0 ones.
 */
public enum Tlp {
  CLEAR("clear", "94868c89-83c2-464b-929b-a1a8aa3c8487", "613f2e26-407d-48c7-9eca-b8e91df99dc9"),
  GREEN("green", "bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "34098fce-860f-48ae-8e50-ebd3cc5e41da"),
  AMBER("amber", "55d920b0-5e8b-4f79-9ee9-91f868d9b421", "f88d31f6-486f-44da-b317-01333bde0b82"),
  AMBER_STRICT("amber+strict", "939a9414-2ddd-4d32-a0cd-375ea402b003", null),
  RED("red", "e828b379-4e03-4974-9ac4-e53a884c97c1", "5e57c739-391a-4eb3-b6be-7d15ca92d5ed");

  /** The OASIS extension-definition that the TLP 2.0 marking definitions use. */
  public static final String EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
  /** The {@code created} timestamp of the official TLP 2.0 marking definitions. */
  public static final String CREATED = "2022-10-01T00:00:00.000Z";

  private final String label;
  private final String id;
  private final @Nullable String tlp1Id;

  Tlp(String label, String uuid, @Nullable String tlp1Uuid) {
    this.label = label;
    this.id = "marking-definition--" + uuid;
    this.tlp1Id = tlp1Uuid == null ? null : "marking-definition--" + tlp1Uuid;
  }

  /** "clear", "green", "amber", "amber+strict" or "red", as in the marking definition. */
  public String label() {
    return label;
  }

  /** The official marking-definition id. */
  public String markingId() {
    return id;
  }

  /** True when this level is more restricted than {@code other}. */
  public boolean above(Tlp other) {
    return compareTo(other) > 0;
  }

  /** The level named by "amber+strict", "AMBER+STRICT" or "TLP:AMBER+STRICT", if any. */
  public static Optional<Tlp> fromLabel(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("tlp:")) {
      n = n.substring(4);
    }
    for (Tlp t : values()) {
      if (t.label.equals(n) || t.name().toLowerCase(Locale.ROOT).equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The level whose official marking definition has this id, if any: a TLP 2.0 one, or a TLP 1.0
   * one read as its 2.0 equivalent.
   */
  public static Optional<Tlp> fromMarkingId(String id) {
    for (Tlp t : values()) {
      if (t.id.equals(id) || id.equals(t.tlp1Id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The official marking-definition object, as OASIS publishes it. */
  public StixObject markingDefinition() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("type", "marking-definition");
    o.put("spec_version", "2.1");
    o.put("id", id);
    o.put("created", CREATED);
    o.put("name", "TLP:" + label.toUpperCase(Locale.ROOT));
    ObjectNode ext = o.putObject("extensions").putObject(EXTENSION_ID);
    ext.put("extension_type", "property-extension");
    ext.put("tlp_2_0", label);
    return StixObject.of(o);
  }
}
