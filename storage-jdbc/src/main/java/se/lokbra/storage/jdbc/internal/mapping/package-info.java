/**
 * The JDBC store's mapping of aggregates to rows: {@link se.lokbra.storage.jdbc.internal.mapping.AggregateMapping},
 * derived from each aggregate's description, the declared overrides of the layout
 * ({@link se.lokbra.storage.jdbc.internal.mapping.Layouts}), and the columns, child tables and row values it is
 * made of. Not API.
 */
@NullMarked
package se.lokbra.storage.jdbc.internal.mapping;

import org.jspecify.annotations.NullMarked;
