package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.lokbra.core.NotFoundException;
import se.lokbra.core.Repositories;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreCapability;
import se.lokbra.core.ValidationException;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Revision;
import se.lokbra.core.repository.Change;
import se.lokbra.core.repository.ChangeType;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;
import se.lokbra.core.spi.Sorting;

/**
 * What every repository must do, whatever the aggregate: saving with versions and timestamps, optimistic locking,
 * finding, counting, paging and sorting, deleting with tombstones, {@code changesSince}, all-or-nothing
 * {@code saveAll}, concurrent writers, and (for persistent stores) surviving a reopen. Each aggregate's contract
 * extends this class with its own queries and references.
 *
 * @param <T> the aggregate
 * @param <I> its id
 */
public abstract class RepositoryContract<T extends Aggregate<I, T>, I extends EntityId> extends ContractSupport {

  /** The repository under test, from the store or from a transaction. */
  protected abstract Repository<T, I> repository(Repositories repositories);

  /** A new, unsaved entity with few fields set, each call a different id; anything it refers to exists. */
  protected abstract T newEntity();

  /** A new, unsaved entity with every field set, using the tricky texts of {@link Fixtures}. */
  protected abstract T richEntity();

  /** A copy of {@code entity} with some field changed (a different value on each call). */
  protected abstract T changed(T entity);

  protected Repository<T, I> repo() {
    return repository(store);
  }

  private List<T> saveSome(int n) {
    List<T> saved = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      saved.add(repo().save(newEntity()));
    }
    return saved;
  }

  // ------------------------------------------------------------ save and find

  @Test
  public void saveGivesVersionOneAndTimestampsFromTheClock() {
    T entity = newEntity();
    assertThat(entity.version()).isZero();
    T saved = repo().save(entity);
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.revision().created()).contains(START);
    assertThat(saved.revision().modified()).contains(START);
    assertThat(saved.withRevision(Revision.NEW)).isEqualTo(entity);
    assertThat(repo().findById(entity.id())).contains(saved);
  }

  @Test
  public void everyFieldRoundTrips() {
    T rich = richEntity();
    T saved = repo().save(rich);
    assertThat(saved.withRevision(Revision.NEW)).isEqualTo(rich);
    assertThat(repo().findById(rich.id())).contains(saved);
    assertThat(repo().getById(rich.id())).isEqualTo(saved);
  }

  /**
   * A {@link FullInstances generated} entity with every field of the description set reads back equal, before
   * and (for persistent stores) after a reopen: a field a backend drops fails here, named in the message.
   */
  @Test
  public void aGeneratedFullyPopulatedEntityRoundTrips() {
    @SuppressWarnings("unchecked")
    AggregateType<T, I> type = (AggregateType<T, I>) newEntity().aggregateKind().descriptor();
    FullInstances full = FullInstances.generate();
    ImmutableMap<EntityId, Aggregate<?, ?>> saved = store.inTransaction(full::saveInto);
    for (int pass = 0; pass < (persistent() ? 2 : 1); pass++) {
      if (pass == 1) {
        reopen();
      }
      for (T entity : full.of(type)) {
        T stored = type.javaType().cast(saved.get(entity.id()));
        assertThat(stored.withRevision(Revision.NEW)).isEqualTo(entity);
        T read = repo().getById(entity.id());
        assertThat(FullInstances.differingFields(stored, read))
            .as("fields of %s %s read back differently%s", type, entity.id(), pass == 1 ? " after a reopen" : "")
            .isEmpty();
        assertThat(read).isEqualTo(stored);
      }
    }
  }

  @Test
  public void updateIncrementsTheVersionAndKeepsCreated() {
    T v1 = repo().save(newEntity());
    Instant later = tick();
    T v2 = repo().save(changed(v1));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.revision().created()).contains(START);
    assertThat(v2.revision().modified()).contains(later);
    assertThat(repo().findById(v1.id())).contains(v2);
  }

  @Test
  public void savingAStaleCopyIsAConflictNamingBothVersionsAndChangesNothing() {
    T v1 = repo().save(newEntity());
    T v2 = repo().save(changed(v1));
    VersionConflictException e = catchThrowableOfType(VersionConflictException.class,
        () -> repo().save(changed(v1)));
    assertThat(e.id()).isEqualTo(v1.id());
    assertThat(e.givenVersion()).isEqualTo(1);
    assertThat(e.storedVersion()).hasValue(2);
    assertThat(e).hasMessageContaining(v1.id().value()).hasMessageContaining("1").hasMessageContaining("2");
    assertThat(repo().findById(v1.id())).contains(v2);
  }

  @Test
  public void savingANewEntityWithATakenIdIsAConflict() {
    T v1 = repo().save(newEntity());
    VersionConflictException e = catchThrowableOfType(VersionConflictException.class,
        () -> repo().save(changed(v1).withRevision(Revision.NEW)));
    assertThat(e.givenVersion()).isZero();
    assertThat(e.storedVersion()).hasValue(1);
    assertThat(repo().findById(v1.id())).contains(v1);
    assertThat(repo().count()).isEqualTo(1);
  }

  @Test
  public void savingAStoredVersionOfAnUnknownIdIsAConflict() {
    T never = newEntity().withRevision(Revision.of(3, START, START));
    VersionConflictException e = catchThrowableOfType(VersionConflictException.class, () -> repo().save(never));
    assertThat(e.storedVersion()).isEmpty();
    assertThat(repo().existsById(never.id())).isFalse();
  }

  @Test
  public void aMissingIdIsEmptyNotFoundAndNotExisting() {
    T unsaved = newEntity();
    assertThat(repo().findById(unsaved.id())).isEmpty();
    assertThat(repo().existsById(unsaved.id())).isFalse();
    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> repo().getById(unsaved.id()));
    assertThat(e.id()).isEqualTo(unsaved.id());
    assertThat(e).hasMessageContaining(unsaved.id().value());
  }

  @Test
  public void saveAllSavesEveryEntityInTheGivenOrder() {
    List<T> entities = List.of(newEntity(), newEntity(), newEntity());
    ImmutableList<T> saved = repo().saveAll(entities);
    assertThat(saved).extracting(Aggregate::id).containsExactly(entities.get(0).id(), entities.get(1).id(),
        entities.get(2).id());
    assertThat(saved).allSatisfy(s -> assertThat(s.version()).isEqualTo(1));
    assertThat(repo().count()).isEqualTo(3);
  }

  @Test
  public void saveAllIsAllOrNothing() {
    T existing = repo().save(newEntity());
    T fresh = newEntity();
    List<T> batch = List.of(fresh, changed(existing).withRevision(Revision.NEW));
    assertThatThrownBy(() -> repo().saveAll(batch)).isInstanceOf(VersionConflictException.class);
    assertThat(repo().existsById(fresh.id())).isFalse();
    assertThat(repo().count()).isEqualTo(1);
    assertThat(repo().findById(existing.id())).contains(existing);
  }

  @Test
  public void countCountsLiveEntitiesOnly() {
    assertThat(repo().count()).isZero();
    List<T> saved = saveSome(4);
    assertThat(repo().count()).isEqualTo(4);
    repo().deleteById(saved.get(0).id());
    assertThat(repo().count()).isEqualTo(3);
  }

  // ------------------------------------------------------------ delete

  @Test
  public void deleteByIdRemovesTheEntityAndKeepsATombstone() {
    T saved = repo().save(newEntity());
    Instant deletedAt = tick();
    assertThat(repo().deleteById(saved.id())).isTrue();
    assertThat(repo().findById(saved.id())).isEmpty();
    assertThat(repo().existsById(saved.id())).isFalse();
    assertThat(repo().count()).isZero();
    assertThat(repo().deleteById(saved.id())).isFalse();

    Page<Change<T, I>> changes = repo().changesSince(START, PageRequest.first(10));
    assertThat(changes.content()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo(saved.id());
      assertThat(c.type()).isEqualTo(ChangeType.DELETED);
      assertThat(c.version()).isEqualTo(2);
      assertThat(c.modified()).isEqualTo(deletedAt);
      assertThat(c.entity()).isEmpty();
    });
  }

  @Test
  public void deletingAMissingIdReturnsFalse() {
    assertThat(repo().deleteById(newEntity().id())).isFalse();
  }

  @Test
  public void deletingAStaleCopyIsAConflict() {
    T v1 = repo().save(newEntity());
    T v2 = repo().save(changed(v1));
    assertThatThrownBy(() -> repo().delete(v1)).isInstanceOf(VersionConflictException.class);
    assertThat(repo().findById(v1.id())).contains(v2);
    repo().delete(v2);
    assertThat(repo().existsById(v1.id())).isFalse();
    assertThatThrownBy(() -> repo().delete(v2)).isInstanceOf(VersionConflictException.class);
  }

  @Test
  public void aDeletedIdCanBeCreatedAgainWithAHigherVersion() {
    T v1 = repo().save(newEntity());
    repo().deleteById(v1.id());
    tick();
    T again = repo().save(changed(v1).withRevision(Revision.NEW));
    assertThat(again.version()).isEqualTo(3);
    assertThat(repo().findById(v1.id())).contains(again);
    assertThat(repo().changesSince(START, PageRequest.first(10)).content()).singleElement()
        .satisfies(c -> assertThat(c.type()).isEqualTo(ChangeType.UPDATED));
  }

  // ------------------------------------------------------------ changesSince

  @Test
  public void changesSinceReportsCreatedUpdatedAndDeletedInModificationOrder() {
    T a = repo().save(newEntity());
    tick();
    T b = repo().save(newEntity());
    tick();
    T c = repo().save(newEntity());
    Instant t3 = tick();
    T a2 = repo().save(changed(a));
    Instant t4 = tick();
    repo().deleteById(b.id());

    List<Change<T, I>> all = repo().changesSince(Instant.EPOCH, PageRequest.first(100)).content();
    assertThat(all).extracting(Change::id).containsExactly(c.id(), a.id(), b.id());
    assertThat(all).extracting(Change::type).containsExactly(ChangeType.CREATED, ChangeType.UPDATED,
        ChangeType.DELETED);
    assertThat(all.get(0).entity()).contains(c);
    assertThat(all.get(1).entity()).contains(a2);
    assertThat(all.get(2).version()).isEqualTo(2);

    assertThat(repo().changesSince(t3, PageRequest.first(100)).content()).extracting(Change::id)
        .as("since is inclusive").containsExactly(a.id(), b.id());
    assertThat(repo().changesSince(t4, PageRequest.first(100)).content()).extracting(Change::id)
        .containsExactly(b.id());
    assertThat(repo().changesSince(t4.plusNanos(1000), PageRequest.first(100)).content()).isEmpty();
  }

  @Test
  public void changesSinceIsPagedAndTiesAreOrderedById() {
    List<T> saved = repo().saveAll(List.of(newEntity(), newEntity(), newEntity(), newEntity(), newEntity()));
    List<I> byId = saved.stream().map(Aggregate::id).sorted(Comparator.comparing(EntityId::value)).toList();
    Page<Change<T, I>> first = repo().changesSince(START, PageRequest.of(0, 2));
    Page<Change<T, I>> last = repo().changesSince(START, PageRequest.of(2, 2));
    assertThat(first.totalElements()).isEqualTo(5);
    assertThat(first.content()).extracting(Change::id).containsExactly(byId.get(0), byId.get(1));
    assertThat(last.content()).extracting(Change::id).containsExactly(byId.get(4));
    assertThat(last.hasNext()).isFalse();
    assertThat(repo().changesSince(START, PageRequest.of(3, 2)).content()).isEmpty();
  }

  @Test
  public void changesSinceRefusesASortedRequest() {
    assertThatThrownBy(() -> repo().changesSince(START, PageRequest.of(0, 10, Sort.by("id"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("sort");
  }

  // ------------------------------------------------------------ paging and sorting

  @Test
  public void findAllPagesThroughEverythingInTheDefaultOrder() {
    List<T> saved = saveSome(7);
    List<T> expected = saved.stream().sorted(Sorting.comparator(saved.get(0).aggregateKind(), Sort.unsorted()))
        .toList();
    Page<T> first = repo().findAll(PageRequest.of(0, 3));
    Page<T> middle = repo().findAll(PageRequest.of(1, 3));
    Page<T> last = repo().findAll(PageRequest.of(2, 3));
    Page<T> beyond = repo().findAll(PageRequest.of(3, 3));
    assertThat(first.content()).containsExactlyElementsOf(expected.subList(0, 3));
    assertThat(middle.content()).containsExactlyElementsOf(expected.subList(3, 6));
    assertThat(last.content()).containsExactlyElementsOf(expected.subList(6, 7));
    assertThat(beyond.content()).isEmpty();
    for (Page<T> page : List.of(first, middle, last, beyond)) {
      assertThat(page.totalElements()).isEqualTo(7);
      assertThat(page.totalPages()).isEqualTo(3);
    }
    assertThat(first.hasNext()).isTrue();
    assertThat(last.hasNext()).isFalse();
    assertThat(repo().findAll(PageRequest.of(0, 3))).as("stable across calls").isEqualTo(first);
  }

  @Test
  public void findAllSortsByExplicitPropertiesBothWays() {
    List<T> saved = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      saved.add(repo().save(newEntity()));
      tick();
    }
    List<I> ids = saved.stream().map(Aggregate::id).sorted(Comparator.comparing(EntityId::value)).toList();
    assertThat(repo().findAll(PageRequest.of(0, 10, Sort.by("id"))).content()).extracting(Aggregate::id)
        .containsExactlyElementsOf(ids);
    assertThat(repo().findAll(PageRequest.of(0, 10, Sort.by(Sort.Order.desc("id")))).content())
        .extracting(Aggregate::id).containsExactlyElementsOf(Lists.reverse(ids));
    assertThat(repo().findAll(PageRequest.of(0, 10, Sort.by(Sort.Order.desc("created")))).content())
        .extracting(Aggregate::id)
        .containsExactlyElementsOf(Lists.reverse(saved.stream().map(Aggregate::id).toList()));
    assertThat(repo().findAll(PageRequest.of(1, 2, Sort.by("modified"))).content()).extracting(Aggregate::id)
        .containsExactly(saved.get(2).id(), saved.get(3).id());
  }

  @Test
  public void anUnknownSortPropertyIsAValidationError() {
    saveSome(1);
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> repo().findAll(PageRequest.of(0, 10, Sort.by("noSuchProperty"))));
    assertThat(e.field()).isEqualTo("sort.property");
    assertThat(e.value()).isEqualTo("noSuchProperty");
    assertThat(e).hasMessageContaining("id");
  }

  // ------------------------------------------------------------ threads

  @Test
  public void eightThreadsSavingAtOnceLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<T> mine = new ArrayList<>();
          for (int i = 0; i < 10; i++) {
            mine.add(repo().save(newEntity()));
          }
          return mine;
        }));
      }
      List<T> all = new ArrayList<>();
      for (Future<List<T>> f : futures) {
        all.addAll(f.get(2, TimeUnit.MINUTES));
      }
      assertThat(repo().count()).isEqualTo(80);
      for (T saved : all) {
        assertThat(repo().findById(saved.id())).contains(saved);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void eightThreadsUpdatingOneEntityLoseNoUpdate() throws Exception {
    T start = repo().save(newEntity());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          int conflicts = 0;
          for (int done = 0; done < 5; ) {
            T current = repo().getById(start.id());
            try {
              repo().save(changed(current));
              done++;
            } catch (VersionConflictException e) {
              conflicts++;
            }
          }
          return conflicts;
        }));
      }
      for (Future<Integer> f : futures) {
        f.get(2, TimeUnit.MINUTES);
      }
      assertThat(repo().getById(start.id()).version()).as("1 + 8 threads x 5 updates").isEqualTo(41);
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------ lifecycle

  @Test
  public void everythingSurvivesCloseAndReopen() {
    assumeThat(store.capabilities()).as("only for stores with " + StoreCapability.PERSISTENT)
        .contains(StoreCapability.PERSISTENT);
    T rich = repo().save(richEntity());
    T plain = repo().save(newEntity());
    T gone = repo().save(newEntity());
    tick();
    repo().deleteById(gone.id());
    List<Change<T, I>> changes = repo().changesSince(Instant.EPOCH, PageRequest.first(100)).content();
    long count = repo().count();

    reopen();

    assertThat(repo().findById(rich.id())).contains(rich);
    assertThat(repo().findById(plain.id())).contains(plain);
    assertThat(repo().existsById(gone.id())).isFalse();
    assertThat(repo().count()).isEqualTo(count);
    assertThat(repo().changesSince(Instant.EPOCH, PageRequest.first(100)).content())
        .containsExactlyElementsOf(changes);
    T after = repo().save(changed(plain));
    assertThat(after.version()).isEqualTo(2);
  }

  @Test
  public void aClosedStoreRefusesWorkWithAStorageError() {
    T saved = repo().save(newEntity());
    store.close();
    assertThatThrownBy(() -> repo().findById(saved.id())).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> repo().save(newEntity())).isInstanceOf(StorageException.class);
    store.close(); // closing twice does nothing
    store = null;
  }

  @Test
  public void nullArgumentsAreValidationErrorsNotNullPointerExceptions() {
    assertThatThrownBy(() -> repo().save(null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> repo().findById(null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> repo().findAll(null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> repo().deleteById(null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> repo().changesSince(null, PageRequest.first(1)))
        .isInstanceOf(ValidationException.class);
  }

  /** Waits a little on the test clock (kept for subclasses that need distinct timestamps). */
  protected Instant later(Duration d) {
    return clock.advance(d);
  }
}
