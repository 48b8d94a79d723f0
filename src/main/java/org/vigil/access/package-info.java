/**
 * Who is making a request, and what their role lets them do: {@link org.vigil.access.Role roles},
 * password hashing ({@link org.vigil.access.Passwords}), API keys shown once and stored hashed,
 * with an expiry and their last use ({@link org.vigil.access.ApiKeys}), authentication by bearer
 * key, Basic password or key (TAXII only) and the web sign-in's password
 * ({@link org.vigil.access.Authenticator}: an unknown name costs what a real one does, a key is
 * never a password), failed passwords slowed per source address and name
 * ({@link org.vigil.access.LoginThrottle}, {@link org.vigil.access.LoginLimits}) and the per-key
 * request rate limit ({@link org.vigil.access.RateLimiter}). What a user's organisation may read
 * is the store's access model ({@link org.vigil.store.Visibility}, reached through
 * {@link org.vigil.access.Principal#viewer()}). Organisations and users are stored by
 * {@link org.vigil.store.AccessStore}.
 */
@NullMarked
package org.vigil.access;

import org.jspecify.annotations.NullMarked;
