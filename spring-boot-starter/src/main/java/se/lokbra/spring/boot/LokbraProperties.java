package se.lokbra.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code lokbra.*} properties of a Spring Boot application.
 *
 * <pre>
 * lokbra.store.uri=jdbc:sqlite:lokbra.db          # any store URI; without it, the application's DataSource
 * lokbra.store.properties[jdbc.poolSize]=4         # StoreOptions properties (see JdbcStores' constants)
 * </pre>
 */
@ConfigurationProperties("lokbra")
public class LokbraProperties {
  private final Store store = new Store();

  /**
   * The store settings.
   *
   * @return the {@code lokbra.store.*} properties
   */
  public Store getStore() {
    return store;
  }

  /** {@code lokbra.store.*}. */
  public static class Store {
    private String uri = "";
    private Map<String, String> properties = new LinkedHashMap<>();

    /**
     * The store's URI ({@code jdbc:sqlite:FILE}, {@code jdbc:postgresql://…}, {@code json:DIR}, {@code memory:NAME});
     * empty: the store is opened on the application's {@code DataSource}.
     *
     * @return the URI, or an empty string
     */
    public String getUri() {
      return uri;
    }

    /**
     * Sets {@link #getUri()}.
     *
     * @param uri the store's URI
     */
    public void setUri(String uri) {
      this.uri = uri;
    }

    /**
     * {@link se.lokbra.core.StoreOptions} properties, such as {@code jdbc.migrate} or {@code jdbc.poolSize}.
     *
     * @return the properties, by name
     */
    public Map<String, String> getProperties() {
      return properties;
    }

    /**
     * Sets {@link #getProperties()}.
     *
     * @param properties the properties, by name
     */
    public void setProperties(Map<String, String> properties) {
      this.properties = properties;
    }
  }
}
