/**
 * Places: the gazetteer, and the geocoder that resolves place names in a report to coordinates with a precision and a spatial relation.
 *
 * <p>Entry points: {@link org.vigil.geo.Gazetteer#loadDefault()} (the bundled cities500 index
 * and curated aliases), {@link org.vigil.geo.InstalledGazetteer} (a GeoNames dump installed in
 * the data directory, imported by {@link org.vigil.geo.GeoNamesImport} into the on-disk index of
 * {@link org.vigil.geo.index}); a {@link org.vigil.geo.GazetteerGeocoder} over it implements
 * {@link org.vigil.geo.Geocoder} ({@code resolve} for every place, with admin chains read by
 * {@code ChainReader} and names in no gazetteer kept as written; {@code incidentLocation} for
 * the main incident's, chosen by {@link org.vigil.geo.IncidentLocation}); {@link org.vigil.geo.MapData}
 * serves the country shapes for the offline map. Everything here is immutable after
 * construction and thread-safe, except the importer, which is single use.
 */
@NullMarked
package org.vigil.geo;

import org.jspecify.annotations.NullMarked;
