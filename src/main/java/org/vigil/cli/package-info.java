/**
 * Command-line interface: the {@code vigil} commands, their options, and how user errors become one line on stderr and an exit code. Owns no extraction or storage logic; it wires the feature packages together.
 */
@NullMarked
package org.vigil.cli;

import org.jspecify.annotations.NullMarked;
