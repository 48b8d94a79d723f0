/**
 * The HTTP server of {@code vigil serve}: bootstrap ({@link org.vigil.web.VigilServer}), the
 * headers of every response ({@link org.vigil.web.SecurityHeaders}: a strict
 * Content-Security-Policy, no framing, no sniffing, same-origin referrers), authentication and rate
 * limiting of every request ({@link org.vigil.web.Guard}; the public URL, and the client's address
 * behind trusted proxies, in {@link org.vigil.web.PublicAddress}), the one place where errors become responses
 * ({@link org.vigil.web.ErrorMapper}: TAXII error resources under {@code /taxii2/},
 * {@code {"title","status","detail"}} under {@code /api/}; stack traces never reach clients) and
 * the limits of {@link org.vigil.web.ServerSettings}. The TAXII routes live in
 * {@code org.vigil.taxii}, the REST routes in {@code org.vigil.api}, the web UI in
 * {@code org.vigil.ui}.
 */
@NullMarked
package org.vigil.web;

import org.jspecify.annotations.NullMarked;
