package org.vigil.geo;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects gazetteer entries, alternate names, demonyms, sites and stop names, then packs them
 * into an immutable {@link Gazetteer}. Not thread-safe; use one builder per load.
 */
public final class GazetteerBuilder {

  private static final PlaceKind[] KINDS = PlaceKind.values();

  record Tables(byte[] kinds, String[] names, String[] countryCodes, String[] admin1Codes,
      String[] featureCodes, long[] populations, float[] lats, float[] lons, long[] geonameIds,
      Map<String, int[]> byName, Map<String, int[]> bySkeleton,
      Map<String, Integer> maxTokensByFirstToken, Map<String, Integer> countries,
      Map<String, Integer> admin1s, Map<String, String> demonyms, Map<String, Integer> sites,
      Set<String> stopNames) {}

  private int size;
  private byte[] kinds = new byte[1024];
  private String[] names = new String[1024];
  private String[] countryCodes = new String[1024];
  private String[] admin1Codes = new String[1024];
  private String[] featureCodes = new String[1024];
  private long[] populations = new long[1024];
  private float[] lats = new float[1024];
  private float[] lons = new float[1024];
  private long[] geonameIds = new long[1024];
  private final Map<String, int[]> byName = new HashMap<>(1 << 18);
  private final Map<String, int[]> bySkeleton = new HashMap<>(1 << 18);
  private final Map<String, Integer> countries = new HashMap<>();
  private final Map<String, Integer> admin1s = new HashMap<>();
  private final Map<Long, Integer> byGeonameId = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Map<String, Integer> sites = new HashMap<>();
  private final Set<String> stopNames = new HashSet<>();
  private final Map<String, String> interned = new HashMap<>();
  private final boolean indexPlaceIds;

  /** A builder for the bundled data, which needs no lookup of places by GeoNames id. */
  public GazetteerBuilder() {
    this(false);
  }

  /** A builder; {@code indexPlaceIds} lets alternate names be attached to places by GeoNames id. */
  GazetteerBuilder(boolean indexPlaceIds) {
    this.indexPlaceIds = indexPlaceIds;
  }

  /**
   * Adds an entry under its name and returns its id. The country code is upper-cased.
   *
   * @throws IllegalArgumentException for a blank name or coordinates out of range
   */
  public int add(PlaceKind kind, String name, String countryCode, String admin1Code,
      String featureCode, long population, double lat, double lon, long geonameId) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a gazetteer entry needs a name (country " + countryCode + ")");
    }
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates (" + lat + ", " + lon + ") of " + name
          + " are out of range");
    }
    if (size == kinds.length) {
      grow();
    }
    int id = size++;
    kinds[id] = (byte) kind.ordinal();
    names[id] = name;
    countryCodes[id] = intern(countryCode.toUpperCase(Locale.ROOT));
    admin1Codes[id] = intern(admin1Code);
    featureCodes[id] = intern(featureCode);
    populations[id] = Math.max(0, population);
    lats[id] = (float) lat;
    lons[id] = (float) lon;
    geonameIds[id] = geonameId;
    if (kind == PlaceKind.COUNTRY) {
      countries.put(countryCodes[id], id);
    } else if (kind == PlaceKind.ADMIN1) {
      admin1s.put(countryCodes[id] + "." + admin1Code, id);
    }
    if (geonameId > 0 && (kind != PlaceKind.PLACE || indexPlaceIds)) {
      byGeonameId.put(geonameId, id);
    }
    addName(id, name);
    return id;
  }

  /** Makes entry {@code id} findable under another spelling as well. */
  public void addName(int id, String name) {
    String key = Names.normalize(name);
    if (key.isEmpty()) {
      return;
    }
    addTo(byName, key, id);
    String skeleton = Names.skeleton(key);
    if (!skeleton.isEmpty()) {
      addTo(bySkeleton, skeleton, id);
    }
  }

  private static void addTo(Map<String, int[]> index, String key, int id) {
    int[] ids = index.get(key);
    if (ids == null) {
      index.put(key, new int[] {id});
      return;
    }
    for (int x : ids) {
      if (x == id) {
        return;
      }
    }
    int[] more = Arrays.copyOf(ids, ids.length + 1);
    more[ids.length] = id;
    index.put(key, more);
  }

  /** The entry with this GeoNames id, or -1. */
  int idOfGeonameId(long geonameId) {
    return byGeonameId.getOrDefault(geonameId, -1);
  }

  int countryId(String cc) {
    return countries.getOrDefault(cc, -1);
  }

  int admin1Id(String cc, String code) {
    return admin1s.getOrDefault(cc + "." + code, -1);
  }

  /** Ids of the entries in country {@code cc} whose name (or alias) normalises like {@code name}. */
  int[] idsNamed(String name, String cc) {
    String key = Names.normalize(name);
    int[] ids = Arrays.stream(byName.getOrDefault(key, new int[0]))
        .filter(i -> countryCodes[i].equals(cc)).toArray();
    if (ids.length == 0) {
      ids = Arrays.stream(bySkeleton.getOrDefault(Names.skeleton(key), new int[0]))
          .filter(i -> countryCodes[i].equals(cc)).toArray();
    }
    return ids;
  }

  int size() {
    return size;
  }

  long geonameIdOf(int id) {
    return geonameIds[id];
  }

  String admin1CodeOf(int id) {
    return admin1Codes[id];
  }

  void setCoordinates(int id, double lat, double lon) {
    lats[id] = (float) lat;
    lons[id] = (float) lon;
  }

  String countryCodeOf(int id) {
    return countryCodes[id];
  }

  PlaceKind kindOf(int id) {
    return KINDS[kinds[id]];
  }

  long populationOf(int id) {
    return populations[id];
  }

  /** Records that {@code word} ("Iranian") refers to the country {@code cc}. */
  public void addDemonym(String word, String cc) {
    demonyms.put(Names.normalize(word), cc.toUpperCase(Locale.ROOT));
  }

  /** Records a well-known site ("Hazrat Masumeh shrine") located in the entry {@code cityId}. */
  public void addSite(String siteName, int cityId) {
    sites.put(Names.normalize(siteName), cityId);
  }

  /** Marks a one-word name as a common word that is a place only with strong evidence. */
  public void addStopName(String word) {
    stopNames.add(Names.normalize(word));
  }

  /**
   * Packs everything added so far into an immutable gazetteer. The builder must not be used
   * afterwards (the gazetteer takes over its name indexes without copying them).
   */
  public Gazetteer build() {
    Map<String, Integer> maxTokens = new HashMap<>(byName.size());
    for (String key : byName.keySet()) {
      int space = key.indexOf(' ');
      String first = space < 0 ? key : key.substring(0, space);
      int tokens = 1;
      for (int i = 0; i < key.length(); i++) {
        if (key.charAt(i) == ' ') {
          tokens++;
        }
      }
      maxTokens.merge(first, tokens, Math::max);
    }
    return new Gazetteer(new Tables(Arrays.copyOf(kinds, size), Arrays.copyOf(names, size),
        Arrays.copyOf(countryCodes, size), Arrays.copyOf(admin1Codes, size),
        Arrays.copyOf(featureCodes, size), Arrays.copyOf(populations, size),
        Arrays.copyOf(lats, size), Arrays.copyOf(lons, size), Arrays.copyOf(geonameIds, size),
        Collections.unmodifiableMap(byName), Collections.unmodifiableMap(bySkeleton),
        Collections.unmodifiableMap(maxTokens), Map.copyOf(countries),
        Map.copyOf(admin1s), Map.copyOf(demonyms), Map.copyOf(sites), Set.copyOf(stopNames)));
  }

  private String intern(String s) {
    return interned.computeIfAbsent(s, k -> k);
  }

  private void grow() {
    int n = kinds.length * 2;
    kinds = Arrays.copyOf(kinds, n);
    names = Arrays.copyOf(names, n);
    countryCodes = Arrays.copyOf(countryCodes, n);
    admin1Codes = Arrays.copyOf(admin1Codes, n);
    featureCodes = Arrays.copyOf(featureCodes, n);
    populations = Arrays.copyOf(populations, n);
    lats = Arrays.copyOf(lats, n);
    lons = Arrays.copyOf(lons, n);
    geonameIds = Arrays.copyOf(geonameIds, n);
  }
}
