package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report as stored.
 *
 * @param extId the report's own id (its input record id, or the file name)
 * @param contentHash SHA-256 of the normalised text, hex
 * @param minhash MinHash signature of the text's word shingles, hex
 * @param nearDupOf the report this one is a near-duplicate of, if any
 * @param published ISO date, if known
 * @param origin where it was first read (file, and line for JSON Lines); {@code stix:} and the
 *     report's STIX id for a report a partner shared, whose text (if any) is the report's
 *     description and is not Vigil's to extract again
 * @param ownership who owns it and its marking; the same content is one report per label
 */
public record StoredReport(long id, String extId, String contentHash, String minhash,
    @Nullable Long nearDupOf, @Nullable String title, @Nullable String published,
    @Nullable String source, @Nullable String url, String origin, String text, Ownership ownership) {

  /** The origin prefix of reports made from partners' STIX {@code report} objects. */
  public static final String SHARED = "stix:";

  public StoredReport {
    Objects.requireNonNull(extId, "extId");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(minhash, "minhash");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ownership, "ownership");
  }

  /** Whether a partner shared this report (as a STIX {@code report}) rather than Vigil reading it. */
  public boolean shared() {
    return origin.startsWith(SHARED);
  }
}
