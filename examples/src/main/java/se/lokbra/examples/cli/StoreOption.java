package se.lokbra.examples.cli;

import java.time.Clock;
import picocli.CommandLine.Option;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;

/** The {@code --store URI} option that every command working on one store takes, and {@code --create}. */
final class StoreOption {
  @Option(names = {"-s", "--store"}, paramLabel = "URI", defaultValue = Main.DEFAULT_STORE,
      description = "The store: jdbc:sqlite:FILE, jdbc:postgresql://HOST/DB?user=U, json:DIR or memory:NAME "
          + "(default: ${DEFAULT-VALUE}).")
  String uri;

  @Option(names = "--create", description = "Create the store if it does not exist, even for a command that "
      + "only reads it (which otherwise refuses a store that is not there: a mistyped --store).")
  boolean create;

  /** Opens the store; a command that only reads it ({@code writes} false) refuses a missing one. */
  LokbraStore open(Clock clock, boolean writes) {
    return LokbraStores.open(uri, StoreOptions.defaults().withClock(clock).withCreateIfMissing(writes || create));
  }
}
