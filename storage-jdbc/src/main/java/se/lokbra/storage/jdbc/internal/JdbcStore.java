package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.CheckReport;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraException;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.Repositories;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreCapability;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.spi.Arguments;
import se.lokbra.storage.jdbc.ExternalTransactions;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.spi.GenericRepositories;
import se.lokbra.core.spi.StoreRules;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.storage.jdbc.internal.mapping.AggregateMapping;
import se.lokbra.storage.jdbc.internal.mapping.ChildTable;
import se.lokbra.storage.jdbc.internal.mapping.Column;
import se.lokbra.storage.jdbc.internal.mapping.Layouts;
import se.lokbra.storage.jdbc.internal.repository.AggregateDao;
import se.lokbra.storage.jdbc.internal.repository.JdbcActionPlans;
import se.lokbra.storage.jdbc.internal.repository.JdbcConferences;
import se.lokbra.storage.jdbc.internal.repository.JdbcCooperationAgreements;
import se.lokbra.storage.jdbc.internal.repository.JdbcCouncils;
import se.lokbra.storage.jdbc.internal.repository.JdbcIndicators;
import se.lokbra.storage.jdbc.internal.repository.JdbcMeasures;
import se.lokbra.storage.jdbc.internal.repository.JdbcMeetings;
import se.lokbra.storage.jdbc.internal.repository.JdbcOrganisations;
import se.lokbra.storage.jdbc.internal.repository.JdbcPeople;
import se.lokbra.storage.jdbc.internal.repository.JdbcProblems;
import se.lokbra.storage.jdbc.internal.repository.JdbcRepository;
import se.lokbra.storage.jdbc.internal.repository.JdbcSituationPictures;
import se.lokbra.storage.jdbc.internal.sql.Dialect;
import se.lokbra.storage.jdbc.internal.sql.Errors;
import se.lokbra.storage.jdbc.internal.sql.Params;
import se.lokbra.storage.jdbc.internal.sql.Integrity;
import se.lokbra.storage.jdbc.internal.sql.Pools;
import se.lokbra.storage.jdbc.internal.sql.SqliteTransactionHandler;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/**
 * A store on a SQLite or PostgreSQL database through JDBI. Every repository call runs in a database transaction:
 * its own, or the calling thread's if it runs inside {@link #inTransaction} (which joins an enclosing one). A
 * writing transaction stamps what it saves with one instant read from the store's clock when it begins.
 */
public final class JdbcStore implements LokbraStore {
  /**
   * How often the store runs a call of its own (not a caller's transaction) that failed for a reason a new attempt
   * may cure: a deadlock or serialization failure, or a connection the server had dropped while it sat in the pool.
   */
  private static final int ATTEMPTS = 3;
  private final URI uri;
  private final Dialect dialect;
  private final Pools pools;
  private final Clock clock;
  /** The application transactions this store joins (NONE: it runs every operation in its own). */
  private final ExternalTransactions external;
  private final Jdbi readJdbi;
  private final Jdbi writeJdbi;
  private final ThreadLocal<Tx> current = new ThreadLocal<>();
  private final Map<AggregateKind, AggregateDao<?, ?>> daos = new EnumMap<>(AggregateKind.class);
  /** For each kind: one query listing (kind, id) of every entity that refers to a given id, and its parameters. */
  private final Map<AggregateKind, String> referrers = new EnumMap<>(AggregateKind.class);
  private final Map<AggregateKind, Integer> referrerParams = new EnumMap<>(AggregateKind.class);
  /**
   * For each kind with parts: one query listing (kind, id) of every entity that refers to given parts of a given
   * id, and its number of (id, parts) parameter pairs.
   */
  private final Map<AggregateKind, String> partReferrers = new EnumMap<>(AggregateKind.class);
  private final Map<AggregateKind, Integer> partReferrerParams = new EnumMap<>(AggregateKind.class);
  private final Repos repositories;
  private volatile boolean closed;

  /**
   * The mapping of every kind, derived from its description and declared layout once per process (they hold no
   * state of a store).
   */
  private static final List<AggregateMapping<?, ?>> MAPPINGS = java.util.Arrays.stream(AggregateKind.values())
      .<AggregateMapping<?, ?>>map(JdbcStore::mapping).toList();

  /** The mapping of every kind, in kind order. */
  static List<AggregateMapping<?, ?>> mappings() {
    return MAPPINGS;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static AggregateMapping<?, ?> mapping(AggregateKind kind) {
    return new AggregateMapping(kind.descriptor(), Layouts.of(kind));
  }

  /** How the repository of a kind with queries of its own is made. */
  private interface RepositoryFactory {
    JdbcRepository<?, ?> create(JdbcStore store, AggregateDao<?, ?> dao, Tx bound);
  }

  /**
   * The kinds whose repository is a class of its own (queries in SQL, uniqueness rules). Every other kind gets the
   * generic {@link JdbcRepository}, serving its repository interface's default-method queries through
   * {@link GenericRepositories}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Map<AggregateKind, RepositoryFactory> OWN_REPOSITORIES = new EnumMap<>(Map.ofEntries(
      Map.entry(AggregateKind.ORGANISATION, (s, d, t) -> new JdbcOrganisations(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.PERSON, (s, d, t) -> new JdbcPeople(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.COUNCIL, (s, d, t) -> new JdbcCouncils(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.MEASURE, (s, d, t) -> new JdbcMeasures(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.MEETING, (s, d, t) -> new JdbcMeetings(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.CONFERENCE, (s, d, t) -> new JdbcConferences(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.SITUATION_PICTURE, (s, d, t) -> new JdbcSituationPictures(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.PROBLEM, (s, d, t) -> new JdbcProblems(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.INDICATOR, (s, d, t) -> new JdbcIndicators(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.COOPERATION_AGREEMENT,
          (s, d, t) -> new JdbcCooperationAgreements(s, (AggregateDao) d, t)),
      Map.entry(AggregateKind.ACTION_PLAN, (s, d, t) -> new JdbcActionPlans(s, (AggregateDao) d, t))));

  JdbcStore(URI uri, Dialect dialect, Pools pools, StoreOptions options, ExternalTransactions external) {
    this.uri = uri;
    this.external = external;
    this.dialect = dialect;
    this.pools = pools;
    this.clock = options.clock();
    this.readJdbi = jdbi(pools.read());
    this.writeJdbi = pools.write() == pools.read() ? readJdbi : jdbi(pools.write());
    List<AggregateMapping<?, ?>> mappings = MAPPINGS;
    for (AggregateMapping<?, ?> m : mappings) {
      daos.put(m.kind, dao(m));
    }
    for (AggregateKind target : AggregateKind.values()) {
      List<String> selects = new ArrayList<>();
      List<String> partSelects = new ArrayList<>();
      for (AggregateMapping<?, ?> m : mappings) {
        referrerSelects(m, m.table, "id", m.columns, target, selects, partSelects);
        for (ChildTable<?, ?> child : m.children) {
          referrerSelects(m, child.table, child.parent.name(), child.columns, target, selects, partSelects);
        }
      }
      if (!selects.isEmpty()) {
        referrers.put(target, String.join(" UNION ALL ", selects));
        referrerParams.put(target, selects.size());
      }
      if (!partSelects.isEmpty()) {
        partReferrers.put(target, String.join(" UNION ALL ", partSelects));
        partReferrerParams.put(target, partSelects.size());
      }
    }
    repositories = new Repos(null);
  }

  /**
   * Adds the selects of (kind, id) of the entities of {@code m} whose rows in {@code table} refer to an entity of
   * {@code target}: by id ({@code selects}), and by id and one of a list of parts ({@code partSelects}).
   */
  private void referrerSelects(AggregateMapping<?, ?> m, String table, String owner, List<Column<?>> columns,
      AggregateKind target, List<String> selects, List<String> partSelects) {
    String select = "SELECT '" + m.kind.name() + "', " + owner + " FROM " + table + " WHERE ";
    for (Column<?> c : columns) {
      if (c.references() == target) {
        selects.add(select + c.name() + " = ?");
        for (Column<?> part : columns) {
          if (part.partOf() == target) {
            partSelects.add(select + c.name() + " = ? AND " + dialect.anyOf(part.name()));
          }
        }
      }
    }
  }

  private Jdbi jdbi(javax.sql.DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource);
    if (dialect == Dialect.SQLITE) {
      jdbi.setTransactionHandler(new SqliteTransactionHandler());
    }
    if (external != ExternalTransactions.NONE) {
      // A handle on the application's transaction is closed with that transaction still open, by design.
      jdbi.getConfig(Handles.class).setForceEndTransactions(false);
    }
    return jdbi;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private AggregateDao<?, ?> dao(AggregateMapping<?, ?> m) {
    return new AggregateDao((AggregateMapping) m, dialect);
  }

  @SuppressWarnings("unchecked")
  <T extends Aggregate<I, T>, I extends EntityId> AggregateDao<T, I> dao(AggregateKind kind) {
    return (AggregateDao<T, I>) daos.get(kind);
  }

  /** The JDBI instances of the store (reads, writes; the same one if the store has a single data source). */
  List<Jdbi> jdbis() {
    return readJdbi == writeJdbi ? List.of(readJdbi) : List.of(readJdbi, writeJdbi);
  }

  public Dialect dialect() {
    return dialect;
  }

  // ---------------------------------------------------------------- repositories

  /** The repositories, of the store ({@code tx} null) or of one transaction. */
  private final class Repos implements Repositories {
    private final Map<AggregateKind, Repository<?, ?>> byKind = new EnumMap<>(AggregateKind.class);

    @SuppressWarnings({"unchecked", "rawtypes"})
    Repos(Tx tx) {
      for (AggregateKind kind : AggregateKind.values()) {
        RepositoryFactory own = OWN_REPOSITORIES.get(kind);
        byKind.put(kind, own != null ? own.create(JdbcStore.this, dao(kind), tx)
            : GenericRepositories.of((AggregateType) kind.descriptor(), new JdbcRepository(JdbcStore.this,
                dao(kind), tx)));
      }
    }

    @Override
    public Repository<?, ?> repository(AggregateKind kind) {
      return byKind.get(Arguments.notNull(kind, "kind"));
    }
  }

  @Override
  public Repository<?, ?> repository(AggregateKind kind) {
    return repositories.repository(kind);
  }

  // ---------------------------------------------------------------- transactions

  private void checkOpen() {
    if (closed) {
      throw new StorageException("the store " + uri + " is closed");
    }
  }

  private Tx joined(Tx bound) {
    Tx tx = bound != null ? bound : current.get();
    if (tx != null && !tx.isActive()) {
      throw new StorageException("the transaction these repositories belong to has ended (store " + uri + ")");
    }
    return tx;
  }

  /** Runs a read in the joined transaction, or in a read transaction of its own (a consistent snapshot). */
  public <R> R read(Tx bound, Function<Tx, R> work) {
    checkOpen();
    Tx tx = joined(bound);
    if (tx != null) {
      try {
        return work.apply(tx);
      } catch (RuntimeException e) {
        throw Errors.translate(e, "reading from " + uri, null, false);
      }
    }
    if (external.active()) {
      return inExternalTransaction(work);
    }
    if (readJdbi.getConfig(SqlStatements.class).getSqlLogger() == SqlLogger.NOP_SQL_LOGGER) {
      return readOnConnection(work);
    }
    for (int attempt = 1; ; attempt++) {
      Handle handle = null;
      try {
        handle = readJdbi.open();
        handle.begin();
        if (dialect == Dialect.POSTGRESQL && !pools.readsIsolated()) {
          handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
        R result = work.apply(new Tx(this, handle, dialect, null, false));
        handle.commit();
        return result;
      } catch (RuntimeException e) {
        rollbackQuietly(handle, e);
        if (attempt < ATTEMPTS && Errors.isConnectionLoss(e)) {
          continue; // a pooled connection the server had dropped: the pool discards it, the next one is fresh
        }
        throw Errors.translate(e, "reading from " + uri, null, false);
      } finally {
        closeQuietly(handle);
      }
    }
  }

  /**
   * {@link #read} in a read transaction of its own on a pooled connection, without a JDBI handle: the same
   * transaction (SQLite: a DEFERRED one, begun and ended through the driver's auto-commit switch as
   * {@link SqliteTransactionHandler} does; PostgreSQL: REPEATABLE READ, READ ONLY), without the handle's creation.
   */
  private <R> R readOnConnection(Function<Tx, R> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = pools.read().getConnection()) {
        connection.setAutoCommit(false);
        R result;
        try {
          if (dialect == Dialect.POSTGRESQL && !pools.readsIsolated()) {
            try (java.sql.Statement s = connection.createStatement()) {
              s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
          }
          result = work.apply(new Tx(connection, dialect));
        } catch (SQLException | RuntimeException e) {
          endRead(connection, e);
          throw e;
        }
        endRead(connection, null);
        return result;
      } catch (SQLException | RuntimeException e) {
        if (attempt < ATTEMPTS && Errors.isConnectionLoss(e)) {
          continue; // a pooled connection the server had dropped: the pool discards it, the next one is fresh
        }
        throw Errors.translate(e, "reading from " + uri, null, false);
      }
    }
  }

  /**
   * Ends a read transaction: it wrote nothing, so committing and rolling back are the same, except after a failure
   * on PostgreSQL (an aborted transaction can only be rolled back). A failure to end it is added to
   * {@code failure}, if any, and otherwise thrown.
   */
  private void endRead(Connection connection, Exception failure) throws SQLException {
    try {
      if (dialect == Dialect.POSTGRESQL) {
        if (failure == null) {
          connection.commit();
        } else {
          connection.rollback();
        }
      }
      connection.setAutoCommit(true); // SQLite: a plain COMMIT, which takes no lock
    } catch (SQLException e) {
      if (failure == null) {
        throw e;
      }
      failure.addSuppressed(e);
    }
  }

  /**
   * Runs a read of exactly one statement: in the joined transaction if there is one, otherwise with no transaction
   * around it, in autocommit, where the one statement reads a consistent snapshot by itself (the isolation the
   * contract asks for, without a BEGIN and a COMMIT). With no {@code SqlLogger} installed it runs on a pooled
   * connection straight, without a JDBI handle (whose creation was a tenth of a {@code findById}'s Java time);
   * with one, on a handle, so that the logger sees the statement.
   */
  public <R> R readOne(Tx bound, Function<Tx, R> work) {
    checkOpen();
    if (joined(bound) != null || external.active()) {
      return read(bound, work);
    }
    boolean logged = readJdbi.getConfig(SqlStatements.class).getSqlLogger() != SqlLogger.NOP_SQL_LOGGER;
    for (int attempt = 1; ; attempt++) {
      try {
        if (logged) {
          try (Handle handle = readJdbi.open()) {
            return work.apply(new Tx(this, handle, dialect, null, false));
          }
        }
        try (Connection connection = pools.read().getConnection()) {
          R result = work.apply(new Tx(connection, dialect));
          if (!connection.getAutoCommit()) {
            connection.rollback(); // an application's data source handing out connections in a transaction
          }
          return result;
        }
      } catch (SQLException | RuntimeException e) {
        if (attempt < ATTEMPTS && Errors.isConnectionLoss(e)) {
          continue; // a pooled connection the server had dropped: the pool discards it, the next one is fresh
        }
        throw Errors.translate(e, "reading from " + uri, null, false);
      }
    }
  }

  /** Runs a write in the joined transaction, or in a transaction of its own (retried on a transient failure). */
  public <R> R write(Tx bound, Function<Tx, R> work) {
    checkOpen();
    Tx tx = joined(bound);
    if (tx != null) {
      try {
        return work.apply(tx);
      } catch (RuntimeException e) {
        throw Errors.translate(e, "writing to " + uri, null, false);
      }
    }
    if (external.active()) {
      return inExternalTransaction(work);
    }
    return transaction(work, false, ATTEMPTS);
  }

  /**
   * Runs one store operation in the application's transaction (see {@link ExternalTransactions}): on its
   * connection, neither beginning nor ending it; a failure marks it rollback-only.
   */
  private <R> R inExternalTransaction(Function<Tx, R> work) {
    Handle handle = null;
    Tx tx = null;
    try {
      handle = writeJdbi.open();
      tx = new Tx(this, handle, dialect, clock.instant().truncatedTo(ChronoUnit.MICROS), true);
      current.set(tx);
      R result = work.apply(tx);
      tx.flushTallies();
      return result;
    } catch (RuntimeException e) {
      external.setRollbackOnly();
      throw Errors.translate(e, "working in the application's transaction on " + uri, null, false);
    } finally {
      end(tx, handle);
    }
  }

  /** After a writing transaction: it is no longer this thread's, its repositories refuse work, its handle closes. */
  private void end(Tx tx, Handle handle) {
    current.remove();
    if (tx != null) {
      tx.end();
    }
    closeQuietly(handle);
  }

  private <R> R transaction(Function<Tx, R> work, boolean shared, int attempts) {
    for (int attempt = 1; ; attempt++) {
      Handle handle = null;
      Tx tx = null;
      boolean committing = false;
      try {
        handle = writeJdbi.open();
        handle.begin();
        tx = new Tx(this, handle, dialect, clock.instant().truncatedTo(ChronoUnit.MICROS), shared);
        current.set(tx);
        R result = work.apply(tx);
        tx.flushTallies();
        committing = true;
        handle.commit();
        return result;
      } catch (RuntimeException e) {
        rollbackQuietly(handle, e);
        if (attempt < attempts && !committing && Errors.isConnectionLoss(e)) {
          // The server rolled the transaction back with the connection (the commit was not sent), so the store's
          // own work may run again, on a fresh connection: the pool discards the dropped one.
          continue;
        }
        if (committing && Errors.isConnectionLoss(e)) {
          // The server may have committed before the connection went: only a fresh read can tell.
          throw new StorageException("writing to " + uri + " failed: the connection to the database was lost while "
              + "the transaction was being committed, so whether it was committed is not known; read the data "
              + "again to see (" + Errors.sqlCause(e).getMessage() + ")", e);
        }
        if (attempt < attempts && Errors.isTransient(e)) {
          continue;
        }
        if (Errors.isTransient(e) && tx != null && tx.writing() != null) {
          throw lostRace(tx.writing(), tx.writingVersion(), e);
        }
        throw Errors.translate(e, "writing to " + uri, null, false);
      } finally {
        end(tx, handle);
      }
    }
  }

  /**
   * Runs the writes of one repository call after its checks passed. Inside a caller's transaction on SQLite they
   * run in a savepoint, so that a failure leaves the transaction as before the call.
   */
  public void writing(Tx tx, Runnable writes) {
    if (!tx.shared || !dialect.savepointsForNestedWrites()) {
      writes.run();
      return;
    }
    String savepoint = tx.nextSavepoint();
    tx.handle.savepoint(savepoint);
    try {
      writes.run();
    } catch (RuntimeException e) {
      try {
        tx.handle.rollbackToSavepoint(savepoint);
      } catch (RuntimeException s) {
        e.addSuppressed(s);
      }
      throw e;
    } finally {
      tx.handle.releaseSavepoint(savepoint);
    }
  }

  /**
   * The concurrency error for a transaction the database rolled back because another one wrote {@code id} at the
   * same moment (a deadlock, a serialization failure): a {@link VersionConflictException} with the version stored
   * once the other transaction has ended. Called after the rollback, so that waiting for the other transaction
   * cannot deadlock again.
   */
  private RuntimeException lostRace(EntityId id, long givenVersion, RuntimeException failure) {
    Handle handle = null;
    try {
      handle = writeJdbi.open();
      handle.begin();
      long stored = dao(id.kind()).lockLive(new Tx(this, handle, dialect, null, false), id.value())
          .map(AggregateDao.State::version).orElse(-1L);
      handle.commit();
      return VersionConflictException.lostRace(id, givenVersion, stored, failure);
    } catch (RuntimeException e) {
      rollbackQuietly(handle, e);
      failure.addSuppressed(e);
      return Errors.translate(failure, "writing to " + uri, null, false);
    } finally {
      closeQuietly(handle);
    }
  }

  private static void rollbackQuietly(Handle handle, Throwable cause) {
    if (handle != null && handle.isInTransaction()) {
      try {
        handle.rollback();
      } catch (RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }

  private static void closeQuietly(Handle handle) {
    if (handle != null) {
      try {
        handle.close();
      } catch (RuntimeException e) {
        // The transaction has ended either way; a failure to return the connection must not hide the result.
      }
    }
  }

  @Override
  public <R> R inTransaction(Function<Repositories, R> work) {
    Arguments.notNull(work, "work");
    checkOpen();
    Tx tx = current.get();
    if (tx != null) {
      return work.apply(tx.repositories); // joins the running transaction
    }
    if (external.active()) {
      return inExternalTransaction(t -> work.apply(t.repositories));
    }
    return transaction(t -> work.apply(t.repositories), true, 1);
  }

  /** The repositories of one transaction. */
  public Repositories repositoriesOf(Tx tx) {
    return new Repos(tx);
  }

  // ---------------------------------------------------------------- checks shared by the repositories

  /** The targets of some references that exist in the store: live entities, and the parts of those referred to. */
  public static final class Targets {
    private final Set<EntityId> live = new HashSet<>();
    private final Map<EntityId, Set<String>> parts = new HashMap<>();

    /** True if the reference's target is live and has the part the reference names, if it names one. */
    public boolean has(Reference reference) {
      return live.contains(reference.target()) && reference.part()
          .map(p -> parts.getOrDefault(reference.target(), Set.of()).contains(p)).orElse(true);
    }
  }

  /**
   * Which targets of {@code references} are live entities, and which parts those referred to by part have, kept
   * so (PostgreSQL: key-share locks) until the transaction ends.
   */
  public Targets existing(Tx tx, List<Reference> references) {
    Map<AggregateKind, Set<String>> byKind = new EnumMap<>(AggregateKind.class);
    Map<AggregateKind, Set<String>> withParts = new EnumMap<>(AggregateKind.class);
    for (Reference r : references) {
      byKind.computeIfAbsent(r.target().kind(), k -> new LinkedHashSet<>()).add(r.target().value());
      if (r.part().isPresent()) {
        withParts.computeIfAbsent(r.target().kind(), k -> new LinkedHashSet<>()).add(r.target().value());
      }
    }
    Targets found = new Targets();
    byKind.forEach((kind, ids) -> {
      for (String id : daos.get(kind).existing(tx, ids)) {
        found.live.add(kind.id(id));
      }
    });
    withParts.forEach((kind, ids) -> daos.get(kind).parts(tx, ids)
        .forEach((id, keys) -> found.parts.put(kind.id(id), keys)));
    return found;
  }

  /**
   * Throws if an entity refers to one of the parts of {@code next} that its save would drop ({@code dropped}),
   * naming every such reference as the in-memory store does.
   */
  public void checkPartsKept(Tx tx, Aggregate<?, ?> next, Set<String> dropped) {
    EntityId target = next.id();
    String sql = partReferrers.get(target.kind());
    if (sql == null) {
      return;
    }
    Params params = new Params();
    for (int i = 0; i < partReferrerParams.get(target.kind()); i++) {
      params.text(target.value()).list(dropped);
    }
    StoreRules.checkPartsKept(next, holders(tx, sql, params));
  }

  /** The entities whose (kind, id) {@code sql} lists, in id order. */
  private List<Aggregate<?, ?>> holders(Tx tx, String sql, Params params) {
    Map<AggregateKind, Set<String>> sources = new EnumMap<>(AggregateKind.class);
    tx.query(sql, params, rs -> sources.computeIfAbsent(AggregateKind.valueOf(rs.getString(1)),
        k -> new LinkedHashSet<>()).add(rs.getString(2)));
    List<Aggregate<?, ?>> holders = new ArrayList<>();
    sources.forEach((kind, ids) -> holders.addAll(daos.get(kind).byIds(tx, ids).values()));
    holders.sort(Comparator.comparing(Aggregate::id));
    return holders;
  }

  /** Throws if any entity refers to {@code target}, naming every such reference as the in-memory store does. */
  public void checkNotReferenced(Tx tx, EntityId target) {
    String sql = referrers.get(target.kind());
    if (sql == null) {
      return;
    }
    Params params = new Params();
    for (int i = 0; i < referrerParams.get(target.kind()); i++) {
      params.text(target.value());
    }
    StoreRules.checkNotReferenced(target, holders(tx, sql, params));
  }

  /**
   * The error for a write that found its row changed after the checks (a count of 0): another transaction saved,
   * deleted or took the organisation number of the entity meanwhile.
   */
  public RuntimeException concurrentChange(Tx tx, EntityId id, long given, Aggregate<?, ?> entity) {
    AggregateDao.State state = daos.get(id.kind()).states(tx, List.of(id.value())).get(id.value());
    boolean live = state != null && state.live();
    if (!live && entity instanceof Organisation o && o.organisationNumber().isPresent()) {
      List<String> holders = tx.query("SELECT id FROM organisation WHERE organisation_number = ?",
          new Params().text(o.organisationNumber().get().value()), rs -> rs.getString(1));
      if (!holders.isEmpty()) {
        return StoreRules.notUnique(o, "organisationNumber", o.organisationNumber().get(),
            AggregateKind.ORGANISATION.id(holders.get(0)));
      }
    }
    return new VersionConflictException(id, given, live ? state.version() : -1);
  }

  // ---------------------------------------------------------------- whole data sets

  /**
   * The database's own checks ({@link Integrity}: SQLite's {@code integrity_check} and {@code foreign_key_check};
   * on PostgreSQL every table read whole, and {@code amcheck} where installed), then, if they pass, the reference
   * check over {@link #snapshot()}. Reads only; an error is reported, not thrown.
   */
  @Override
  public CheckReport check() {
    checkOpen();
    String where = uri.getScheme() + ":" + uri.getSchemeSpecificPart();
    List<CheckReport.Problem> problems = new ArrayList<>();
    try (Connection connection = pools.read().getConnection()) {
      problems.addAll(Integrity.check(connection, dialect, where));
    } catch (SQLException e) {
      problems.add(new CheckReport.Problem(where, "cannot connect: " + e.getMessage(), "a store must be readable"));
    }
    if (problems.isEmpty()) {
      try {
        problems.addAll(StoreRules.referenceProblems(snapshot()));
      } catch (LokbraException e) {
        problems.add(new CheckReport.Problem(where, "does not read back: " + e.getMessage(),
            "every entity must read back"));
      }
    }
    return CheckReport.of(problems);
  }

  @Override
  public DataSet snapshot() {
    return read(null, tx -> {
      DataSet.Builder data = DataSet.builder();
      for (AggregateKind kind : AggregateKind.values()) {
        AggregateDao<?, ?> dao = dao(kind);
        data.addAll(dao.all(tx)).tombstones(dao.tombstones(tx));
      }
      return data.build();
    });
  }

  @Override
  public void restore(DataSet data) {
    Arguments.notNull(data, "data");
    write(null, tx -> {
      new Restore(tx, data).run();
      return null;
    });
  }

  /** One restore: the checks of the in-memory store, in its order, then the inserts. */
  private final class Restore {
    private final Tx tx;
    private final DataSet data;
    private final Map<AggregateKind, Map<String, AggregateDao.State>> states = new EnumMap<>(AggregateKind.class);
    private final Map<AggregateKind, Map<String, ? extends Aggregate<?, ?>>> live =
        new EnumMap<>(AggregateKind.class);
    private final Map<EntityId, Object> added = new HashMap<>();

    Restore(Tx tx, DataSet data) {
      this.tx = tx;
      this.data = data;
    }

    void run() {
      Map<AggregateKind, Set<String>> ids = new EnumMap<>(AggregateKind.class);
      data.entities().forEach(e -> ids.computeIfAbsent(e.aggregateKind(), k -> new LinkedHashSet<>())
          .add(e.id().value()));
      data.tombstones().forEach(t -> ids.computeIfAbsent(t.id().kind(), k -> new LinkedHashSet<>())
          .add(t.id().value()));
      ids.forEach((kind, set) -> {
        Map<String, AggregateDao.State> s = daos.get(kind).states(tx, set);
        states.put(kind, s);
        live.put(kind, daos.get(kind).byIds(tx, s.entrySet().stream().filter(e -> e.getValue().live())
            .map(Map.Entry::getKey).toList()));
      });
      List<Aggregate<?, ?>> newEntities = new ArrayList<>();
      data.entities().forEach(entity -> {
        Object mine = added.get(entity.id());
        Aggregate<?, ?> current = mine instanceof Aggregate<?, ?> a ? a
            : live.get(entity.aggregateKind()).get(entity.id().value());
        AggregateDao.State state = states.get(entity.aggregateKind()).get(entity.id().value());
        if (StoreRules.restoresEntity(entity, current, state != null && !state.live())) {
          added.put(entity.id(), entity);
          newEntities.add(entity);
        }
      });
      List<Tombstone> newTombstones = new ArrayList<>();
      for (Tombstone tombstone : data.tombstones()) {
        Object mine = added.get(tombstone.id());
        AggregateDao.State state = states.get(tombstone.id().kind()).get(tombstone.id().value());
        Aggregate<?, ?> current = mine instanceof Aggregate<?, ?> a ? a
            : live.get(tombstone.id().kind()).get(tombstone.id().value());
        Tombstone existing = mine instanceof Tombstone t ? t : state != null && !state.live()
            ? new Tombstone(tombstone.id(), state.version(), state.created(), state.modified()) : null;
        if (StoreRules.restoresTombstone(tombstone, current, existing)) {
          added.put(tombstone.id(), tombstone);
          newTombstones.add(tombstone);
        }
      }
      List<Reference> references = new ArrayList<>();
      newEntities.forEach(e -> references.addAll(e.references()));
      Targets existing = existing(tx, references);
      List<Organisation> organisations = new ArrayList<>();
      for (Aggregate<?, ?> entity : newEntities) {
        StoreRules.checkReferences(entity, entity.references(), r -> added.get(r.target())
            instanceof Aggregate<?, ?> target ? StoreRules.hasPart(target, r) : existing.has(r));
        if (entity instanceof Organisation o) {
          organisations.add(o);
        }
      }
      JdbcOrganisations.checkRestored(tx, organisations);
      if (newEntities.isEmpty() && newTombstones.isEmpty()) {
        return;
      }
      writing(tx, () -> {
        // The data set may hold references in any order; they are checked above and again at commit.
        tx.execute(dialect.deferForeignKeys());
        for (AggregateKind kind : AggregateKind.values()) {
          insert(kind, newEntities.stream().filter(e -> e.aggregateKind() == kind).toList());
          daos.get(kind).putTombstones(tx, newTombstones.stream().filter(t -> t.id().kind() == kind).toList());
        }
      });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void insert(AggregateKind kind, List<Aggregate<?, ?>> entities) {
      if (entities.isEmpty()) {
        return;
      }
      AggregateDao dao = daos.get(kind);
      int[] counts = dao.insert(tx, entities);
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          Aggregate<?, ?> e = entities.get(i);
          throw concurrentChange(tx, e.id(), e.version(), e);
        }
      }
      dao.insertChildren(tx, entities);
      if (dao.keepsTallies()) {
        for (Aggregate<?, ?> e : entities) {
          tx.tallies().add(dao.tallies(e), 1);
        }
      }
    }
  }

  // ---------------------------------------------------------------- the rest

  @Override
  public ImmutableSet<StoreCapability> capabilities() {
    return ImmutableSet.of(StoreCapability.PERSISTENT, StoreCapability.SHARED_BETWEEN_PROCESSES);
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    synchronized (this) {
      if (!closed) {
        closed = true;
        pools.close();
      }
    }
  }

  @Override
  public String toString() {
    return "JdbcStore[" + uri + "]";
  }
}
