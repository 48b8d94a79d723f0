package org.vigil.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Country shapes for the offline web map: Natural Earth 1:50m admin-0 boundaries as TopoJSON
 * (object {@code countries}; each geometry has {@code id} = ISO 3166-1 numeric and properties
 * {@code name} and {@code iso_a2}). About 750 kB; the server sends it as is with type
 * {@link #MEDIA_TYPE}.
 */
public final class MapData {

  /** Classpath location of the resource. */
  public static final String COUNTRIES_RESOURCE = "/org/vigil/geo/countries-50m.json";

  public static final String MEDIA_TYPE = "application/json";

  private MapData() {}

  /**
   * A new stream over the countries TopoJSON; the caller closes it.
   *
   * @throws UncheckedIOException when the resource is missing (a broken jar)
   */
  public static InputStream openCountries() {
    InputStream in = MapData.class.getResourceAsStream(COUNTRIES_RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(new IOException("resource " + COUNTRIES_RESOURCE + " is missing from the classpath"));
    }
    return in;
  }
}
