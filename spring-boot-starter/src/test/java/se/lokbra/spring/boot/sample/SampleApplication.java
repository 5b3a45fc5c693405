package se.lokbra.spring.boot.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import se.lokbra.core.LokbraStore;

/**
 * A Spring Boot application with lokbra: the starter opens the store on the application's {@code DataSource}, and
 * {@link CouncilRegistry} writes the application's own table and lokbra's in one {@code @Transactional} method.
 * Run it with a data source, e.g. {@code --spring.datasource.url=jdbc:sqlite:sample.db
 * --spring.datasource.hikari.data-source-properties.foreign_keys=true --spring.sql.init.mode=always}.
 */
@SpringBootApplication
public class SampleApplication {
  /**
   * Registers the council of Örebro (once) and prints how many councils lokbra and the application's table hold.
   *
   * @param args Spring Boot arguments
   */
  public static void main(String[] args) {
    try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class, args)) {
      CouncilRegistry registry = context.getBean(CouncilRegistry.class);
      LokbraStore store = context.getBean(LokbraStore.class);
      if (registry.registrations() == 0) {
        registry.register("orebro-lokbra", "Brottsförebyggande rådet i Örebro", "1880");
      }
      System.out.println(store.councils().count() + " councils in lokbra, " + registry.registrations()
          + " registrations in the application's table");
    }
  }
}
