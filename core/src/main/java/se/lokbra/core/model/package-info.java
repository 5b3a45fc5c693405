/**
 * The building blocks every aggregate shares: the {@link se.lokbra.core.model.Aggregate} interface, ids
 * ({@link se.lokbra.core.model.EntityId}), {@link se.lokbra.core.model.Revision revisions} and
 * {@link se.lokbra.core.model.Tombstone tombstones} kept by the stores, {@link se.lokbra.core.model.Reference
 * references} between aggregates, and the immutable value objects (municipality code, organisation number, date
 * span, mandate period, contact details, ...) validated in their constructors.
 */
@NullMarked
package se.lokbra.core.model;

import org.jspecify.annotations.NullMarked;
