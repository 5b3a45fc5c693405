package se.lokbra.storage.jdbc;

/**
 * The application's own transactions on the data source a store was opened on (a Spring-managed transaction, for
 * one), for the store to join: see {@link JdbcStores#open(javax.sql.DataSource, se.lokbra.core.StoreOptions,
 * ExternalTransactions)}. While {@link #active()}, the store neither begins, commits nor rolls back: its reads and
 * writes run on the connection of the application's transaction and commit or roll back with it.
 */
public interface ExternalTransactions {
  /** No application transactions: the store runs every operation in a transaction of its own. */
  ExternalTransactions NONE = new ExternalTransactions() {
    @Override
    public boolean active() {
      return false;
    }

    @Override
    public void setRollbackOnly() {
      throw new IllegalStateException("there is no application transaction to mark");
    }
  };

  /**
   * Whether the calling thread is inside one of the application's transactions on the store's data source.
   *
   * @return true to join it
   */
  boolean active();

  /**
   * Marks the calling thread's application transaction so that it rolls back: called when a store operation
   * failed inside it (a half-done write must not commit with the application's data).
   */
  void setRollbackOnly();
}
