package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/** Where an incident happened, as resolved by the geocoder. */
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
    @Nullable Double offsetKm) {}
