/**
 * Indicators ("indikatorer") that measure a problem: the {@link se.lokbra.core.indicator.Indicator aggregate}
 * with its baseline and measurements, its id, and its repository with the query by problem.
 */
@NullMarked
package se.lokbra.core.indicator;

import org.jspecify.annotations.NullMarked;
