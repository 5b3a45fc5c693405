/**
 * The JDBC store ({@link se.lokbra.storage.jdbc.internal.JdbcStore}) and how it is opened
 * ({@link se.lokbra.storage.jdbc.internal.Stores}), on the parts in the subpackages: {@code mapping} (aggregates to
 * rows), {@code sql} (dialects, types, transactions), {@code repository} (the repositories and their SQL) and
 * {@code schema} (migrations). Not API.
 */
@NullMarked
package se.lokbra.storage.jdbc.internal;

import org.jspecify.annotations.NullMarked;
