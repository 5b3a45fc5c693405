package se.lokbra.core.repository;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import se.lokbra.core.internal.Checks;

/**
 * One page of a query's results, with the request that produced it and the total number of matches. A page past
 * the last one is empty and still reports the total.
 */
public record Page<T>(ImmutableList<T> content, PageRequest request, long totalElements) {
  public Page {
    Checks.notNull(content, "content");
    Checks.notNull(request, "request");
    Checks.check(totalElements >= 0, "totalElements", totalElements, "must be 0 or more");
    Checks.check(content.size() <= request.size(), "content", content.size(), "must fit the page size");
  }

  public int number() {
    return request.page();
  }

  public int size() {
    return request.size();
  }

  public int totalPages() {
    return (int) ((totalElements + request.size() - 1) / request.size());
  }

  public boolean hasNext() {
    return request.offset() + content.size() < totalElements;
  }

  public boolean isLast() {
    return !hasNext();
  }

  public boolean isEmpty() {
    return content.isEmpty();
  }

  /** The request for the next page. */
  public PageRequest nextRequest() {
    return request.next();
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(content.stream().map(mapper).collect(ImmutableList.toImmutableList()), request,
        totalElements);
  }
}
