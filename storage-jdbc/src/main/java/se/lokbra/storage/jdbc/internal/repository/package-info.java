/**
 * The JDBC store's repositories: the generic one with the store's rules
 * ({@link se.lokbra.storage.jdbc.internal.repository.JdbcRepository}), one per kind with its own queries, the SQL of
 * one aggregate ({@link se.lokbra.storage.jdbc.internal.repository.AggregateDao}) and the tallies page totals are
 * read from. Not API.
 */
@NullMarked
package se.lokbra.storage.jdbc.internal.repository;

import org.jspecify.annotations.NullMarked;
