/**
 * Curated registries of armed groups and state agencies with their aliases, loaded from bundled data files and from users' own files on top.
 */
@NullMarked
package org.vigil.registry;

import org.jspecify.annotations.NullMarked;
