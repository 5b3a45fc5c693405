package se.lokbra.storage.jdbc.internal.sql;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;

/**
 * Where a store's connections come from: one data source for reads and one for writes (the same one when the
 * application hands in its own), plus the pools the store owns and closes.
 *
 * @param readsIsolated whether read connections already run REPEATABLE READ, read-only transactions (PostgreSQL
 *     pools the store owns); otherwise each read transaction asks for it
 * @param migrations where Flyway connects (a plain, unpooled data source for a store that owns its connections)
 */
public record Pools(DataSource read, DataSource write, boolean readsIsolated, DataSource migrations,
    List<HikariDataSource> owned) implements AutoCloseable {
  @Override
  public void close() {
    owned.forEach(HikariDataSource::close);
  }
}
