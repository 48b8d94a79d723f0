/**
 * The knowledge base: reports, incidents with their sources, the links between related incidents
 * and the record of incidents merged into others ({@link org.vigil.store.LinkStore}), groups and
 * analysts' reviews, and
 * what is shared (organisations, users and API keys in {@link org.vigil.store.AccessStore}, TAXII
 * collections in {@link org.vigil.store.CollectionStore}, their STIX objects read under TLP
 * clearance in {@link org.vigil.store.ObjectStore}, the audit log, and STIX ids kept for good), in
 * embedded SQLite (default, one file under the data directory, WAL mode) or PostgreSQL, with
 * one schema applied by Flyway ({@code db/migration}). {@link org.vigil.store.Store} is the
 * seam; {@link org.vigil.store.SqlStore} implements it for both databases. Not thread-safe: one
 * store per thread.
 */
@NullMarked
package org.vigil.store;

import org.jspecify.annotations.NullMarked;
