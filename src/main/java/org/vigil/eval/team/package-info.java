/**
 * The team's own test reports ({@code src/test/resources/org/vigil/extract/reports}) scored with
 * the same field metrics as the public gold data, by {@link org.vigil.eval.team.TeamReportsEvaluator}.
 */
@NullMarked
package org.vigil.eval.team;

import org.jspecify.annotations.NullMarked;
