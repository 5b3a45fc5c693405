package se.lokbra.examples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.repository.Change;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.sample.KarlskogaDegerfors;

/**
 * Syncing another system from lokbra with {@code changesSince}: read every change since the last sync page by
 * page, apply it, and remember the latest modification time for next time.
 */
public final class SyncExample {
  private SyncExample() {}

  /** Applies every measure change since {@code lastSync} to {@code applied} and returns the next sync point. */
  public static Instant run(LokbraStore store, Instant lastSync, List<String> applied) {
    // tag::sync[]
    Instant next = lastSync;
    PageRequest request = PageRequest.first(100);
    Page<Change<Measure, MeasureId>> page;
    do {
      page = store.measures().changesSince(lastSync, request);
      for (Change<Measure, MeasureId> change : page.content()) {
        applied.add(change.type() + " " + change.id()); // CREATED, UPDATED or DELETED (entity() is then empty)
        next = change.modified().isAfter(next) ? change.modified() : next;
      }
      request = page.nextRequest();
    } while (page.hasNext());
    // next time: changesSince(next, …) – the boundary is inclusive, so nothing is missed
    // end::sync[]
    return next;
  }

  public static void main(String[] args) {
    try (LokbraStore store = LokbraStores.open(args.length > 0 ? args[0] : "memory:example")) {
      KarlskogaDegerfors.loadIfEmpty(store);
      List<String> applied = new ArrayList<>();
      Instant next = run(store, Instant.EPOCH, applied);
      applied.forEach(System.out::println);
      System.out.println("next sync from " + next);
    }
  }
}
