/**
 * The SQLite and PostgreSQL backend of lokbra: {@link se.lokbra.storage.jdbc.JdbcStores} and the
 * {@link se.lokbra.storage.jdbc.JdbcStoreProvider} behind {@code jdbc:sqlite:} and {@code jdbc:postgresql:} URIs.
 */
@NullMarked
package se.lokbra.storage.jdbc;

import org.jspecify.annotations.NullMarked;
