/**
 * The knowledge base: reports, incidents with their sources, the links between related incidents
 * and the record of incidents merged into others ({@link org.vigil.store.LinkStore}), groups and
 * analysts' reviews, and what is shared (organisations, their partners, users and API keys in
 * {@link org.vigil.store.AccessStore}, TAXII collections in {@link org.vigil.store.CollectionStore},
 * their STIX objects read under TLP clearance in {@link org.vigil.store.ObjectStore}, the audit
 * log, and STIX ids kept for good), in embedded SQLite (default, one file under the data
 * directory, WAL mode) or PostgreSQL, with one schema applied by Flyway ({@code db/migration}).
 * {@link org.vigil.store.Store} is the seam; {@link org.vigil.store.SqlStore} implements it for
 * both databases. Not thread-safe: one store per thread.
 *
 * <h2>The access model</h2>
 * This package owns who reads what. Every report, incident source and incident carries an
 * {@link org.vigil.store.Ownership}: its owner organisation (null for the instance's own intake)
 * and its TLP marking. Every read of the knowledge base takes a {@link org.vigil.store.Viewer}
 * (an organisation, or the operator at the command line) and applies the one rule of
 * {@link org.vigil.store.Visibility} in the SQL that reads: own records; CLEAR; the instance's own
 * intake up to GREEN; a partner's up to the partnership's ceiling; nothing else. Incidents are read
 * through {@code Visibility.incidents}, a table of the incidents a viewer reads as it reads them:
 * an incident whose sources differ in owner or marking is read from its row of
 * {@code incident_views}, merged from the sources that organisation reads (computed by
 * {@code org.vigil.merge.IncidentMerger}). Reviews are the owner's; other organisations' are
 * {@link org.vigil.store.Proposal proposals}.
 *
 * <p>To bring in records of another producer (a partner's imported intelligence), store its
 * reports and sources with that producer's organisation and marking as their
 * {@link org.vigil.store.Ownership} (the reports through {@link org.vigil.store.ReportStore#insert},
 * the incidents through {@code IncidentMerger.attach} with a {@code Source} carrying it): reads,
 * merges, views, alerts and exports then follow from the rule, and a new read that forgets it
 * does not compile, since every read takes a viewer.
 */
@NullMarked
package org.vigil.store;

import org.jspecify.annotations.NullMarked;
