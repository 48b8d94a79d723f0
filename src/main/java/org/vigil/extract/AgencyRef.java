package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/** A state agency that acted in an incident (arrested, foiled, raided). */
public record AgencyRef(String name, String mention, @Nullable String countryCode) {}
