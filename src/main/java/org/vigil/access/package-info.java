/**
 * Who may do what: {@link org.vigil.access.Role roles}, password hashing
 * ({@link org.vigil.access.Passwords}), API keys shown once and stored hashed
 * ({@link org.vigil.access.ApiKeys}), authentication of HTTP requests by Basic or bearer key
 * ({@link org.vigil.access.Authenticator}) and the per-user rate limit
 * ({@link org.vigil.access.RateLimiter}). Organisations and users are stored by
 * {@link org.vigil.store.AccessStore}.
 */
@NullMarked
package org.vigil.access;

import org.jspecify.annotations.NullMarked;
