/**
 * Analysts' reviews of incident fields: confirm, reject or set a value. A review is stored
 * apart from the machine values, so it survives re-extraction; {@link org.vigil.review.ReviewField}
 * names the fields that can be reviewed and parses analysts' values.
 */
@NullMarked
package org.vigil.review;

import org.jspecify.annotations.NullMarked;
