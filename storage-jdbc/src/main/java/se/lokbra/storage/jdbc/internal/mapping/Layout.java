package se.lokbra.storage.jdbc.internal.mapping;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.lokbra.storage.jdbc.internal.repository.Tally;

/**
 * What the SQL layout of one aggregate keeps that the derivation rules of {@link AggregateMapping} do not give: the
 * declared overrides, each naming a field by its path ({@code followUps.date}, {@code contact.address}). Every
 * override is checked against the aggregate's description when its mapping is built, so one naming a field that
 * does not exist fails at once. The overrides of every aggregate are declared in {@link Layouts}.
 *
 * @param columns path of a scalar field to its column name (or, for a collection of scalars, its element column)
 * @param tables path of a collection to its child table
 * @param prefixes path of a composite value kept in its parent's row to the prefix of its columns
 * @param sortColumns sort property (one that is not a field) to the column it orders by
 * @param extraColumns columns written from the whole entity but never read back (a derived value queries need)
 * @param tallies the tallies the main table keeps, or null
 */
public record Layout(ImmutableMap<String, String> columns, ImmutableMap<String, String> tables,
    ImmutableMap<String, String> prefixes, ImmutableMap<String, String> sortColumns,
    ImmutableList<Extra<?>> extraColumns, Tallies tallies) {
  /** The layout of an aggregate the rules fully describe. */
  static final Layout NONE = builder().build();

  /**
   * A column of the main table computed from the entity (not one of its fields), written on every save.
   *
   * @param <V> the column's value
   */
  record Extra<V>(Column<V> column, Function<Object, V> value) {}

  /** The tallies a main table keeps ({@link Tally}), computed from the values of some of its columns. */
  interface Tallies {
    /** The columns, by name, whose values {@link #of} receives, in this order. */
    List<String> columns();

    /** The tallies a row with these {@code values} of the {@link #columns} counts in. */
    List<Tally> of(String table, Object[] values);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Layout}. */
  static final class Builder {
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, String> tables = new LinkedHashMap<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<String, String> sortColumns = new LinkedHashMap<>();
    private final ImmutableList.Builder<Extra<?>> extras = ImmutableList.builder();
    private Tallies tallies;

    /** The column of the scalar field at {@code path}, instead of its snake_case name. */
    Builder column(String path, String name) {
      columns.put(path, name);
      return this;
    }

    /** The child table of the collection at {@code path}, instead of {@code <table>_<singular of the field>}. */
    Builder table(String path, String name) {
      tables.put(path, name);
      return this;
    }

    /** The prefix of the columns of the composite at {@code path}, instead of {@code <field>_}; may be empty. */
    Builder prefix(String path, String prefix) {
      prefixes.put(path, prefix);
      return this;
    }

    /** The column a sort property that is not a field orders by. */
    Builder sortColumn(String property, String column) {
      sortColumns.put(property, column);
      return this;
    }

    /** A column written from the entity but not read back. */
    @SuppressWarnings("unchecked")
    <T, V> Builder extraColumn(Column<V> column, Function<T, V> value) {
      extras.add(new Extra<>(column, (Function<Object, V>) value));
      return this;
    }

    Builder tallies(Tallies tallies) {
      this.tallies = tallies;
      return this;
    }

    Layout build() {
      return new Layout(ImmutableMap.copyOf(columns), ImmutableMap.copyOf(tables), ImmutableMap.copyOf(prefixes),
          ImmutableMap.copyOf(sortColumns), extras.build(), tallies);
    }
  }
}
