package se.lokbra.core.repository;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;

/**
 * What every repository does, whatever the aggregate and the backend; shaped like Spring Data's
 * {@code CrudRepository} and {@code PagingAndSortingRepository}. Methods never return null.
 *
 * <p>Writes are checked before anything is stored: references must point to live entities, unique values must be
 * unique, the version must match (optimistic locking). A refused write throws and leaves the store unchanged.
 *
 * @param <T> the aggregate
 * @param <I> its id type
 */
public interface Repository<T extends Aggregate<I, T>, I extends EntityId> {

  /**
   * Inserts or updates an entity and returns it as stored: with version one higher (1 for a new entity),
   * {@code created} kept (set now for a new entity) and {@code modified} set now from the store's clock.
   *
   * <p>An entity with version 0 is new: if a live entity already has its id, the save is a conflict. An entity
   * with version n replaces the stored one only if that one has version n. Re-creating the id of a deleted
   * entity is allowed (version 0); it continues from the tombstone's version.
   *
   * @throws se.lokbra.core.VersionConflictException if the version does not match the stored one
   * @throws se.lokbra.core.ReferentialIntegrityException if the entity refers to an entity that does not exist
   * @throws se.lokbra.core.ValidationException if a unique value is taken
   */
  T save(T entity);

  /** Saves every entity in one transaction: all or none are saved. Returns them as stored, in the given order. */
  ImmutableList<T> saveAll(Iterable<T> entities);

  /** The live entity with this id; empty if there is none (never saved, or deleted). */
  Optional<T> findById(I id);

  /**
   * The live entity with this id.
   *
   * @throws se.lokbra.core.NotFoundException if there is none
   */
  T getById(I id);

  boolean existsById(I id);

  /** A page of all live entities, in the requested order (or the repository's default order). */
  Page<T> findAll(PageRequest page);

  /** The number of live entities. */
  long count();

  /**
   * A page of the live entities whose field {@code field} holds {@code value}, in the requested order (or the
   * repository's default order): for a single or optional field those whose value equals it, for a list or a set
   * those that contain it. {@code field} is a name from the aggregate's description ({@code TYPE.fields()}), as in
   * {@link Sort}. Texts compare exactly (case and accents count). A repository's own queries that are default
   * methods use it, so every backend serves them alike: {@code findBy("council", councilId, page)}.
   *
   * @throws se.lokbra.core.ValidationException if the aggregate has no field {@code field}, if the field is not
   *     {@linkplain se.lokbra.core.meta.Field#isQueryable queryable} (decimals, instants, composite values), or if
   *     {@code value} is null or not of the field's value type
   */
  Page<T> findBy(String field, Object value, PageRequest page);

  /**
   * Deletes the entity with this id, keeping a tombstone (see {@link #changesSince}). Returns false, changing
   * nothing, if no live entity has the id.
   *
   * @throws se.lokbra.core.ReferentialIntegrityException if other entities still refer to it (it names them)
   */
  boolean deleteById(I id);

  /**
   * Deletes this entity if it is still at the given version.
   *
   * @throws se.lokbra.core.VersionConflictException if it was changed or deleted since
   * @throws se.lokbra.core.ReferentialIntegrityException if other entities still refer to it
   */
  void delete(T entity);

  /**
   * The latest state of every entity modified at or after {@code since} (inclusive, like OParl's
   * {@code modified_since}), deleted ones included, ordered by modification time and then id. The request must be
   * unsorted: the order is fixed. To sync, remember the latest {@code modified} seen and ask again from it; an
   * entity seen twice has simply not changed in between.
   */
  Page<Change<T, I>> changesSince(Instant since, PageRequest page);
}
