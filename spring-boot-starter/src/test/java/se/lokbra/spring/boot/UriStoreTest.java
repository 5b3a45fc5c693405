package se.lokbra.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.ValidationException;
import se.lokbra.core.sample.KarlskogaDegerfors;

/** {@code lokbra.store.uri} names the store; without it and without a DataSource, startup fails clearly. */
@SpringBootTest(classes = UriStoreTest.NoDatabase.class, properties = "lokbra.store.uri=memory:spring-uri")
class UriStoreTest {
  /** An application without a data source. */
  @SpringBootConfiguration
  @EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
  static class NoDatabase {}

  @Autowired
  LokbraStore store;

  @Test
  void theUriNamesTheStore() {
    assertThat(store.uri().toString()).isEqualTo("memory:spring-uri");
    KarlskogaDegerfors.loadIfEmpty(store);
    assertThat(store.measures().count()).isPositive();
  }

  @Test
  void withoutAUriOrADataSourceStartupFailsNamingTheProperty() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LokbraAutoConfiguration.class))
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .isInstanceOf(ValidationException.class).hasMessageContaining("lokbra.store.uri"));
  }

  @Test
  void anApplicationsOwnStoreWins() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LokbraAutoConfiguration.class))
        .withBean("myStore", LokbraStore.class, () -> se.lokbra.core.LokbraStores.open("memory:mine"))
        .run(context -> assertThat(context.getBean(LokbraStore.class).uri().toString()).isEqualTo("memory:mine"));
  }
}
