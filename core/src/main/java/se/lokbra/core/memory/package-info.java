/**
 * The memory engine: {@link se.lokbra.core.memory.InMemoryStore} keeps every entity in memory with an index per
 * query and hands each committed transaction to a {@link se.lokbra.core.spi.Persistence}; it is the
 * {@code memory:} store ({@link se.lokbra.core.memory.MemoryStoreProvider}) and the engine of the JSON directory
 * store. It has one table and one repository per {@link se.lokbra.core.AggregateKind}, and applies the write
 * rules of {@link se.lokbra.core.spi.StoreRules}.
 */
@NullMarked
package se.lokbra.core.memory;

import org.jspecify.annotations.NullMarked;
