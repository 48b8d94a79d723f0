/**
 * STIX 2.1 for sharing: Vigil's incidents, groups, agencies, places and reports as STIX objects
 * (with the Vigil extension for what STIX has no property for), TLP 2.0 markings, bundles for
 * export, and import of bundles with object-by-object validation, all or nothing. Ids come from
 * {@link org.vigil.stix.StixIds}, so an object keeps its id across exports; the store plugs in
 * through {@link org.vigil.stix.StixIds}, {@link org.vigil.stix.IncidentSource} and
 * {@link org.vigil.stix.ImportSink}.
 */
@NullMarked
package org.vigil.stix;

import org.jspecify.annotations.NullMarked;
