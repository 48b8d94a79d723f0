package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.geo.index.GazetteerIndex;
import org.vigil.geo.index.IndexFormat;
import org.vigil.geo.index.KeyHeads;

/**
 * A world gazetteer: countries, first- and second-level admin areas and populated places with
 * their names, spelling variants, demonyms and a few well-known sites, indexed by normalised name.
 *
 * <p>Entries and names live in a {@link GazetteerIndex} (a heap buffer for the bundled data, a
 * memory-mapped file for an installed GeoNames dump or for the bundled data's copy in a data
 * directory, see {@link InstalledGazetteer#loadFor}); the curated aliases add a small overlay on
 * the heap. Immutable after construction and safe for use by many threads at once. Load one with
 * {@link #loadDefault()} (GeoNames' cities500, about 200,000 places), {@link #open(Path)} (an
 * index written by {@link GeoNamesImport}) or {@link #loadGeoNamesDump(Path)}.
 */
public final class Gazetteer {

  private static final PlaceKind[] KINDS = PlaceKind.values();
  private static final int[] NONE = {};
  /** A bit of {@link #wordFacts}: the word begins an alias of several words (or holds a space). */
  static final int BEGINS_ALIAS_PHRASE = 1 << 16;

  private final GazetteerIndex index;
  private final Overlay overlay;
  private final Map<String, Integer> countries;
  private final Map<String, Integer> admin1s;
  private final Map<String, Integer> admin2s;
  private final KeyHashes aliasSkeletons;
  private final KeyHeads aliasHeads;

  private Gazetteer(GazetteerIndex index, Overlay overlay, AreaIds areas) {
    this.index = index;
    this.overlay = overlay;
    this.aliasSkeletons = KeyHashes.of(overlay.skeletons.keySet());
    this.aliasHeads = KeyHeads.of(overlay.skeletons.keySet());
    this.countries = areas.countries();
    this.admin1s = areas.admin1s();
    this.admin2s = areas.admin2s();
  }

  /**
   * The gazetteer over {@code index} with the curated aliases applied; aliases whose target the
   * index lacks are skipped when {@code lenient} (a partial dump), an error otherwise.
   */
  static Gazetteer withAliases(GazetteerIndex index, boolean lenient) throws IOException {
    AreaIds areas = AreaIds.of(index);
    Gazetteer base = new Gazetteer(index, new Overlay(), areas);
    Overlay overlay = new Overlay();
    InputStream in = Gazetteer.class.getResourceAsStream(CuratedAliases.NAME);
    if (in == null) {
      throw new IOException("resource org/vigil/geo/" + CuratedAliases.NAME + " is missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      CuratedAliases.read(r, base, overlay, lenient);
    }
    AdminShortNames.add(base, overlay);
    return new Gazetteer(index, overlay, areas);
  }

  /**
   * A new gazetteer from the bundled index (GeoNames places of 500+ people, countries and
   * first-level admin areas) and the curated alias table.
   *
   * @throws UncheckedIOException when the bundled resource cannot be read (a broken jar)
   */
  public static Gazetteer loadDefault() {
    try {
      return withAliases(BundledIndex.read(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer: " + e.getMessage(), e);
    }
  }

  /**
   * The gazetteer in the index file {@code file} (memory-mapped), with the curated aliases.
   *
   * @throws IOException when the file cannot be read or is not an index of this version
   */
  public static Gazetteer open(Path file) throws IOException {
    return withAliases(GazetteerIndex.open(file), true);
  }

  /**
   * A new gazetteer from GeoNames dump files in {@code dir}, imported into a temporary index.
   *
   * @throws IOException when a file cannot be read or is malformed (the message names the line)
   */
  public static Gazetteer loadGeoNamesDump(Path dir) throws IOException {
    return GeoNamesDump.load(dir);
  }

  /** Where the entries come from and when they were imported (the index's metadata). */
  public Map<String, String> describe() {
    Map<String, String> out = new java.util.LinkedHashMap<>(index.meta());
    out.put("origin", index.origin());
    return out;
  }

  /** Number of entries. */
  public int size() {
    return index.size();
  }

  /**
   * The entry with index {@code id}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= id < size()}
   */
  public GazetteerEntry entry(int id) {
    return new GazetteerEntry(id, kind(id), index.name(id), index.countryCode(id), index.admin1(id),
        index.featureCode(id), index.population(id), index.lat(id), index.lon(id), index.geonameId(id));
  }

  PlaceKind kind(int id) {
    return KINDS[index.kind(id)];
  }

  String name(int id) {
    return index.name(id);
  }

  String countryCode(int id) {
    return index.countryCode(id);
  }

  String admin1Code(int id) {
    return index.admin1(id);
  }

  String admin2Code(int id) {
    return index.admin2(id);
  }

  String featureCode(int id) {
    return index.featureCode(id);
  }

  long population(int id) {
    return index.population(id);
  }

  double lat(int id) {
    return index.lat(id);
  }

  double lon(int id) {
    return index.lon(id);
  }

  /**
   * Entry ids whose name or alias normalises to {@code normalized}, empty array when none; the
   * aliases' only unless {@code inIndex} (false when the {@link #wordFacts} say the index lacks it).
   */
  int[] idsByName(String normalized, boolean inIndex) {
    return Overlay.merge(inIndex ? index.ids(normalized) : NONE, overlay.names.get(normalized));
  }

  /** Entry ids with an alternate name (another language's, an old spelling) normalising to {@code normalized}. */
  int[] idsByAlternate(String normalized) {
    return index.idsByAlternate(normalized);
  }

  /** Entry ids whose name has the {@linkplain Names#skeleton skeleton} {@code skeleton}. */
  int[] idsBySkeleton(String skeleton) {
    return Overlay.merge(index.idsBySkeleton(skeleton), overlay.skeletons.get(skeleton));
  }

  /** False when {@link #idsBySkeleton} of {@code skeleton} is certainly empty; answered on the heap. */
  boolean mayHaveSkeleton(CharSequence skeleton) {
    long hash = IndexFormat.storableHash(skeleton); // once, for the index's filter and the aliases'
    return index.mayHaveSkeletonHashed(hash) || aliasSkeletons.mayHoldHashed(hash);
  }

  /**
   * False when no name's {@linkplain Names#skeleton skeleton} (the aliases' included) begins with
   * the first {@link KeyHeads#LONGEST} letters of {@code skeleton}: then no skeleton that begins
   * so has entries ({@link #idsBySkeleton}).
   */
  boolean mayBeginSkeleton(CharSequence skeleton) {
    return index.mayBeginSkeleton(skeleton) || aliasHeads.mayBegin(skeleton);
  }

  /** {@link GazetteerIndex#wordFacts} of a token, its bound raised to the most words of an alias it begins. */
  int wordFacts(String firstToken) {
    int facts = index.wordFacts(firstToken);
    int aliasWords = overlay.maxWords.getOrDefault(firstToken, 0);
    return Math.max(facts & 0xff, aliasWords) | facts & ~0xff
        | (firstToken.indexOf(' ') >= 0 || aliasWords > 1 ? BEGINS_ALIAS_PHRASE : 0);
  }

  /**
   * False when no name or alternate name (the aliases' included) is the phrase of {@code words}
   * (two or more) tokens of {@code phrases}, or starts with it: then {@link #idsByName} and
   * {@link #idsByAlternate} find nothing for it nor for any longer phrase. Answered on the heap
   * from the phrase's hash (and, after a first word of the aliases', from its string); the first
   * token's {@link #wordFacts} {@code firstFacts} tell whether it begins an alias of several words.
   */
  boolean mayBeginName(Phrases phrases, int words, int firstFacts) {
    String first = phrases.oneWord(2) ? phrases.of(2) : null; // a first word of two tokens: "marthas"
    return index.mayBeginKeyHashed(phrases.keyHash(words))
        || (first == null ? (firstFacts & BEGINS_ALIAS_PHRASE) != 0
            : first.indexOf(' ') >= 0 || overlay.maxWords.getOrDefault(first, 0) > 1)
        && overlay.beginnings.contains(phrases.of(words));
  }

  /** The entries named {@code name} (any spelling the gazetteer knows), as records. */
  public List<GazetteerEntry> lookup(String name) {
    List<GazetteerEntry> out = new ArrayList<>();
    String key = Names.normalize(name);
    for (int id : Overlay.merge(idsByName(key, true), idsByAlternate(key))) {
      out.add(entry(id));
    }
    return out;
  }

  /**
   * The names of the provinces ({@link Provinces}) of country {@code cc} that {@code name} may spell: by any
   * name or alternate, failing that by its transliteration skeleton ("Qandahar", "Kandahar"),
   * and failing that by its consonants when they are those of exactly one area of {@code cc}
   * ("Uruzgan" and "Oruzgan", "Jawzjan" and "Jowzjan", "Dihok" and "Dohuk"): within one
   * country's few dozen areas, vowels written differently do not make another province.
   */
  public List<String> spellingsOfProvince(String name, String cc) {
    return ProvinceSpellings.of(this, admin1s, name, cc);
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

  int admin2Id(String cc, String admin1, String admin2) {
    return admin2.isEmpty() ? -1 : admin2s.getOrDefault(cc + "." + admin1 + "." + admin2, -1);
  }

  /** The country code a demonym ("Iranian", "Nigerians") stands for. */
  public Optional<String> countryOfDemonym(String word) {
    return Optional.ofNullable(overlay.demonyms.get(Names.normalize(word)));
  }

  Map<String, String> demonyms() {
    return overlay.demonyms;
  }

  /** The entry id of the city a curated site (normalised name) is in; -1 when not curated. */
  int siteCity(String normalizedSite) {
    return overlay.sites.getOrDefault(normalizedSite, -1);
  }

  Map<String, Integer> sites() {
    return overlay.sites;
  }

  /** Whether a single-word name is also a common word and needs strong evidence. */
  boolean isStopName(String normalized) {
    return overlay.stopNames.contains(normalized);
  }
}
