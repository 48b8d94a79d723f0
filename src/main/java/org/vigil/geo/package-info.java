/**
 * Places: the gazetteer, and the geocoder that resolves place names in a report to coordinates with a precision and a spatial relation.
 *
 * <p>Entry points: {@link org.vigil.geo.Gazetteer#loadDefault()} (bundled GeoNames extract and
 * curated aliases) or {@link org.vigil.geo.Gazetteer#loadGeoNamesDump}; a
 * {@link org.vigil.geo.GazetteerGeocoder} over it implements {@link org.vigil.geo.Geocoder}
 * ({@code resolve} for every place, {@code incidentLocation} for the main incident's, chosen by
 * {@link org.vigil.geo.IncidentLocation}); {@link org.vigil.geo.MapData} serves the country
 * shapes for the offline map. Everything here is immutable after construction and thread-safe.
 */
@NullMarked
package org.vigil.geo;

import org.jspecify.annotations.NullMarked;
