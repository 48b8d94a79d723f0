package org.vigil.store;

import org.jspecify.annotations.Nullable;

/**
 * What a view of an incident shows of each report behind it: a stored report without its text
 * and fingerprints ({@link StoredReport} has them).
 *
 * @param extId the report's own id, as its feed or file named it
 * @param source the outlet
 * @param nearDupOf the stored report this one nearly repeats, if any
 */
public record ReportLabel(long id, String extId, @Nullable String title, @Nullable String source, @Nullable String url,
    @Nullable Long nearDupOf) {}
