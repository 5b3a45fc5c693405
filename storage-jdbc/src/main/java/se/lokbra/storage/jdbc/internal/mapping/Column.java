package se.lokbra.storage.jdbc.internal.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import se.lokbra.core.AggregateKind;
import se.lokbra.storage.jdbc.internal.sql.SqlType;

/**
 * A typed column of a table. A column that refers to another aggregate names its kind ({@code references}), so that
 * the store can find the entities that still refer to one being deleted; a column that holds the key of a part of
 * the referred aggregate (the cause of a problem) names the kind it is a part of ({@code partOf}), so that the store
 * can find who refers to a part its aggregate is about to drop.
 */
public record Column<V>(String name, SqlType<V> type, AggregateKind references, AggregateKind partOf) {
  public static Column<String> text(String name) {
    return new Column<>(name, SqlType.TEXT, null, null);
  }

  static Column<String> reference(String name, AggregateKind target) {
    return new Column<>(name, SqlType.TEXT, target, null);
  }

  /** The key of a part of the {@code target} that a {@link #reference} column of the same table refers to. */
  static Column<String> part(String name, AggregateKind target) {
    return new Column<>(name, SqlType.TEXT, null, target);
  }

  public static Column<Long> bigint(String name) {
    return new Column<>(name, SqlType.LONG, null, null);
  }

  static Column<Integer> integer(String name) {
    return new Column<>(name, SqlType.INT, null, null);
  }

  public static Column<Instant> instant(String name) {
    return new Column<>(name, SqlType.INSTANT, null, null);
  }

  static Column<LocalDate> date(String name) {
    return new Column<>(name, SqlType.DATE, null, null);
  }

  /** Bytes (a BLOB or {@code bytea}): the sort key of a text. */
  public static Column<byte[]> bytes(String name) {
    return new Column<>(name, SqlType.BYTES, null, null);
  }

  static Column<BigDecimal> decimal(String name) {
    return new Column<>(name, SqlType.DECIMAL, null, null);
  }
}
