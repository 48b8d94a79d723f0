/**
 * The analyst's web UI under {@code /ui/}: sign-in by password with a session cookie (HttpOnly,
 * SameSite=Lax, Secure behind an https public URL; sessions capped per user and checked against
 * the store on every request) and a CSRF token on every form, and server-rendered pages
 * (dashboard, map, incident with review, proposals and history, report, group profile, search,
 * watchlists, and alerts that arrive live over the session-authenticated alert stream), each
 * showing what the user's organisation reads; the aggregates cached per organisation. Every value from reports
 * or users goes through {@link org.vigil.ui.Html#esc}; pages aggregate and page in the database
 * ({@link org.vigil.store.Aggregates}) and never read every incident. Browser libraries come
 * from WebJars on the classpath: the UI needs no network beyond the server.
 */
@NullMarked
package org.vigil.ui;

import org.jspecify.annotations.NullMarked;
