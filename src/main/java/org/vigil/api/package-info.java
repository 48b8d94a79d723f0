/**
 * The REST API under {@code /api/}: JSON for the web UI and scripts over the knowledge base
 * (incidents with the filters of {@code vigil incidents}, one incident, review actions, reports,
 * group profiles, report search, stats) and a search of the shared STIX objects under the
 * reader's TLP clearance. Every route is listed once in {@link org.vigil.api.ApiRoutes#ROUTES},
 * from which it is registered, and described in the OpenAPI 3 document served at
 * {@code /api/openapi.json}. Errors are {@code {"title","status","detail"}}.
 */
@NullMarked
package org.vigil.api;

import org.jspecify.annotations.NullMarked;
