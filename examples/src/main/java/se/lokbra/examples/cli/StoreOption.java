package se.lokbra.examples.cli;

import picocli.CommandLine.Option;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;

/** The {@code --store URI} option that every command working on one store takes. */
final class StoreOption {
  @Option(names = {"-s", "--store"}, paramLabel = "URI", defaultValue = Main.DEFAULT_STORE,
      description = "The store: jdbc:sqlite:FILE, jdbc:postgresql://HOST/DB?user=U, json:DIR or memory:NAME "
          + "(default: ${DEFAULT-VALUE}).")
  String uri;

  LokbraStore open(java.time.Clock clock) {
    return LokbraStores.open(uri, StoreOptions.defaults().withClock(clock));
  }
}
