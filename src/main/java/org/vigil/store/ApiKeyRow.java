package org.vigil.store;

import org.jspecify.annotations.Nullable;

/**
 * An API key as stored: never the key itself, only its lookup prefix and the SHA-256 of the
 * whole key (hex).
 */
public record ApiKeyRow(long id, long userId, String prefix, String keyHash, String createdAt,
    @Nullable String revokedAt) {}
