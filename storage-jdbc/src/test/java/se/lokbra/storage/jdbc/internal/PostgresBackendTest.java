package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import se.lokbra.core.LokbraStore;
import se.lokbra.storage.jdbc.TestDatabases;

class PostgresBackendTest extends JdbcBackendTest {
  @Override
  URI newUri() {
    return TestDatabases.newPostgresUri();
  }

  @Override
  DataSource dataSource(URI uri) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(uri.toString());
    return ds;
  }

  @Test
  void textColumnsUseTheBinaryCollation() {
    System.out.println("PostgreSQL server: " + TestDatabases.postgresVersion());
    try (LokbraStore store = open(newUri())) {
      Map<String, Object> collation = ((JdbcStore) store).jdbis().get(0).withHandle(h -> h.createQuery(
          "SELECT collation_name FROM information_schema.columns WHERE table_schema = current_schema() "
              + "AND table_name = 'organisation' AND column_name = 'name'").mapToMap().one());
      assertThat(collation).containsEntry("collation_name", "C");
    }
  }
}
