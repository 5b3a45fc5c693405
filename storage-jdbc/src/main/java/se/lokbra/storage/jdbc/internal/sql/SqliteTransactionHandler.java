package se.lokbra.storage.jdbc.internal.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionException;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * JDBI transactions on the SQLite driver. The driver's {@code commit()} runs {@code COMMIT} and at once the next
 * {@code BEGIN} of the connection's transaction mode; with IMMEDIATE transactions that {@code BEGIN} takes the
 * database's write lock and may wait for, or fail on, another process's write after our data is already
 * committed. So a transaction begins with {@code setAutoCommit(false)} (the driver's {@code BEGIN IMMEDIATE}, set
 * through {@code SQLiteConfig}) and ends with {@code setAutoCommit(true)}, which runs a plain {@code COMMIT}; a
 * rollback never takes a lock either.
 */
public final class SqliteTransactionHandler implements TransactionHandler {

  @Override
  public TransactionHandler specialize(Handle handle) {
    return new Bound();
  }

  private static UnsupportedOperationException unbound() {
    return new UnsupportedOperationException("JDBI uses the handler specialized for each handle");
  }

  @Override
  public void begin(Handle handle) {
    throw unbound();
  }

  @Override
  public void commit(Handle handle) {
    throw unbound();
  }

  @Override
  public void rollback(Handle handle) {
    throw unbound();
  }

  @Override
  public boolean isInTransaction(Handle handle) {
    throw unbound();
  }

  @Override
  public void savepoint(Handle handle, String name) {
    throw unbound();
  }

  @Override
  public void rollbackToSavepoint(Handle handle, String name) {
    throw unbound();
  }

  @Override
  public void releaseSavepoint(Handle handle, String name) {
    throw unbound();
  }

  @Override
  public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) {
    throw unbound();
  }

  @Override
  public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
      HandleCallback<R, X> callback) {
    throw unbound();
  }

  /** The handler of one handle. */
  private static final class Bound implements TransactionHandler {
    private final Map<String, Savepoint> savepoints = new HashMap<>();
    private boolean inTransaction;

    @Override
    public void begin(Handle handle) {
      try {
        handle.getConnection().setAutoCommit(false);
        inTransaction = true;
        savepoints.clear();
      } catch (SQLException e) {
        throw new TransactionException("Failed to begin the transaction", e);
      }
    }

    @Override
    public void commit(Handle handle) {
      Connection c = handle.getConnection();
      inTransaction = false;
      try {
        c.setAutoCommit(true);
      } catch (SQLException e) {
        // A failed COMMIT (a deferred foreign key, say) leaves SQLite's transaction open: end it.
        try (Statement s = c.createStatement()) {
          s.execute("ROLLBACK");
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw new TransactionException("Failed to commit the transaction", e);
      }
    }

    @Override
    public void rollback(Handle handle) {
      Connection c = handle.getConnection();
      inTransaction = false;
      try {
        try (Statement s = c.createStatement()) {
          s.execute("ROLLBACK");
          // A deferred BEGIN takes no lock; the driver's COMMIT below then ends it.
          s.execute("BEGIN");
        }
        c.setAutoCommit(true);
      } catch (SQLException e) {
        try {
          c.setAutoCommit(true);
        } catch (SQLException again) {
          e.addSuppressed(again);
        }
        throw new TransactionException("Failed to roll back the transaction", e);
      }
    }

    @Override
    public boolean isInTransaction(Handle handle) {
      return inTransaction;
    }

    @Override
    public void savepoint(Handle handle, String name) {
      try {
        savepoints.put(name, handle.getConnection().setSavepoint(name));
      } catch (SQLException e) {
        throw new TransactionException("Failed to create savepoint " + name, e);
      }
    }

    @Override
    public void rollbackToSavepoint(Handle handle, String name) {
      try {
        handle.getConnection().rollback(savepoint(name));
      } catch (SQLException e) {
        throw new TransactionException("Failed to roll back to savepoint " + name, e);
      }
    }

    @Override
    public void releaseSavepoint(Handle handle, String name) {
      try {
        handle.getConnection().releaseSavepoint(savepoint(name));
        savepoints.remove(name);
      } catch (SQLException e) {
        throw new TransactionException("Failed to release savepoint " + name, e);
      }
    }

    private Savepoint savepoint(String name) {
      Savepoint s = savepoints.get(name);
      if (s == null) {
        throw new TransactionException("No savepoint " + name);
      }
      return s;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
      if (inTransaction) {
        return callback.withHandle(handle);
      }
      begin(handle);
      R result;
      try {
        result = callback.withHandle(handle);
      } catch (Exception | Error e) {
        try {
          rollback(handle);
        } catch (RuntimeException r) {
          e.addSuppressed(r);
        }
        throw e;
      }
      commit(handle);
      return result;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
        HandleCallback<R, X> callback) throws X {
      return inTransaction(handle, callback); // SQLite transactions are always serializable
    }
  }
}
