/**
 * Partners' intelligence in the workspace: the incidents, groups, places and reports of STIX
 * objects a partner shared (a bundle given to {@code vigil import}, or objects POSTed to a TAXII
 * collection) become knowledge-base incidents, merged with the analyst's own under the merge
 * rules, each source remembering the organisation that shared it and its TLP marking
 * ({@link org.vigil.store.SharedOrigin}). An incident exported by another Vigil comes back with
 * its record, sources and reviews as they were there.
 */
@NullMarked
package org.vigil.partner;

import org.jspecify.annotations.NullMarked;
