/**
 * The coordination function ("samordningsfunktion") that every municipality must have (law 2023:196, 5 §): the
 * {@link se.lokbra.core.coordination.CoordinationFunction aggregate}, the people who hold it over time, the tasks
 * the law gives it, its id, and its repository with the queries by municipality and in force on a date.
 */
@NullMarked
package se.lokbra.core.coordination;

import org.jspecify.annotations.NullMarked;
