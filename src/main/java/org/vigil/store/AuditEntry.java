package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log.
 *
 * @param action what was done, e.g. {@code taxii.add}, {@code taxii.read}, {@code taxii.delete}
 * @param target what it was done to, e.g. a STIX id and version, or a collection
 */
public record AuditEntry(long id, String at, String userName, @Nullable Long orgId, String action, String target,
    @Nullable String detail) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
  }
}
