/**
 * Reports as they arrive: plain text, HTML (boilerplate removed, offsets mapped back to the HTML) and JSON Lines records, read into {@link org.vigil.report.Report} values with the limits of {@link org.vigil.report.ReadLimits}.
 */
@NullMarked
package org.vigil.report;

import org.jspecify.annotations.NullMarked;
