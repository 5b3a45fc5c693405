package se.lokbra.core.repository;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import se.lokbra.core.internal.Checks;

/** Helpers for paged queries. */
public final class Pages {
  /** The page size {@link #all} reads with. */
  public static final int BATCH = 500;

  private Pages() {}

  /**
   * Every element a paged query returns, read page by page in its order: {@code Pages.all(p ->
   * store.measures().findByCouncil(id, p))}. Meant for result sets that fit in memory.
   */
  public static <T> ImmutableList<T> all(Function<PageRequest, Page<T>> query) {
    Checks.notNull(query, "query");
    ImmutableList.Builder<T> all = ImmutableList.builder();
    PageRequest page = PageRequest.first(BATCH);
    while (true) {
      Page<T> p = query.apply(page);
      all.addAll(p.content());
      if (!p.hasNext()) {
        return all.build();
      }
      page = p.nextRequest();
    }
  }
}
