package se.lokbra.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.sample.KarlskogaDegerfors;

/** The same code on every backend: only the URI changes. */
public final class SwitchBackendExample {
  private SwitchBackendExample() {}

  /** For each URI: the number of completed measures after loading the sample data. */
  public static Map<String, Long> run(List<String> uris) {
    Map<String, Long> completed = new LinkedHashMap<>();
    // tag::switch[]
    for (String uri : uris) { // e.g. "memory:a", "json:/tmp/lokbra", "jdbc:sqlite:/tmp/lokbra.db"
      try (LokbraStore store = LokbraStores.open(uri)) {
        KarlskogaDegerfors.loadIfEmpty(store);
        completed.put(uri, store.measures()
            .findByStatus(MeasureStatus.COMPLETED, PageRequest.first(10)).totalElements());
      }
    }
    // end::switch[]
    return completed;
  }

  public static void main(String[] args) {
    System.out.println(run(args.length > 0 ? List.of(args) : List.of("memory:example")));
  }
}
