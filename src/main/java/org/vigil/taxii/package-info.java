/**
 * TAXII 2.1 over the store: discovery, API roots, collections, objects (GET with
 * {@code added_after}, {@code limit}, {@code next} and the {@code match[...]} filters, POST of an
 * envelope answered 202 with a status resource, DELETE), object by id, versions, manifest and
 * status. Results are sorted by {@code date_added}, strictly increasing within a collection; a
 * {@code next} token is bound to the query that produced it. Every write goes through
 * {@code CollectionWriter} (an object's versions are its first adder's), and
 * objects posted reach the knowledge base ({@link org.vigil.taxii.Workspace}). What a user receives is limited by their organisation's TLP clearance in the
 * query that reads the store ({@link org.vigil.store.ObjectStore}); an object they may not see
 * answers 404 like one that does not exist. Behaviour follows the OASIS reference server
 * (medallion) where the specification leaves a choice.
 */
@NullMarked
package org.vigil.taxii;

import org.jspecify.annotations.NullMarked;
