/**
 * Historical incident datasets analysts already hold: the Global Terrorism Database CSV export
 * and ACLED's CSV export. Each record becomes an incident with the dataset as its source,
 * mapped to Vigil's types; later news reports merge into it. A bad record is skipped with its
 * line and reason; it never aborts the import.
 */
@NullMarked
package org.vigil.dataset;

import org.jspecify.annotations.NullMarked;
