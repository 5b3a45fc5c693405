/**
 * lokbra's API: open a {@link se.lokbra.core.LokbraStore store} by URI with {@link se.lokbra.core.LokbraStores},
 * reach one {@link se.lokbra.core.Repositories repository} per {@link se.lokbra.core.AggregateKind kind of
 * aggregate}, run transactions, copy whole {@link se.lokbra.core.DataSet data sets} between stores, and catch the
 * {@link se.lokbra.core.LokbraException exceptions} every backend throws alike (validation, not found, version
 * conflicts, referential integrity, storage). The aggregates themselves live in one package each.
 */
@NullMarked
package se.lokbra.core;

import org.jspecify.annotations.NullMarked;
