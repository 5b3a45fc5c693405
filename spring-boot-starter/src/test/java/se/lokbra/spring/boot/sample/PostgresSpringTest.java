package se.lokbra.spring.boot.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.lokbra.storage.jdbc.TestDatabases;

/** The sample application on PostgreSQL (the embedded server of the storage-jdbc tests, a fresh schema). */
@SpringBootTest
class PostgresSpringTest extends SpringTransactionContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    String url = TestDatabases.newPostgresUri().toString();
    properties.add("spring.datasource.url", () -> url);
  }

  @Override
  String scheme() {
    return "jdbc:postgresql:";
  }
}
