package se.lokbra.examples.jpms;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.sample.KarlskogaDegerfors;

/** Opens the memory store (found by ServiceLoader in the se.lokbra.core module), loads the sample, counts. */
public final class ModulePathExample {
  private ModulePathExample() {}

  /**
   * Prints the module lokbra's core was loaded from and how many measures and organisations the sample holds.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (LokbraStore store = LokbraStores.open("memory:jpms")) {
      KarlskogaDegerfors.loadIfEmpty(store);
      System.out.println("module " + LokbraStore.class.getModule().getName() + ": " + store.measures().count()
          + " measures, " + store.organisations().count() + " organisations");
    }
  }
}
