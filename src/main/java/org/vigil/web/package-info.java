/**
 * The HTTP server of {@code vigil serve}: bootstrap ({@link org.vigil.web.VigilServer}),
 * authentication and rate limiting of every request, the one place where errors become
 * responses ({@link org.vigil.web.ErrorMapper}: TAXII error resources under {@code /taxii2/},
 * {@code {"title","status","detail"}} under {@code /api/}; stack traces never reach clients) and
 * the limits of {@link org.vigil.web.ServerSettings}. The TAXII routes live in
 * {@code org.vigil.taxii}, the REST routes in {@code org.vigil.api}.
 */
@NullMarked
package org.vigil.web;

import org.jspecify.annotations.NullMarked;
