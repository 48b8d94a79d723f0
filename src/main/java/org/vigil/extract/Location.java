package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/**
 * Where an incident happened, as resolved by the geocoder. {@code resolved} names the container
 * (district, province) whose coordinates and precision a place takes when the place itself is in
 * no gazetteer; {@code name} is then the place as the text writes it.
 */
public record Location(
    String name,
    @Nullable String site,
    @Nullable String city,
    @Nullable String admin1,
    @Nullable String country,
    @Nullable String countryCode,
    @Nullable Double lat,
    @Nullable Double lon,
    String precision,
    String relation,
    @Nullable Double offsetKm,
    @Nullable String resolved) {}
