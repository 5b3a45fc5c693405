package se.lokbra.core;

import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import se.lokbra.core.internal.Checks;

/**
 * How to open a store: the clock that stamps {@code created} and {@code modified} (the system clock in UTC by
 * default; tests pass a fixed one), whether a store that does not exist yet is created ({@link #createIfMissing()},
 * yes by default) and backend-specific settings as text properties (each backend documents its own, e.g.
 * {@code jdbc.migrate=false}).
 */
public final class StoreOptions {
  private static final StoreOptions DEFAULTS = new StoreOptions(Clock.systemUTC(), true, ImmutableMap.of());

  private final Clock clock;
  private final boolean createIfMissing;
  private final ImmutableMap<String, String> properties;

  private StoreOptions(Clock clock, boolean createIfMissing, ImmutableMap<String, String> properties) {
    this.clock = clock;
    this.createIfMissing = createIfMissing;
    this.properties = properties;
  }

  public static StoreOptions defaults() {
    return DEFAULTS;
  }

  public StoreOptions withClock(Clock clock) {
    return new StoreOptions(Checks.notNull(clock, "clock"), createIfMissing, properties);
  }

  /**
   * These options, creating a missing store or not. With {@code false}, opening a store that does not exist
   * fails with a {@link StorageException} naming where the store was expected, and creates nothing: the JSON
   * directory or its {@code lokbra-store.json} is missing, the SQLite file is missing, the PostgreSQL database or
   * schema holds no lokbra tables. A {@code memory:} store is new on every open and never missing: memory ignores
   * this option.
   */
  public StoreOptions withCreateIfMissing(boolean create) {
    return new StoreOptions(clock, create, properties);
  }

  /** These options with one more backend property (replacing one of the same name). */
  public StoreOptions withProperty(String name, String value) {
    Checks.name(name, "property name");
    Checks.notNull(value, name);
    Map<String, String> copy = new java.util.LinkedHashMap<>(properties);
    copy.put(name, value);
    return new StoreOptions(clock, createIfMissing, ImmutableMap.copyOf(copy));
  }

  public Clock clock() {
    return clock;
  }

  /** Whether opening a store that does not exist creates it (the default) or fails (see {@link #withCreateIfMissing}). */
  public boolean createIfMissing() {
    return createIfMissing;
  }

  public ImmutableMap<String, String> properties() {
    return properties;
  }

  public Optional<String> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** A boolean property: {@code true} or {@code false}, else the default. */
  public boolean booleanProperty(String name, boolean defaultValue) {
    return property(name).map(v -> {
      Checks.check(v.equals("true") || v.equals("false"), name, v, "must be true or false");
      return Boolean.parseBoolean(v);
    }).orElse(defaultValue);
  }
}
