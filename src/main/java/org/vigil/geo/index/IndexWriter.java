package org.vigil.geo.index;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a gazetteer index file (see {@link IndexFormat}). Entries are held as packed primitive
 * columns (about 40 bytes each, so that an importer can read and patch them); display names and
 * keys go straight to spill files in {@code workDir}, so the names of a full GeoNames dump never
 * sit on the heap together. Not thread-safe; single use: {@link #writeTo} once, then
 * {@link #close}.
 */
public final class IndexWriter implements Closeable {

  private final Path work;
  private final KeyTableWriter nameKeys;
  private final KeyTableWriter skeletonKeys;
  private final KeyTableWriter firstWords;
  private final KeyTableWriter alternateKeys;
  private final DataOutputStream names;
  private final Path namesFile;
  private long nameBytes;
  private final Map<String, String> meta = new LinkedHashMap<>();
  private final List<Map<String, Integer>> codes = List.of(new LinkedHashMap<>(),
      new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());

  private int size;
  private byte[] kinds = new byte[1024];
  private short[] countries = new short[1024];
  private short[] features = new short[1024];
  private int[] admin1s = new int[1024];
  private int[] admin2s = new int[1024];
  private int[] populations = new int[1024];
  private float[] lats = new float[1024];
  private float[] lons = new float[1024];
  private int[] geonameIds = new int[1024];
  private int[] nameOffsets = new int[1024];

  /** A writer that keeps its spill files in {@code workDir} (created if missing). */
  public IndexWriter(Path workDir) throws IOException {
    this.work = Files.createDirectories(workDir);
    this.nameKeys = new KeyTableWriter(work, "names", false);
    this.skeletonKeys = new KeyTableWriter(work, "skeletons", false);
    this.firstWords = new KeyTableWriter(work, "first", true);
    this.alternateKeys = new KeyTableWriter(work, "alternates", false);
    this.namesFile = work.resolve("display-names.bin");
    this.names = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(namesFile), 1 << 16));
    for (Map<String, Integer> c : codes) {
      c.put("", 0);
    }
  }

  /** Records a line of metadata ("source", "created", ...), shown by {@code gazetteer status}. */
  public void meta(String key, String value) {
    meta.put(key.replaceAll("[=\\n]", " "), value.replace('\n', ' '));
  }

  /**
   * Adds an entry and returns its id (ids count from 0 in the order added).
   *
   * @throws IllegalArgumentException for a blank name or coordinates out of range
   */
  public int addEntry(int kind, String name, String countryCode, String admin1, String admin2,
      String featureCode, long population, double lat, double lon, long geonameId) throws IOException {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a gazetteer entry needs a name (country " + countryCode + ")");
    }
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates (" + lat + ", " + lon + ") of " + name + " are out of range");
    }
    if (size == kinds.length) {
      grow();
    }
    int id = size++;
    kinds[id] = (byte) kind;
    countries[id] = (short) code(0, countryCode);
    admin1s[id] = code(1, admin1);
    admin2s[id] = code(2, admin2);
    features[id] = (short) code(3, featureCode);
    populations[id] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, population));
    lats[id] = (float) lat;
    lons[id] = (float) lon;
    geonameIds[id] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, geonameId));
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    int len = Math.min(utf8.length, 0xffff);
    if (nameBytes + 2 + len >= Integer.MAX_VALUE) {
      throw new IOException("display names exceed 2 GiB");
    }
    nameOffsets[id] = (int) nameBytes;
    names.writeShort(len);
    names.write(utf8, 0, len);
    nameBytes += 2 + len;
    return id;
  }

  private int code(int list, String value) {
    Map<String, Integer> c = codes.get(list);
    Integer i = c.get(value);
    if (i == null) {
      i = c.size();
      if (list != 1 && list != 2 && i > Short.MAX_VALUE) {
        throw new IllegalArgumentException("more than " + Short.MAX_VALUE + " distinct codes like '" + value + "'");
      }
      c.put(value, i);
    }
    return i;
  }

  /** Makes entry {@code id} findable under the normalised {@code key} (ignored unless ASCII). */
  public void addKey(String key, int id) throws IOException {
    addKey(key, id, false);
  }

  /**
   * Makes entry {@code id} findable under {@code key}, as a main name or, with
   * {@code alternate}, as an alternate name (another language's, an old spelling).
   */
  public void addKey(String key, int id, boolean alternate) throws IOException {
    if (!IndexFormat.storable(key)) {
      return;
    }
    (alternate ? alternateKeys : nameKeys).add(key, id);
    int space = key.indexOf(' ');
    int words = 1;
    for (int i = space; i >= 0; i = key.indexOf(' ', i + 1)) {
      words++;
    }
    firstWords.add(space < 0 ? key : key.substring(0, space), words);
  }

  /** Makes entry {@code id} findable under a transliteration skeleton. */
  public void addSkeleton(String skeleton, int id) throws IOException {
    skeletonKeys.add(skeleton, id);
  }

  public int size() {
    return size;
  }

  /** Number of (name key, entry) pairs added so far, main and alternate. */
  public long names() {
    return nameKeys.pairs() + alternateKeys.pairs();
  }

  public int kind(int id) {
    return kinds[check(id)];
  }

  public String countryCode(int id) {
    return codeAt(0, countries[check(id)]);
  }

  public String admin1(int id) {
    return codeAt(1, admin1s[check(id)]);
  }

  public String admin2(int id) {
    return codeAt(2, admin2s[check(id)]);
  }

  public long geonameId(int id) {
    return geonameIds[check(id)];
  }

  public double lat(int id) {
    return lats[check(id)];
  }

  public double lon(int id) {
    return lons[check(id)];
  }

  public void setCoordinates(int id, double lat, double lon) {
    lats[check(id)] = (float) lat;
    lons[id] = (float) lon;
  }

  private final List<String[]> codeArrays = new ArrayList<>(List.of(new String[0], new String[0],
      new String[0], new String[0]));

  private String codeAt(int list, int index) {
    String[] a = codeArrays.get(list);
    if (a.length != codes.get(list).size()) {
      a = codes.get(list).keySet().toArray(new String[0]);
      codeArrays.set(list, a);
    }
    return a[index];
  }

  private int check(int id) {
    if (id < 0 || id >= size) {
      throw new IndexOutOfBoundsException("entry " + id + " of " + size);
    }
    return id;
  }

  /** Writes the index to {@code file}, through a temporary file beside it that is then renamed. */
  public void writeTo(Path file) throws IOException {
    names.close();
    Path[] parts = new Path[IndexFormat.SECTIONS];
    parts[IndexFormat.META] = SectionFile.write(work, "meta", out -> {
      meta.put("entries", Integer.toString(size));
      meta.put("names", Long.toString(nameKeys.pairs() + alternateKeys.pairs()));
      StringBuilder b = new StringBuilder();
      meta.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
      out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    });
    parts[IndexFormat.CODES] = SectionFile.write(work, "codes", out -> {
      DataOutputStream d = new DataOutputStream(out);
      for (Map<String, Integer> c : codes) {
        d.writeInt(c.size());
        for (String s : c.keySet()) {
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          d.writeShort(b.length);
          d.write(b);
        }
      }
      d.flush();
    });
    parts[IndexFormat.ENTRIES] = SectionFile.write(work, "entries", out -> {
      DataOutputStream d = new DataOutputStream(out);
      for (int i = 0; i < size; i++) {
        d.writeByte(kinds[i]);
        d.writeByte(0);
        d.writeShort(countries[i]);
        d.writeShort(features[i]);
        d.writeShort(0);
        d.writeInt(admin1s[i]);
        d.writeInt(admin2s[i]);
        d.writeInt(populations[i]);
        d.writeFloat(lats[i]);
        d.writeFloat(lons[i]);
        d.writeInt(geonameIds[i]);
        d.writeInt(nameOffsets[i]);
      }
      d.flush();
    });
    parts[IndexFormat.NAMES] = namesFile;
    parts[IndexFormat.ADMIN] = SectionFile.write(work, "admin", out -> {
      DataOutputStream d = new DataOutputStream(out);
      int[] admin = java.util.stream.IntStream.range(0, size).filter(i -> kinds[i] != IndexFormat.KIND_PLACE).toArray();
      d.writeInt(admin.length);
      for (int i : admin) {
        d.writeInt(i);
      }
      d.flush();
    });
    parts[IndexFormat.NAME_KEYS] = SectionFile.write(work, "name-keys", out -> nameKeys.writeTo(out, work));
    parts[IndexFormat.SKELETON_KEYS] = SectionFile.write(work, "skeleton-keys", out -> skeletonKeys.writeTo(out, work));
    parts[IndexFormat.FIRST_WORDS] = SectionFile.write(work, "first-words", out -> firstWords.writeTo(out, work));
    parts[IndexFormat.ALTERNATE_KEYS] = SectionFile.write(work, "alternate-keys", out -> alternateKeys.writeTo(out, work));
    SectionFile.join(parts, file);
  }

  private void grow() {
    int n = kinds.length * 2;
    kinds = Arrays.copyOf(kinds, n);
    countries = Arrays.copyOf(countries, n);
    features = Arrays.copyOf(features, n);
    admin1s = Arrays.copyOf(admin1s, n);
    admin2s = Arrays.copyOf(admin2s, n);
    populations = Arrays.copyOf(populations, n);
    lats = Arrays.copyOf(lats, n);
    lons = Arrays.copyOf(lons, n);
    geonameIds = Arrays.copyOf(geonameIds, n);
    nameOffsets = Arrays.copyOf(nameOffsets, n);
  }

  /** Deletes the spill files (the written index stays). */
  @Override
  public void close() throws IOException {
    names.close();
    nameKeys.close();
    skeletonKeys.close();
    firstWords.close();
    alternateKeys.close();
    Files.deleteIfExists(namesFile);
  }
}
