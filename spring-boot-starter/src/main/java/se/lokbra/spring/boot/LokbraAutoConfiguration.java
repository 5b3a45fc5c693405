package se.lokbra.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.spring.boot.internal.SpringTransactions;
import se.lokbra.spring.boot.internal.TimedStore;
import se.lokbra.storage.jdbc.JdbcStores;

/**
 * Spring Boot auto-configuration of a {@link LokbraStore} bean (unless the application defines one):
 * <ul>
 *   <li>with {@code lokbra.store.uri} set, the store that URI names, in transactions of its own;
 *   <li>otherwise, on the application's {@link DataSource} (SQLite or PostgreSQL), joining the application's
 *       Spring-managed transactions: inside a {@code @Transactional} method, lokbra's reads and writes run on the
 *       transaction's connection and commit or roll back with the application's own tables (a failed lokbra
 *       operation marks the transaction rollback-only); outside one, each lokbra operation is a transaction of its
 *       own.
 * </ul>
 * With Micrometer on the class path and a {@link MeterRegistry} bean, every repository call is timed
 * ({@value TimedStore#METER}, tags {@code kind}, {@code operation}, {@code exception}); with the Actuator, a
 * {@link LokbraHealthIndicator} ({@code lokbra}) reports the store's health.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass(LokbraStore.class)
@EnableConfigurationProperties(LokbraProperties.class)
public class LokbraAutoConfiguration {
  /**
   * The store: {@code lokbra.store.uri}'s, or else one on the application's data source that joins its Spring
   * transactions.
   *
   * @param properties the {@code lokbra.*} properties
   * @param dataSource the application's data source, if it has one
   * @return the store, closed with the application context
   */
  @Bean
  @ConditionalOnMissingBean
  // After the application's own schema (Flyway, Liquibase, schema.sql): Boot's Flyway, which lokbra-storage-jdbc
  // puts on the class path, refuses a schema that lokbra's tables made non-empty before it ran.
  @DependsOnDatabaseInitialization
  public LokbraStore lokbraStore(LokbraProperties properties, ObjectProvider<DataSource> dataSource) {
    String uri = properties.getStore().getUri();
    if (uri != null && !uri.isBlank()) {
      return LokbraStores.open(uri.strip(), options(properties));
    }
    DataSource application = dataSource.getIfUnique();
    if (application == null) {
      throw new ValidationException("lokbra.store.uri", uri, "must name a store (jdbc:sqlite:FILE, "
          + "jdbc:postgresql://..., json:DIR, memory:NAME) when the application has no single DataSource");
    }
    return JdbcStores.open(new TransactionAwareDataSourceProxy(application), options(properties),
        new SpringTransactions(application));
  }

  /** Micrometer timers around every repository of every {@link LokbraStore} bean. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Metrics {
    @Bean
    static BeanPostProcessor lokbraRepositoryTimers(ObjectProvider<MeterRegistry> registry) {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          MeterRegistry meters = bean instanceof LokbraStore ? registry.getIfAvailable() : null;
          return meters == null ? bean : TimedStore.of((LokbraStore) bean, meters);
        }
      };
    }
  }

  /** The Actuator's health indicator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("lokbra")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "lokbraHealthIndicator")
    LokbraHealthIndicator lokbraHealthIndicator(LokbraStore store) {
      return new LokbraHealthIndicator(store);
    }
  }

  private static StoreOptions options(LokbraProperties properties) {
    StoreOptions options = StoreOptions.defaults();
    for (Map.Entry<String, String> p : properties.getStore().getProperties().entrySet()) {
      options = options.withProperty(p.getKey(), p.getValue());
    }
    return options;
  }
}
