/**
 * The descriptions of lokbra's aggregates and values that backends, codecs, schemas and tests derive from: an
 * {@link se.lokbra.core.meta.AggregateType} per aggregate, made of {@link se.lokbra.core.meta.Field fields} whose
 * {@link se.lokbra.core.meta.ValueType types} are {@link se.lokbra.core.meta.ScalarType scalars} or
 * {@link se.lokbra.core.meta.CompositeType composites}. Declared once, next to each record; checked against the
 * record's components when built; free of reflection per entity.
 */
@NullMarked
package se.lokbra.core.meta;

import org.jspecify.annotations.NullMarked;
