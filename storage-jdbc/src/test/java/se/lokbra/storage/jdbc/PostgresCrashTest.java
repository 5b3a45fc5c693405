package se.lokbra.storage.jdbc;

import org.junit.jupiter.api.Test;

/**
 * Kills a JVM that writes to a PostgreSQL store with {@code kill -9} at random moments, as {@link SqliteCrashTest}
 * does for SQLite ({@code -Dlokbra.crash.kills}, default 8 here): the server rolls back the transaction the killed
 * client had open, and every write the client had acknowledged is there.
 */
class PostgresCrashTest {
  @Test
  void everyAcknowledgedWriteSurvivesAKilledClient() throws Exception {
    SqliteCrashTest.killWritersAndCheck(TestDatabases.newPostgresUri(), Integer.getInteger("lokbra.crash.kills", 8));
  }
}
