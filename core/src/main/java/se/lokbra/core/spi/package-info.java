/**
 * What backends build on (service provider interface): a {@link se.lokbra.core.spi.StoreProvider} found by
 * {@link java.util.ServiceLoader} opens stores by URI prefix; {@link se.lokbra.core.spi.StoreRules} holds the write
 * rules every store applies; {@link se.lokbra.core.spi.Sorting} the orders and comparators derived from the
 * aggregates' descriptions; a {@link se.lokbra.core.spi.Persistence} is what a backend implements to keep the
 * memory engine's transactions durable, one {@link se.lokbra.core.spi.ChangeSet} per commit.
 */
@NullMarked
package se.lokbra.core.spi;

import org.jspecify.annotations.NullMarked;
