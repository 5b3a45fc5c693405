package se.lokbra.storage.jdbc.internal.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;

/** The positional parameters of one statement, bound through JDBI as typed {@link Argument}s. */
public final class Params {
  private interface Binder {
    void bind(Dialect dialect, PreparedStatement statement, int index) throws SQLException;
  }

  private final List<Binder> binders = new ArrayList<>();

  public <V> Params add(SqlType<V> type, V value) {
    binders.add((d, s, i) -> type.bind(d, s, i, value));
    return this;
  }

  public Params text(String value) {
    return add(SqlType.TEXT, value);
  }

  /**
   * A condition that {@code column} is one of {@code ids}, adding its parameter: a plain comparison for one id
   * (the common case, and the cheapest plan), otherwise the dialect's one-parameter list.
   */
  public String in(Dialect dialect, String column, Collection<String> ids) {
    if (ids.size() == 1) {
      text(ids.iterator().next());
      return column + " = ?";
    }
    list(ids);
    return dialect.anyOf(column);
  }

  /**
   * Adds {@code ids} as one parameter for {@link Dialect#anyOf}, whatever their number (none too), for statements
   * that must keep one text across a batch.
   */
  public Params list(Collection<String> ids) {
    List<String> copy = List.copyOf(ids);
    binders.add((d, s, i) -> d.bindIds(s, i, copy));
    return this;
  }

  /** Binds every parameter straight to a JDBC statement, in order. */
  void bindTo(PreparedStatement statement, Dialect dialect) throws SQLException {
    for (int i = 0; i < binders.size(); i++) {
      binders.get(i).bind(dialect, statement, i + 1);
    }
  }

  /** Binds every parameter to {@code statement}, in order. */
  <S extends SqlStatement<S>> S applyTo(S statement, Dialect dialect) {
    for (int i = 0; i < binders.size(); i++) {
      Binder b = binders.get(i);
      Argument argument = (position, s, ctx) -> b.bind(dialect, s, position);
      statement.bind(i, argument);
    }
    return statement;
  }
}
