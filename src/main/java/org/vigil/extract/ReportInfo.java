package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/** The report an extraction came from. */
public record ReportInfo(String id, @Nullable String title, @Nullable String published,
    @Nullable String source, @Nullable String url) {}
