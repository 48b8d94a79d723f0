/**
 * The REST API under {@code /api/}: JSON for the web UI and scripts over the knowledge base as
 * the caller's organisation reads it (incidents with the filters of {@code vigil incidents}, one
 * incident, reviews and the proposals they become on another organisation's incident, reports,
 * group profiles, report search, stats, watchlists, alerts and their stream, the digest, webhook
 * deliveries, pushed reports owned by the pusher) and a search of the shared STIX objects under
 * the reader's TLP clearance. Every route is listed once in {@link org.vigil.api.ApiRoutes#ROUTES},
 * from which it is registered, and described in the OpenAPI 3 document served at
 * {@code /api/openapi.json}. Bearer keys only; bodies are one JSON object sent as
 * {@code application/json}. Errors are {@code {"title","status","detail"}}.
 */
@NullMarked
package org.vigil.api;

import org.jspecify.annotations.NullMarked;
