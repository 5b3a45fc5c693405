package se.lokbra.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;

/** How a PostgreSQL store uses the server's connections (issue 23), and URLs refused before the driver sees them. */
class PostgresPoolTest {
  /** Connections lokbra's stores hold on the server (they name themselves "lokbra"). */
  private static int lokbraConnections() throws SQLException {
    try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'lokbra'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void storesOpenedAndNeverClosedHoldNoConnectionAndAStoreUsesAtMostItsPool() throws Exception {
    URI uri = TestDatabases.newPostgresUri();
    LokbraStores.open(uri).close(); // the schema
    int before = lokbraConnections();
    List<LokbraStore> forgotten = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        forgotten.add(LokbraStores.open(uri));
      }
      assertThat(lokbraConnections() - before).as("connections held by 50 open, idle stores").isLessThanOrEqualTo(0);

      LokbraStore store = forgotten.get(0);
      int threads = 12;
      CountDownLatch release = new CountDownLatch(1);
      AtomicInteger inside = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Long>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          calls.add(pool.submit(() -> store.inTransaction(tx -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            return tx.organisations().count();
          })));
        }
        for (int i = 0; i < 100 && inside.get() < 4; i++) {
          Thread.sleep(50);
        }
        assertThat(inside.get()).as("transactions running at once: the default pool of 4").isEqualTo(4);
        assertThat(lokbraConnections() - before).as("connections of the busy store").isLessThanOrEqualTo(4);
        release.countDown();
        for (Future<Long> call : calls) {
          assertThat(call.get(60, TimeUnit.SECONDS)).isZero();
        }
        assertThat(most.get()).isEqualTo(4);
      } finally {
        release.countDown();
        pool.shutdownNow();
      }
    } finally {
      forgotten.forEach(LokbraStore::close);
    }
  }

  @Test
  void aServerThatNeverAnswersIsGivenUpAfterTheConnectTimeoutInOneLine() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> accepted = new ArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            accepted.add(silent.accept()); // and never a byte back
          }
        } catch (IOException closed) {
          accepted.forEach(PostgresPoolTest::closeQuietly);
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/lokbra?user=u";
      StorageException e = catchThrowableOfType(StorageException.class, () -> LokbraStores.open(url,
          StoreOptions.defaults().withProperty(JdbcStores.CONNECT_TIMEOUT, "1")));
      assertThat(e).isNotNull().hasMessageContaining("the server did not answer within 1 s")
          .hasMessageContaining(String.valueOf(silent.getLocalPort()));
      assertThat(e.getMessage().lines()).hasSize(1);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // the test is over
    }
  }

  @Test
  void anInvalidPortIsRefusedInOneLineBeforeTheDriverLogsAnything() {
    List<LogRecord> logged = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger driver = Logger.getLogger("org.postgresql");
    driver.addHandler(handler);
    try {
      for (String port : List.of("99999", "abc", "0", "", "-1")) {
        String url = "jdbc:postgresql://localhost:" + port + "/lokbra?user=u&password=secret";
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> LokbraStores.open(url));
        assertThat(e).as(url).isNotNull().hasMessageContaining("'" + port + "'").hasMessageContaining("65535")
            .hasMessageNotContaining("secret");
        assertThat(e.getMessage().lines()).hasSize(1);
      }
      ValidationException second = catchThrowableOfType(ValidationException.class,
          () -> LokbraStores.open("jdbc:postgresql://db1:5432,db2:70000/lokbra"));
      assertThat(second).hasMessageContaining("'70000'");
    } finally {
      driver.removeHandler(handler);
    }
    assertThat(logged).as("driver warnings").isEmpty();
  }
}
