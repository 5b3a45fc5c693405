package se.lokbra.storage.jdbc.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import se.lokbra.core.model.AggregateKind;

/**
 * A typed column of a table. A column that refers to another aggregate names its kind, so that the store can find
 * the entities that still refer to one being deleted.
 */
record Column<V>(String name, SqlType<V> type, AggregateKind references) {
  static Column<String> text(String name) {
    return new Column<>(name, SqlType.TEXT, null);
  }

  static Column<String> reference(String name, AggregateKind target) {
    return new Column<>(name, SqlType.TEXT, target);
  }

  static Column<Long> bigint(String name) {
    return new Column<>(name, SqlType.LONG, null);
  }

  static Column<Integer> integer(String name) {
    return new Column<>(name, SqlType.INT, null);
  }

  static Column<Instant> instant(String name) {
    return new Column<>(name, SqlType.INSTANT, null);
  }

  static Column<LocalDate> date(String name) {
    return new Column<>(name, SqlType.DATE, null);
  }

  static Column<BigDecimal> decimal(String name) {
    return new Column<>(name, SqlType.DECIMAL, null);
  }
}
