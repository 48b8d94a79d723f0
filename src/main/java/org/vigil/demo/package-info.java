/**
 * The demo of {@code vigil serve --demo}: a set of wire-style reports written by the team
 * (resources next to this package), ingested into a fresh store, with a demo organisation and an
 * analyst user whose password is made at random for each run.
 */
@NullMarked
package org.vigil.demo;

import org.jspecify.annotations.NullMarked;
