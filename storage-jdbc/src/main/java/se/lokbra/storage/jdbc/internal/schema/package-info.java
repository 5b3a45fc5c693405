/**
 * The JDBC store's schema: the Flyway migrations shared by SQLite and PostgreSQL and the check that a database
 * has the version this code needs ({@link se.lokbra.storage.jdbc.internal.schema.Migrations}). Not API.
 */
@NullMarked
package se.lokbra.storage.jdbc.internal.schema;

import org.jspecify.annotations.NullMarked;
