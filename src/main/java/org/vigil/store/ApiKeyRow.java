package org.vigil.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API key as stored: never the key itself, only its lookup prefix and the SHA-256 of the
 * whole key (hex).
 *
 * @param expiresAt when it stops working (ISO instant), or null for never
 * @param lastUsedAt when it last authenticated a request (to the minute), or null for never
 */
public record ApiKeyRow(long id, long userId, String prefix, String keyHash, String createdAt,
    @Nullable String revokedAt, @Nullable String expiresAt, @Nullable String lastUsedAt) {

  /** Whether the key authenticates at {@code now}: not revoked and not expired. */
  public boolean usableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(Instant.parse(expiresAt)));
  }
}
