package se.lokbra.storage.jdbc.internal.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept per physical connection and reused, the 64 used last on each (least recently used
 * first out). Preparing is most of what a small query costs SQLite (it compiles the SQL each time), and on both
 * databases creating the statement object is Java work repeated at every call.
 *
 * <p>Statements are prepared on the connection the pool's proxy wraps ({@link Connection#unwrap}), so the pool does
 * not close them when the connection goes back to it; they close with the physical connection. A pooled connection
 * is used by one thread at a time, so each connection's cache needs no lock of its own. A cached statement found
 * closed (a data source whose connections close their statements) is prepared again.
 */
final class Statements {
  /** Statements kept per connection. */
  static final int PER_CONNECTION = 64;

  private static final Map<Connection, Cache> CACHES = new ConcurrentHashMap<>();

  private Statements() {}

  /** One connection's statements, by SQL, in access order. */
  private static final class Cache extends LinkedHashMap<String, PreparedStatement> {
    private static final long serialVersionUID = 1L;

    Cache() {
      super(16, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      if (size() <= PER_CONNECTION) {
        return false;
      }
      closeQuietly(eldest.getValue());
      return true;
    }
  }

  /**
   * A prepared statement of {@code sql} on {@code connection}'s physical connection, kept for the next call: the
   * caller closes its result sets but not the statement.
   */
  static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    Connection physical = physical(connection);
    Cache cache = CACHES.get(physical);
    if (cache == null) {
      purgeClosed();
      cache = new Cache();
      CACHES.put(physical, cache);
    }
    PreparedStatement statement = cache.get(sql);
    if (statement == null || statement.isClosed()) {
      statement = physical.prepareStatement(sql);
      cache.put(sql, statement);
    }
    return statement;
  }

  private static Connection physical(Connection connection) throws SQLException {
    if (connection.isWrapperFor(Connection.class)) {
      Connection inner = connection.unwrap(Connection.class);
      if (inner != null) {
        return inner;
      }
    }
    return connection;
  }

  /** Forgets the caches of connections that have closed (their statements closed with them). */
  private static void purgeClosed() {
    for (Iterator<Map.Entry<Connection, Cache>> i = CACHES.entrySet().iterator(); i.hasNext(); ) {
      Connection c = i.next().getKey();
      boolean closed;
      try {
        closed = c.isClosed();
      } catch (SQLException e) {
        closed = true;
      }
      if (closed) {
        i.remove();
      }
    }
  }

  private static void closeQuietly(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // the statement is dropped either way
    }
  }
}
