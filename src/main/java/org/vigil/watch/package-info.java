/**
 * Watchlists: what an analyst watches (a group with its aliases and sub-groups, a place with a
 * radius, a named site with coordinates and a category, a country or province, keywords), with
 * optional conditions (incident types, a minimum number killed, arrests only), owned by a user
 * or an organisation; and the rule that tells whether a stored incident matches one.
 */
@NullMarked
package org.vigil.watch;

import org.jspecify.annotations.NullMarked;
