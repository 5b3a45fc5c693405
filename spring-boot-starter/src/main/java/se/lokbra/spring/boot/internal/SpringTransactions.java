package se.lokbra.spring.boot.internal;

import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.lokbra.storage.jdbc.ExternalTransactions;

/**
 * Spring-managed transactions on one {@link DataSource} (a {@code DataSourceTransactionManager}'s or
 * {@code JdbcTransactionManager}'s, which bind a {@link ConnectionHolder} to the thread for the data source).
 */
public final class SpringTransactions implements ExternalTransactions {
  private final DataSource dataSource;

  /**
   * The transactions of {@code dataSource}.
   *
   * @param dataSource the data source the transaction manager manages (not a proxy of it)
   */
  public SpringTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean active() {
    return TransactionSynchronizationManager.isActualTransactionActive() && holder() != null;
  }

  @Override
  public void setRollbackOnly() {
    ConnectionHolder holder = holder();
    if (holder != null) {
      holder.setRollbackOnly();
    }
  }

  private @Nullable ConnectionHolder holder() {
    return TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
        ? holder : null;
  }
}
