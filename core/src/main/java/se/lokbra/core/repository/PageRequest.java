package se.lokbra.core.repository;

import se.lokbra.core.internal.Checks;

/**
 * Which page to read: a zero-based page number, a page size (1 to {@value #MAX_SIZE}) and an order.
 */
public record PageRequest(int page, int size, Sort sort) {
  /** The largest page a repository returns. */
  public static final int MAX_SIZE = 10_000;

  public PageRequest {
    Checks.check(page >= 0, "page", page, "must be 0 or more");
    Checks.check(size >= 1 && size <= MAX_SIZE, "size", size, "must be between 1 and %s", MAX_SIZE);
    Checks.notNull(sort, "sort");
    Checks.check((long) page * size <= Integer.MAX_VALUE, "page", page, "is too far: page * size must fit an int");
  }

  /** The {@code page}-th page (zero-based) of {@code size} elements, in the repository's default order. */
  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size, Sort.unsorted());
  }

  public static PageRequest of(int page, int size, Sort sort) {
    return new PageRequest(page, size, sort);
  }

  /** The first page of {@code size} elements. */
  public static PageRequest first(int size) {
    return of(0, size);
  }

  /** The index of the first element of this page among all matches. */
  public long offset() {
    return (long) page * size;
  }

  public PageRequest next() {
    return new PageRequest(page + 1, size, sort);
  }

  public PageRequest withSort(Sort sort) {
    return new PageRequest(page, size, sort);
  }
}
