package se.lokbra.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
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
 * without being reopened.
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
