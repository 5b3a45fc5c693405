/**
 * The JDBC store's access to the database: the SQL dialects, column types, statement parameters, one
 * transaction ({@link se.lokbra.storage.jdbc.internal.sql.Tx}), connection pools and the translation of SQL errors
 * into lokbra exceptions. Not API.
 */
@NullMarked
package se.lokbra.storage.jdbc.internal.sql;

import org.jspecify.annotations.NullMarked;
