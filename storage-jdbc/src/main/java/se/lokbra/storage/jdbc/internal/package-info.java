/**
 * The JDBC store's mappings, SQL, repositories, transactions and migrations. Not API.
 */
@NullMarked
package se.lokbra.storage.jdbc.internal;

import org.jspecify.annotations.NullMarked;
