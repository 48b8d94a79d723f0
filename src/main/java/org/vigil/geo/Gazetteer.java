package org.vigil.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A world gazetteer: countries, first-level admin areas and populated places with their names,
 * spelling variants, demonyms and a few well-known sites, indexed by normalised name.
 *
 * <p>Immutable after construction and safe for use by many threads at once. Entries live in
 * packed parallel arrays; {@link #entry} copies one out as a record. Build one with
 * {@link #loadDefault()} (the bundled GeoNames extract, about 135,000 places), with
 * {@link GeoNamesDump} for a user's full GeoNames dump, or with a {@link GazetteerBuilder}.
 */
public final class Gazetteer {

  private static final PlaceKind[] KINDS = PlaceKind.values();

  private final byte[] kinds;
  private final String[] names;
  private final String[] countryCodes;
  private final String[] admin1Codes;
  private final String[] featureCodes;
  private final long[] populations;
  private final float[] lats;
  private final float[] lons;
  private final long[] geonameIds;
  private final Map<String, int[]> byName;
  private final Map<String, int[]> bySkeleton;
  private final Map<String, Integer> maxTokensByFirstToken;
  private final Map<String, Integer> countries;
  private final Map<String, Integer> admin1s;
  private final Map<String, String> demonyms;
  private final Map<String, Integer> sites;
  private final Set<String> stopNames;

  Gazetteer(GazetteerBuilder.Tables t) {
    this.kinds = t.kinds();
    this.names = t.names();
    this.countryCodes = t.countryCodes();
    this.admin1Codes = t.admin1Codes();
    this.featureCodes = t.featureCodes();
    this.populations = t.populations();
    this.lats = t.lats();
    this.lons = t.lons();
    this.geonameIds = t.geonameIds();
    this.byName = t.byName();
    this.bySkeleton = t.bySkeleton();
    this.maxTokensByFirstToken = t.maxTokensByFirstToken();
    this.countries = t.countries();
    this.admin1s = t.admin1s();
    this.demonyms = t.demonyms();
    this.sites = t.sites();
    this.stopNames = t.stopNames();
  }

  /**
   * A new gazetteer from the bundled resource (GeoNames places of 1,000+ people, countries,
   * first-level admin areas) and the curated alias table. Takes well under a second.
   *
   * @throws UncheckedIOException when the bundled resource cannot be read (a broken jar)
   */
  public static Gazetteer loadDefault() {
    GazetteerBuilder b = new GazetteerBuilder();
    try {
      GazetteerResource.readBundled(b);
      CuratedAliases.readBundled(b);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer: " + e.getMessage(), e);
    }
    return b.build();
  }

  /**
   * A new gazetteer from GeoNames dump files in {@code dir} (see {@link GeoNamesDump}), with the
   * bundled country table and curated aliases.
   *
   * @throws IOException when a file cannot be read or is malformed (the message names the line)
   */
  public static Gazetteer loadGeoNamesDump(Path dir) throws IOException {
    return GeoNamesDump.load(dir);
  }

  /** Number of entries. */
  public int size() {
    return kinds.length;
  }

  /**
   * The entry with index {@code id}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= id < size()}
   */
  public GazetteerEntry entry(int id) {
    return new GazetteerEntry(id, KINDS[kinds[id]], names[id], countryCodes[id],
        admin1Codes[id], featureCodes[id], populations[id], lats[id], lons[id], geonameIds[id]);
  }

  PlaceKind kind(int id) {
    return KINDS[kinds[id]];
  }

  String name(int id) {
    return names[id];
  }

  String countryCode(int id) {
    return countryCodes[id];
  }

  String admin1Code(int id) {
    return admin1Codes[id];
  }

  String featureCode(int id) {
    return featureCodes[id];
  }

  long population(int id) {
    return populations[id];
  }

  double lat(int id) {
    return lats[id];
  }

  double lon(int id) {
    return lons[id];
  }

  /** Entry ids whose name or alias normalises to {@code normalized}; empty array when none. */
  int[] idsByName(String normalized) {
    int[] ids = byName.get(normalized);
    return ids == null ? new int[0] : ids;
  }

  /** Entry ids whose name has the {@linkplain Names#skeleton skeleton} {@code skeleton}. */
  int[] idsBySkeleton(String skeleton) {
    int[] ids = bySkeleton.get(skeleton);
    return ids == null ? new int[0] : ids;
  }

  /** The most tokens of any name that starts with this normalised token; 0 when none does. */
  int maxTokensStartingWith(String firstToken) {
    return maxTokensByFirstToken.getOrDefault(firstToken, 0);
  }

  /** The entries named {@code name} (any spelling the gazetteer knows), as records. */
  public List<GazetteerEntry> lookup(String name) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (int id : idsByName(Names.normalize(name))) {
      out.add(entry(id));
    }
    return out;
  }

  /** The country with ISO 3166-1 alpha-2 code {@code cc}. */
  public Optional<GazetteerEntry> country(String cc) {
    Integer id = countries.get(cc);
    return id == null ? Optional.empty() : Optional.of(entry(id));
  }

  /** The first-level admin area {@code code} of country {@code cc} (GeoNames codes). */
  public Optional<GazetteerEntry> admin1(String cc, String code) {
    Integer id = admin1s.get(cc + "." + code);
    return id == null ? Optional.empty() : Optional.of(entry(id));
  }

  int countryId(String cc) {
    return countries.getOrDefault(cc, -1);
  }

  int admin1Id(String cc, String code) {
    return admin1s.getOrDefault(cc + "." + code, -1);
  }

  /** The country code a demonym ("Iranian", "Nigerians") stands for. */
  public Optional<String> countryOfDemonym(String word) {
    return Optional.ofNullable(demonyms.get(Names.normalize(word)));
  }

  Map<String, String> demonyms() {
    return demonyms;
  }

  /** The entry id of the city a curated site (normalised name) is in; -1 when not curated. */
  int siteCity(String normalizedSite) {
    return sites.getOrDefault(normalizedSite, -1);
  }

  Map<String, Integer> sites() {
    return sites;
  }

  /** Whether a single-word name is also a common word and needs strong evidence. */
  boolean isStopName(String normalized) {
    return stopNames.contains(normalized);
  }
}
