package org.vigil.geo;

import java.util.List;
import java.util.Optional;

/**
 * Finds the places named in a text and resolves each to a gazetteer entry. Implementations
 * are immutable after construction and safe for use by many threads at once.
 */
public interface Geocoder {

  /**
   * Every place mention in {@code text}, in text order, resolved in the light of the whole
   * text (other places, the admin chain written out, the context's source country).
   *
   * <p>Besides places proper, the list holds named sites (precision {@link Precision#SITE},
   * at their city's coordinates) and demonyms ("Iranian": country precision, relation
   * {@code "demonym"}), which say who was involved rather than where; use
   * {@link #incidentLocation} for the one place of the main incident.
   */
  List<ResolvedPlace> resolve(String text, GeoContext context);

  /**
   * The text read once, to be resolved under several contexts: the reading's
   * {@link Reading#resolve} gives what {@link #resolve} of the text would. An implementation may
   * find the mentions, which do not depend on the context, once for all.
   */
  default Reading read(String text) {
    return context -> resolve(text, context);
  }

  /** A text read by {@link #read}, resolved under a context as {@link #resolve} would. */
  @FunctionalInterface
  interface Reading {

    /** {@link Geocoder#resolve} of the read text under {@code context}. */
    List<ResolvedPlace> resolve(GeoContext context);
  }

  /**
   * The country of ISO 3166-1 alpha-2 code {@code countryCode} as a place at {@code span}, for a
   * report that names no place but whose actors tell the country: its {@code resolved} says why
   * ({@code because}). Empty when the code is no country this geocoder knows.
   */
  default Optional<ResolvedPlace> country(String countryCode, org.vigil.text.Span span, String because) {
    return Optional.empty();
  }

  /**
   * Where the report's main incident happened: {@link IncidentLocation#primary} applied to
   * {@link #resolve}; empty when the text names no place.
   */
  default Optional<ResolvedPlace> incidentLocation(String text, GeoContext context) {
    return IncidentLocation.primary(text, resolve(text, context));
  }
}
