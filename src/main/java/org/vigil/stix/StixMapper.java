package org.vigil.stix;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.AgencyRef;
import org.vigil.extract.Claim;
import org.vigil.extract.Extraction;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Relation;
import org.vigil.extract.ReportInfo;
import org.vigil.extract.Status;
import org.vigil.extract.Target;
import org.vigil.registry.Registries;

/**
 * Vigil's extractions as STIX 2.1 objects. Per report: an {@code incident} per incident (with
 * the Vigil extension), the groups, individuals, agencies, targets and places it names, the
 * relationships between them, and a {@code report} whose {@code object_refs} list them all.
 * Every object is marked with the configured TLP level and made by the producer identity.
 * Thread-safe when its {@link StixIds} is.
 *
 * <p>Relationships: incident {@code attributed-to} intrusion-set or threat-actor (with
 * the claim in the Vigil extension; a denial is {@code x-vigil-denied-by}); a state force that struck or
 * fought is a {@code nation-state} threat-actor {@code attributed-to} the agency's identity; incident {@code located-at}
 * location, attacker (or the incident) {@code targets} identity, incident {@code derived-from}
 * report, {@code x-vigil-arrested-by}, {@code x-vigil-foiled-by} and {@code x-vigil-responded-by}
 * to agencies, {@code x-vigil-shared-intelligence-with} between states,
 * {@code x-vigil-operates-in}, {@code x-vigil-part-of} and {@code x-vigil-member-of}.
 */
public final class StixMapper {

  private final Registries registries;
  private final StixIds ids;
  private final StixConfig config;

  public StixMapper(Registries registries, StixIds ids, StixConfig config) {
    this.registries = Objects.requireNonNull(registries, "registries");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The producer's identity: this Vigil instance, its own creator (as the interoperability profile
   * asks), marked with the configured marking (who made a restricted bundle is as restricted as the
   * bundle; {@link StixExporter} lowers it to the least restricted object it made).
   */
  public StixObject producer(Instant now) {
    String id = producerId();
    ObjectNode o = Sdo.base("identity", id, StixTime.format(now), id, config.defaultMarking());
    o.put("name", config.producerName());
    o.put("identity_class", "system");
    return StixObject.of(o);
  }

  private String producerId() {
    return ids.idFor("identity", "producer:" + config.producerName());
  }

  /**
   * The objects for one extraction, stamped {@code now}. Does not include the producer, the
   * extension-definition or the marking definitions (see {@link StixExporter}).
   */
  public List<StixObject> map(Extraction x, Instant now) {
    Batch b = new Batch(ids, StixTime.format(now), producerId(), config.defaultMarking());
    Actors actors = new Actors(b, registries);
    ReportInfo r = x.report();
    String reportId = reportId(r);
    for (int n = 0; n < x.incidents().size(); n++) {
      incident(b, actors, r.id() + "#" + n, x.incidents().get(n), reportId);
    }
    for (Relation rel : x.relations()) {
      relation(b, actors, rel);
    }
    List<StixObject> objects = b.objects();
    if (objects.isEmpty()) {
      return objects;
    }
    List<StixObject> out = new ArrayList<>(objects);
    out.add(report(b, r, reportId, List.of(reportId), objects, now));
    return out;
  }

  /**
   * The objects for one incident of the knowledge base (its record with reviews applied),
   * stamped {@code now}: the incident (natural key {@code kb-incident:ID}, so its id never
   * changes), what it refers to, and a {@code report} for each source report (the same ids as
   * {@link #map} gives those reports) listing them.
   *
   * @param sources the incident's source reports; an incident needs at least one
   * @throws IllegalArgumentException when {@code sources} is empty
   */
  public List<StixObject> mapStored(long incidentId, Incident incident, List<ReportInfo> sources, Instant now) {
    return mapStored(incidentId, incident, sources, now, config.defaultMarking(),
        JsonNodeFactory.instance.objectNode());
  }

  /**
   * As {@link #mapStored(long, Incident, List, Instant)}, every object marked at least
   * {@code marking}, and {@code extras} (such as the whole record, reviews and sources) added to
   * the incident's Vigil extension.
   */
  public List<StixObject> mapStored(long incidentId, Incident incident, List<ReportInfo> sources, Instant now,
      Tlp marking, ObjectNode extras) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("incident " + incidentId + " has no source report to derive from");
    }
    Tlp level = marking.above(config.defaultMarking()) ? marking : config.defaultMarking();
    Batch b = new Batch(ids, StixTime.format(now), producerId(), level);
    Actors actors = new Actors(b, registries);
    List<String> reportIds = sources.stream().map(this::reportId).toList();
    String key = "incident:kb-incident:" + incidentId;
    incident(b, actors, "kb-incident:" + incidentId, incident, reportIds.get(0), key, extras);
    String id = b.id("incident", key);
    reportIds.subList(1, reportIds.size()).forEach(r -> b.relate("derived-from", id, r, null));
    List<StixObject> objects = b.objects();
    List<StixObject> out = new ArrayList<>(objects);
    for (int n = 0; n < sources.size(); n++) {
      out.add(report(b, sources.get(n), reportIds.get(n), reportIds, objects, now));
    }
    return out;
  }

  /** The id of a source report's {@code report} object. */
  public String reportId(ReportInfo r) {
    return ids.idFor("report", "report:" + r.id());
  }

  private static StixObject report(Batch b, ReportInfo r, String reportId, List<String> allReports,
      List<StixObject> objects, Instant now) {
    ObjectNode report = b.start("report", reportId);
    report.put("name", r.title() != null && !r.title().isBlank() ? r.title() : r.id());
    report.put("published", published(r.published(), now));
    report.putArray("report_types").add("threat-report");
    ObjectNode ref = report.putArray("external_references").addObject();
    ref.put("source_name", r.source() != null && !r.source().isBlank() ? r.source() : "news report");
    ref.put("external_id", r.id());
    Sdo.putText(ref, "url", r.url());
    // not the relationships that point at a report: they would make a reference cycle
    Sdo.putList(report, "object_refs", objects.stream()
        .filter(o -> DependencyOrder.refs(o).stream().noneMatch(allReports::contains)).map(StixObject::id).toList());
    return StixObject.ofOwned(report);
  }

  private void incident(Batch b, Actors actors, String key, Incident i, String reportId) {
    incident(b, actors, key, i, reportId, "incident:" + key, JsonNodeFactory.instance.objectNode());
  }

  private void incident(Batch b, Actors actors, String key, Incident i, String reportId, String naturalKey,
      ObjectNode extras) {
    String id = b.id("incident", naturalKey);
    ObjectNode o = b.start("incident", id);
    o.put("name", name(i));
    o.put("confidence", (int) Math.round(i.confidence() * 100));
    o.putObject("extensions").set(VigilExtension.ID, IncidentExtension.of(i).setAll(extras));
    b.add(o);
    b.relate("derived-from", id, reportId, null);
    if (i.location() != null) {
      actors.place(i.location()).ifPresent(l -> b.relate("located-at", id, l, null));
    }
    List<String> attackers = new ArrayList<>();
    for (Perpetrator p : i.perpetrators()) {
      attackers.add(perpetrator(b, actors, key, p));
    }
    boolean arrest = i.type() == IncidentType.ARREST;
    boolean arrested = arrest || (i.casualties().arrested() != null && i.casualties().arrested().value() > 0);
    for (String a : attackers) {
      if (!arrest && i.claim() == Claim.DENIED) {
        b.relate("x-vigil-denied-by", id, a, null);
      } else if (!arrest) {
        b.relate("attributed-to", id, a, i.claim().label());
      }
    }
    for (AgencyRef ref : i.agencies()) {
      String agency = actors.agency(ref);
      String type = arrest ? "x-vigil-arrested-by"
          : i.status() == Status.FOILED ? "x-vigil-foiled-by" : "x-vigil-responded-by";
      b.relate(type, id, agency, null);
      if (arrested) {
        attackers.forEach(a -> b.relate("x-vigil-arrested-by", a, agency, null));
      }
    }
    for (Target t : i.targets()) {
      String target = actors.target("target:" + key + "/" + t.type().label() + "/" + t.text(), t);
      if (attackers.isEmpty()) {
        b.relate("targets", id, target, null);
      }
      attackers.forEach(a -> b.relate("targets", a, target, null));
    }
  }

  private String perpetrator(Batch b, Actors actors, String key, Perpetrator p) {
    if (p.agency() != null) {
      return actors.force(p.agency());
    }
    String group = p.group() == null ? null : actors.group(p.group());
    if (group != null && p.individuals() == null) {
      return group;
    }
    String description = p.individuals() != null ? p.individuals() : p.mention();
    String actor = actors.individuals("actor:" + key + "/" + p.mention(), description, p.count());
    if (group != null) {
      b.relate("x-vigil-member-of", actor, group, null);
    }
    return actor;
  }

  private void relation(Batch b, Actors actors, Relation r) {
    switch (r.type()) {
      case "intelligence_sharing" -> b.relate("x-vigil-shared-intelligence-with",
          actors.state(r.source()), actors.state(r.target()), null);
      case "operates_in" -> b.relate("x-vigil-operates-in", actors.group(r.source()),
          actors.country(r.target()), null);
      case "member_of" -> b.relate("x-vigil-part-of", actors.group(r.source()), actors.group(r.target()), null);
      default -> { } // alias_of: the aliases are on the intrusion-set already
    }
  }

  private static String name(Incident i) {
    String type = i.type().label().replace('_', ' ');
    StringBuilder s = new StringBuilder(type.substring(0, 1).toUpperCase(Locale.ROOT)).append(type.substring(1));
    if (i.location() != null) {
      s.append(" in ").append(i.location().name());
    }
    if (i.date() != null) {
      s.append(", ").append(i.date().value());
    }
    return s.toString();
  }

  private static String published(@Nullable String date, Instant now) {
    if (date != null) {
      try {
        return StixTime.format(LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        Optional<Instant> t = StixTime.parse(date);
        if (t.isPresent()) {
          return StixTime.format(t.get());
        }
      }
    }
    return StixTime.format(now);
  }
}
