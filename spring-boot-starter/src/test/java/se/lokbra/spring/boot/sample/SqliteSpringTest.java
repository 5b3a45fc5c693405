package se.lokbra.spring.boot.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.lokbra.storage.jdbc.TestDatabases;

/** The sample application on a SQLite file (Spring Boot's Hikari pool, foreign keys on). */
@SpringBootTest
class SqliteSpringTest extends SpringTransactionContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    String url = "jdbc:sqlite:" + TestDatabases.newSqliteFile();
    properties.add("spring.datasource.url", () -> url);
    properties.add("spring.datasource.hikari.data-source-properties.foreign_keys", () -> "true");
  }

  @Override
  String scheme() {
    return "jdbc:sqlite:";
  }
}
