package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.AgencyRef;
import org.vigil.extract.Location;
import org.vigil.extract.Target;
import org.vigil.registry.Agency;
import org.vigil.registry.Group;
import org.vigil.registry.Registries;

/**
 * Who and where, as STIX: registry groups as {@code intrusion-set} (the parent as an
 * {@code x-vigil-part-of} relationship), known individuals as {@code threat-actor}, agencies,
 * states and targets as {@code identity}, places as {@code location}. Each carries what the
 * STIX interoperability profile requires: groups and actors a resource level and the primary
 * motivation {@code ideology} (political violence is violence for a cause; a state force's is
 * {@code dominance}), actors the role
 * {@code agent} and the sophistication {@code unknown} (outside the suggested vocabulary: news
 * reports do not tell), places their UN M49 {@code region}. Vigil's own properties go into the
 * Vigil extension.
 */
final class Actors {

  /** The motivation of groups and people in Vigil's records. */
  static final String MOTIVATION = "ideology";

  /** How far up a group's parents are followed (guards against a cycle in users' registries). */
  static final int MAX_PARENT_DEPTH = 8;

  private final Batch batch;
  private final Registries registries;

  Actors(Batch batch, Registries registries) {
    this.batch = batch;
    this.registries = registries;
  }

  /** The intrusion-set for a group named in the report, with its registry parents. */
  String group(String name) {
    Optional<Group> g = registries.groups().byName(name);
    return g.isPresent() ? registryGroup(g.get(), new HashSet<>()) : unlistedGroup(name);
  }

  private String registryGroup(Group g, Set<String> seen) {
    String id = batch.id("intrusion-set", "group:" + g.id());
    if (batch.has(id)) {
      return id;
    }
    ObjectNode o = group(id, g.name());
    Sdo.putList(o, "aliases", g.aliases());
    ObjectNode x = Sdo.vigil(o);
    x.put("registry_id", g.id());
    Sdo.putText(x, "kind", g.kind());
    Sdo.putList(x, "countries", g.countries());
    batch.add(o);
    seen.add(g.id());
    String parentId = g.parent();
    if (parentId != null && !seen.contains(parentId) && seen.size() < MAX_PARENT_DEPTH) {
      registries.groups().byId(parentId).ifPresent(p ->
          batch.relate("x-vigil-part-of", id, registryGroup(p, seen), null));
    }
    return id;
  }

  private String unlistedGroup(String name) {
    String id = batch.id("intrusion-set", "group-name:" + name);
    if (!batch.has(id)) {
      batch.add(group(id, name));
    }
    return id;
  }

  private ObjectNode group(String id, String name) {
    ObjectNode o = batch.start("intrusion-set", id);
    o.put("name", name);
    o.put("resource_level", "organization");
    o.put("primary_motivation", MOTIVATION);
    return o;
  }

  /** The properties the interoperability profile asks of a threat-actor that carried an incident out. */
  private static void actor(ObjectNode o, String type, String resourceLevel, String motivation) {
    o.putArray("threat_actor_types").add(type);
    o.putArray("roles").add("agent");
    o.put("sophistication", "unknown");
    o.put("resource_level", resourceLevel);
    o.put("primary_motivation", motivation);
  }

  /** A threat-actor for the people who acted ("two gunmen"), known by their description. */
  String individuals(String naturalKey, String description, @Nullable Integer count) {
    String id = batch.id("threat-actor", naturalKey);
    if (!batch.has(id)) {
      ObjectNode o = batch.start("threat-actor", id);
      o.put("name", description);
      actor(o, "terrorist", count != null && count == 1 ? "individual" : "team", MOTIVATION);
      if (count != null) {
        Sdo.vigil(o).put("count", count);
      }
      batch.add(o);
    }
    return id;
  }

  /**
   * A state force that carried out an attack (an air strike, shelling, a clash): a threat-actor
   * of type {@code nation-state}, {@code attributed-to} the agency's identity.
   */
  String force(AgencyRef ref) {
    String agency = agency(ref);
    String id = batch.id("threat-actor", "force:" + agency);
    if (!batch.has(id)) {
      ObjectNode o = batch.start("threat-actor", id);
      o.put("name", registries.agencies().byName(ref.name()).map(Agency::name).orElse(ref.name()));
      actor(o, "nation-state", "government", "dominance");
      batch.add(o);
      batch.relate("attributed-to", id, agency, null);
    }
    return id;
  }

  /** The identity of a state agency, located in its country when that is known. */
  String agency(AgencyRef ref) {
    Optional<Agency> a = registries.agencies().byName(ref.name());
    String key = a.map(x -> "agency:" + x.id()).orElse("agency-name:" + ref.name());
    String id = batch.id("identity", key);
    if (!batch.has(id)) {
      ObjectNode o = batch.start("identity", id);
      o.put("name", a.map(Agency::name).orElse(ref.name()));
      o.put("identity_class", "organization");
      a.ifPresent(x -> Sdo.vigil(o).put("registry_id", x.id()));
      a.map(Agency::kind).ifPresent(k -> Sdo.vigil(o).put("kind", k));
      batch.add(o);
      String cc = ref.countryCode() != null ? ref.countryCode() : a.map(Agency::countryCode).orElse(null);
      if (cc != null) {
        batch.relate("located-at", id, country(cc), null);
      }
    }
    return id;
  }

  /** The identity standing for a state's authorities, for intelligence shared between states. */
  String state(String countryCode) {
    String id = batch.id("identity", "state:" + countryCode);
    if (!batch.has(id)) {
      ObjectNode o = batch.start("identity", id);
      o.put("name", "Authorities of " + countryCode);
      o.put("identity_class", "organization");
      Sdo.vigil(o).put("country", countryCode);
      batch.add(o);
      batch.relate("located-at", id, country(countryCode), null);
    }
    return id;
  }

  /** What was attacked, as a class of identity with its Vigil target type. */
  String target(String naturalKey, Target t) {
    String id = batch.id("identity", naturalKey);
    if (!batch.has(id)) {
      ObjectNode o = batch.start("identity", id);
      o.put("name", t.text());
      o.put("identity_class", "class");
      Sdo.vigil(o).put("target_type", t.type().label());
      batch.add(o);
    }
    return id;
  }

  /** A country as a location. */
  String country(String countryCode) {
    String id = batch.id("location", "country:" + countryCode);
    if (!batch.has(id)) {
      ObjectNode o = batch.start("location", id);
      o.put("country", countryCode);
      Regions.of(countryCode).ifPresent(r -> o.put("region", r));
      batch.add(o);
    }
    return id;
  }

  /** The place of an incident; empty when it has neither a country nor coordinates. */
  Optional<String> place(Location l) {
    boolean point = l.lat() != null && l.lon() != null;
    if (l.countryCode() == null && !point) {
      return Optional.empty();
    }
    String id = batch.id("location", "place:" + l.name() + "|" + l.countryCode() + "|" + l.lat() + "|" + l.lon());
    if (!batch.has(id)) {
      ObjectNode o = batch.start("location", id);
      o.put("name", l.name());
      if (point) {
        o.put("latitude", l.lat());
        o.put("longitude", l.lon());
      }
      Sdo.putText(o, "country", l.countryCode());
      if (l.countryCode() != null) {
        Regions.of(l.countryCode()).ifPresent(r -> o.put("region", r));
      }
      Sdo.putText(o, "administrative_area", l.admin1());
      Sdo.putText(o, "city", l.city());
      if (l.site() != null || l.precision() != null) {
        Sdo.putText(Sdo.vigil(o), "site", l.site());
        Sdo.putText(Sdo.vigil(o), "precision", l.precision());
      }
      batch.add(o);
    }
    return Optional.of(id);
  }
}
