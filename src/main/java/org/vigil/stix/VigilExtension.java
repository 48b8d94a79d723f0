package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Vigil incident extension: its {@code extension-definition} (a property-extension of
 * {@code incident} whose {@code schema} is the JSON schema of its properties, in full) and the
 * project identity that defines it. Both have fixed ids, the same for every Vigil instance.
 */
public final class VigilExtension {

  /** The extension-definition's id; the key of the extension in an incident's extensions. */
  public static final String ID = "extension-definition--d8910e20-21ab-4686-9392-33c60b7166f9";
  /** The identity of the Vigil project, which defines the extension. */
  public static final String PROJECT_ID = "identity--c81ea057-33b9-4d70-acdb-d4e79df53203";
  /** The version of the extension's schema. */
  public static final String VERSION = "1.1.0";
  /** The classpath resource holding the JSON schema of the extension's properties. */
  public static final String SCHEMA_RESOURCE = "/org/vigil/stix/incident-extension.schema.json";

  private static final String CREATED = "2026-11-26T00:00:00.000Z";
  /** When the definition last changed (1.1.0: also on other object types, with the record and reviews). */
  private static final String MODIFIED = "2026-12-06T00:00:00.000Z";

  private VigilExtension() {}

  /** The JSON schema (draft 2020-12) of the extension's properties, as text. */
  public static String schema() {
    try (InputStream in = VigilExtension.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /** The extension-definition object, marked TLP:CLEAR. */
  public static StixObject definition() {
    ObjectNode o = Sdo.base("extension-definition", ID, CREATED, PROJECT_ID, Tlp.CLEAR);
    o.put("modified", MODIFIED);
    o.put("name", "Vigil");
    o.put("description", "Vigil's own properties of the objects it makes from news reports on terrorism and "
        + "political violence. Incidents: type, status, date and its precision, claim, casualty counts with "
        + "qualifiers, target and weapon types, whether the report only recalls the incident, and the whole "
        + "record with analysts' reviews. Groups and agencies: their registry entry. Places: site and "
        + "precision. Relationships: the claim.");
    o.put("schema", schema());
    o.put("version", VERSION);
    o.putArray("extension_types").add("property-extension");
    return StixObject.of(o);
  }

  /** The identity of the Vigil project, marked TLP:CLEAR. */
  public static StixObject project() {
    ObjectNode o = Sdo.base("identity", PROJECT_ID, CREATED, PROJECT_ID, Tlp.CLEAR);
    o.put("name", "Vigil project");
    o.put("description", "The open-source Vigil project, which defines the Vigil STIX extension.");
    o.put("identity_class", "organization");
    return StixObject.of(o);
  }
}
