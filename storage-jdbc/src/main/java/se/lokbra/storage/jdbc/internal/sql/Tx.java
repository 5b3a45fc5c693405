package se.lokbra.storage.jdbc.internal.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import se.lokbra.core.Repositories;
import se.lokbra.core.model.EntityId;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.repository.Tally;

/**
 * One database transaction of a store: the JDBI handle it runs on and, for a writing transaction, the instant that
 * stamps everything it saves (read once from the store's clock when it starts, like the in-memory store).
 */
public final class Tx {
  /** Reads one row of a result set. */
  public interface RowReader<R> {
    R read(ResultSet rs) throws SQLException;
  }

  /** The JDBI handle; null for a {@linkplain #Tx(Connection, Dialect) one-statement read} on a plain connection. */
  public final Handle handle;
  private final Connection connection;
  public final Dialect dialect;
  public final Instant now;
  /** True for a caller's transaction ({@code inTransaction}), which many repository calls share. */
  public final boolean shared;
  /** The repositories bound to this transaction (for a shared one). */
  public final Repositories repositories;
  private boolean active = true;
  private int savepoints;
  /** The entity the running repository call writes, and the version its caller gave (-1: none). */
  private EntityId writing;
  private long writingVersion;
  /** Tally changes not yet written; see {@link Tally.Deltas}. */
  private Tally.Deltas tallies;

  public Tx(JdbcStore store, Handle handle, Dialect dialect, Instant now, boolean shared) {
    this.handle = handle;
    this.connection = handle.getConnection();
    this.dialect = dialect;
    this.now = now;
    this.shared = shared;
    this.repositories = shared ? store.repositoriesOf(this) : null;
  }

  /**
   * A read of one statement in autocommit mode on a connection of the store's own pool, with no JDBI handle (whose
   * creation was a tenth of a {@code findById}'s Java time): the statement is its own transaction, so it reads a
   * consistent snapshot. Only {@link #query} and {@link #count} may be used, and only while no {@link SqlLogger} is
   * installed (the store checks).
   */
  public Tx(Connection connection, Dialect dialect) {
    this.handle = null;
    this.connection = connection;
    this.dialect = dialect;
    this.now = null;
    this.shared = false;
    this.repositories = null;
  }

  /**
   * Runs a query and reads every row, straight through JDBC (see {@link #jdbc}), on a statement prepared once per
   * connection and reused ({@link Statements}).
   */
  public <R> List<R> query(String sql, Params params, RowReader<R> reader) {
    return jdbc(sql, () -> {
      PreparedStatement statement = Statements.prepare(connection, sql);
      try {
        params.bindTo(statement, dialect);
        try (ResultSet rs = statement.executeQuery()) {
          List<R> rows = new ArrayList<>();
          while (rs.next()) {
            rows.add(reader.read(rs));
          }
          return rows;
        }
      } catch (SQLException | RuntimeException e) {
        statement.close(); // not reused after a failure; the next call prepares it again
        throw e;
      }
    });
  }

  public long count(String sql, Params params) {
    return query(sql, params, rs -> rs.getLong(1)).get(0);
  }

  public int update(String sql, Params params) {
    return params.applyTo(handle.createUpdate(sql), dialect).execute();
  }

  public void execute(String sql) {
    handle.execute(sql);
  }

  /** Runs one statement for each parameter list, in one JDBC batch; returns the update counts. */
  public int[] batch(String sql, List<Params> rows) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    return jdbc(sql, () -> {
      try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
        for (Params row : rows) {
          row.bindTo(statement, dialect);
          statement.addBatch();
        }
        return statement.executeBatch();
      }
    });
  }

  /** Work on one JDBC statement. */
  private interface JdbcWork<R> {
    R run() throws SQLException;
  }

  /**
   * Runs {@code work} on statement {@code sql} with parameters bound straight to JDBC: through JDBI's argument
   * binding, a batch of thousands of rows spent more time binding than in the database, and JDBI's binding and
   * statement context were most of the Java time of a {@code findById} (JFR). The statement still reaches JDBI's
   * {@link SqlLogger} when one is installed (a statement context is made only then), and a failure comes as JDBI's
   * exception, as from any other statement.
   */
  private <R> R jdbc(String sql, JdbcWork<R> work) {
    if (handle == null) {
      try {
        return work.run();
      } catch (SQLException e) {
        throw new UnableToExecuteStatementException(sql + ": " + e.getMessage(), e, null);
      }
    }
    SqlLogger logger = handle.getConfig(SqlStatements.class).getSqlLogger();
    if (logger == SqlLogger.NOP_SQL_LOGGER) {
      try {
        return work.run();
      } catch (SQLException e) {
        try (Query query = handle.createQuery(sql)) {
          throw new UnableToExecuteStatementException(e, query.getContext());
        }
      }
    }
    try (Query query = handle.createQuery(sql)) {
      StatementContext context = query.getContext();
      logger.logBeforeExecution(context);
      try {
        R result = work.run();
        logger.logAfterExecution(context);
        return result;
      } catch (SQLException e) {
        logger.logException(context, e);
        throw new UnableToExecuteStatementException(e, context);
      }
    }
  }

  /** The tally changes of this transaction, to be written just before it commits. */
  public Tally.Deltas tallies() {
    if (tallies == null) {
      tallies = new Tally.Deltas();
    }
    return tallies;
  }

  /** The sum of the unwritten changes of the tallies {@code which} accepts, each times {@code sign}. */
  public long pendingTallies(java.util.function.Predicate<Tally> which, java.util.function.ToIntFunction<Tally> sign) {
    return tallies == null ? 0 : tallies.pending(which, sign);
  }

  /** Writes the tally changes; the transaction commits right after. */
  public void flushTallies() {
    if (tallies != null) {
      tallies.flush(this);
    }
  }

  /**
   * Notes the entity the next statements write, so that if the database rolls the transaction back because
   * another transaction wrote it at the same moment, the caller learns which entity to reload.
   */
  public void writing(EntityId id, long givenVersion) {
    writing = id;
    writingVersion = givenVersion;
  }

  /** The entity the transaction was writing last, or null. */
  public EntityId writing() {
    return writing;
  }

  public long writingVersion() {
    return writingVersion;
  }

  public String nextSavepoint() {
    return "lokbra_" + (++savepoints);
  }

  public boolean isActive() {
    return active;
  }

  public void end() {
    active = false;
  }
}
