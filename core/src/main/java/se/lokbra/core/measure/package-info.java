/**
 * Crime-prevention measures ("insatser", "åtgärder"): the {@link se.lokbra.core.measure.Measure aggregate}
 * with its status lifecycle, goals, follow-ups and targets (the problems and causes it addresses), its id, and its
 * repository with {@link se.lokbra.core.measure.MeasureQuery queries} by council, year, status, category, action
 * plan and problem.
 */
@NullMarked
package se.lokbra.core.measure;

import org.jspecify.annotations.NullMarked;
