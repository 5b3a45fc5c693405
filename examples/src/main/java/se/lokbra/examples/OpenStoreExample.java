package se.lokbra.examples;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.sample.KarlskogaDegerfors;

/** Opening a store by URI and loading the sample data set. Run with a store URI, e.g. {@code jdbc:sqlite:demo.db}. */
public final class OpenStoreExample {
  private OpenStoreExample() {}

  /** Loads the sample data if the store is empty and returns how many measures it holds. */
  public static long run(String uri) {
    // tag::open[]
    try (LokbraStore store = LokbraStores.open(uri)) { // "jdbc:sqlite:lokbra.db", "json:data", "memory:test", …
      KarlskogaDegerfors.loadIfEmpty(store);
      return store.measures().count();
    }
    // end::open[]
  }

  public static void main(String[] args) {
    System.out.println(run(args.length > 0 ? args[0] : "memory:example") + " measures");
  }
}
