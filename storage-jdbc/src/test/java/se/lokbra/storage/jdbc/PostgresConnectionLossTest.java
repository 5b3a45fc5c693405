package se.lokbra.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StorageException;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.repository.PageRequest;

/**
 * The PostgreSQL server stops in the middle of a transaction (its own embedded server, not the shared one): the call
 * fails with a {@link StorageException} saying the connection was lost, nothing of the transaction is in the
 * database after the server is back (on the same port, with the same data), and the same store object works again
 * without being reopened. A connection lost during the commit itself gives an error saying that whether the
 * transaction was committed is not known.
 */
class PostgresConnectionLossTest {
  @TempDir
  Path dir;

  @Test
  void aTransactionCutOffByTheServerStoppingFailsClearlyLeavesNothingAndTheStoreWorksAgain() throws Exception {
    int port = freePort();
    Path data = dir.resolve("data");
    AtomicReference<EmbeddedPostgres> server = new AtomicReference<>(start(port, data));
    try {
      URI uri = URI.create("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
      try (LokbraStore store = LokbraStores.open(uri)) {
        store.organisations().save(organisation("before"));
        Throwable failure = catchThrowable(() -> store.inTransaction(tx -> {
          tx.organisations().save(organisation("half-1"));
          tx.people().save(Person.builder().id("half-2").givenName("Halv").familyName("Skriven").build());
          stop(server.get());
          return tx.organisations().save(organisation("half-3"));
        }));
        assertThat(failure).isInstanceOf(StorageException.class)
            .hasMessageStartingWith("writing to " + uri + " failed: the connection to the database was lost");

        server.set(start(port, data));
        store.organisations().save(organisation("after"));
        assertThat(store.organisations().findAll(PageRequest.first(10)).content())
            .extracting(o -> o.id().value()).containsExactly("after", "before");
        assertThat(store.people().count()).as("nothing half-written").isZero();
      }
    } finally {
      stop(server.get());
    }
  }

  @Test
  void aConnectionLostDuringTheCommitSaysThatTheOutcomeIsNotKnown() throws Exception {
    URI uri = TestDatabases.newPostgresUri();
    try (LokbraStore store = LokbraStores.open(uri)) {
      // A deferred trigger runs at commit; this one ends its own session there, as a server or network failure
      // at that moment would.
      try (Connection c = DriverManager.getConnection(uri.toString()); Statement s = c.createStatement()) {
        s.execute("CREATE FUNCTION end_session() RETURNS trigger LANGUAGE plpgsql AS "
            + "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$");
        s.execute("CREATE CONSTRAINT TRIGGER end_session_at_commit AFTER INSERT ON person DEFERRABLE INITIALLY "
            + "DEFERRED FOR EACH ROW EXECUTE FUNCTION end_session()");
      }
      assertThatThrownBy(() -> store.people().save(Person.builder().id("unknown").givenName("Okänd")
          .familyName("Utgång").build())).isInstanceOf(StorageException.class)
          .hasMessageContaining("the connection to the database was lost while the transaction was being "
              + "committed, so whether it was committed is not known");
      assertThat(store.organisations().save(organisation("later")).version()).as("the store works on")
          .isEqualTo(1);
    }
  }

  private static Organisation organisation(String id) {
    return Organisation.builder().id(id).name("Organisation " + id).kind(OrganisationKind.OTHER).build();
  }

  /** A server on {@code port} with its data in {@code data}, kept when it stops (so that it starts again). */
  private static EmbeddedPostgres start(int port, Path data) throws IOException {
    return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
  }

  private static void stop(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
