package se.lokbra.storage.jdbc.internal.sql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import se.lokbra.core.ValidationException;
import se.lokbra.core.model.DateLimits;

/**
 * How one Java type is written to and read from a column, per dialect. PostgreSQL gets native types
 * ({@code timestamptz}, {@code date}, {@code numeric}); SQLite gets text that sorts like the value: instants as
 * {@code 2024-05-14T08:30:00.000000Z} (always six fraction digits, so text order is time order), dates as ISO
 * dates, decimals as plain decimal text (exact).
 */
public abstract class SqlType<V> {
  /** The earliest and latest instant a column can hold (four-digit years keep SQLite's text sortable). */
  public static final Instant MIN_INSTANT = DateLimits.MIN_INSTANT;
  public static final Instant MAX_INSTANT = DateLimits.MAX_INSTANT;
  /**
   * What a date outside {@link DateLimits} is bound as: only a query bound can be (stored dates are validated), and
   * it compares with every stored date as the date itself does. PostgreSQL gets the day just outside the range;
   * SQLite gets text that sorts just outside every stored date's ISO text ({@code +10000-01-01} would sort first).
   */
  private static final LocalDate BELOW_DATES = DateLimits.MIN_DATE.minusDays(1);
  private static final LocalDate ABOVE_DATES = DateLimits.MAX_DATE.plusDays(1);
  private static final String BELOW_DATES_TEXT = BELOW_DATES.toString();
  private static final String ABOVE_DATES_TEXT = DateLimits.MAX_DATE + "~";

  private static final DateTimeFormatter INSTANT_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * The bound to compare stored (whole-microsecond) instants with: {@code t >= x} and {@code t < x} hold exactly
   * when they hold for {@code x} rounded up to the next whole microsecond.
   */
  public static Instant ceilMicros(Instant x) {
    Instant down = x.truncatedTo(ChronoUnit.MICROS);
    return down.equals(x) ? x : down.plus(1, ChronoUnit.MICROS);
  }

  public static final SqlType<String> TEXT = new SqlType<>(Types.VARCHAR, "text") {
    @Override
    void set(Dialect dialect, PreparedStatement s, int i, String v) throws SQLException {
      s.setString(i, v);
    }

    @Override
    public String get(Dialect dialect, ResultSet rs, int i) throws SQLException {
      return rs.getString(i);
    }
  };

  public static final SqlType<Long> LONG = new SqlType<>(Types.BIGINT, "bigint") {
    @Override
    void set(Dialect dialect, PreparedStatement s, int i, Long v) throws SQLException {
      s.setLong(i, v);
    }

    @Override
    public Long get(Dialect dialect, ResultSet rs, int i) throws SQLException {
      long v = rs.getLong(i);
      return rs.wasNull() ? null : v;
    }
  };

  public static final SqlType<Integer> INT = new SqlType<>(Types.INTEGER, "integer") {
    @Override
    void set(Dialect dialect, PreparedStatement s, int i, Integer v) throws SQLException {
      s.setInt(i, v);
    }

    @Override
    public Integer get(Dialect dialect, ResultSet rs, int i) throws SQLException {
      int v = rs.getInt(i);
      return rs.wasNull() ? null : v;
    }
  };

  public static final SqlType<Instant> INSTANT = new SqlType<>(Types.TIMESTAMP_WITH_TIMEZONE, "timestamptz") {
    @Override
    void set(Dialect dialect, PreparedStatement s, int i, Instant v) throws SQLException {
      if (v.isBefore(MIN_INSTANT) || v.isAfter(MAX_INSTANT)) {
        throw new ValidationException("timestamp", v, "must lie between " + MIN_INSTANT + " and " + MAX_INSTANT
            + " (the instants lokbra stores)");
      }
      Instant micros = v.truncatedTo(ChronoUnit.MICROS);
      if (dialect == Dialect.POSTGRESQL) {
        s.setObject(i, micros.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        s.setString(i, INSTANT_TEXT.format(micros));
      }
    }

    @Override
    public Instant get(Dialect dialect, ResultSet rs, int i) throws SQLException {
      if (dialect == Dialect.POSTGRESQL) {
        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
      }
      String text = rs.getString(i);
      return text == null ? null : Instant.parse(text);
    }
  };

  public static final SqlType<LocalDate> DATE = new SqlType<>(Types.DATE, "date") {
    @Override
    void set(Dialect dialect, PreparedStatement s, int i, LocalDate v) throws SQLException {
      boolean below = v.isBefore(DateLimits.MIN_DATE);
      boolean above = v.isAfter(DateLimits.MAX_DATE);
      if (dialect == Dialect.POSTGRESQL) {
        s.setObject(i, below ? BELOW_DATES : above ? ABOVE_DATES : v, Types.DATE);
      } else {
        s.setString(i, below ? BELOW_DATES_TEXT : above ? ABOVE_DATES_TEXT : v.toString());
      }
    }

    @Override
    public LocalDate get(Dialect dialect, ResultSet rs, int i) throws SQLException {
      if (dialect == Dialect.POSTGRESQL) {
        return rs.getObject(i, LocalDate.class);
      }
      String text = rs.getString(i);
      return text == null ? null : LocalDate.parse(text);
    }
  };

  public static final SqlType<BigDecimal> DECIMAL = new SqlType<>(Types.NUMERIC, "numeric") {
    @Override
    void set(Dialect dialect, PreparedStatement s, int i, BigDecimal v) throws SQLException {
      if (dialect == Dialect.POSTGRESQL) {
        s.setBigDecimal(i, v);
      } else {
        s.setString(i, v.toPlainString());
      }
    }

    @Override
    public BigDecimal get(Dialect dialect, ResultSet rs, int i) throws SQLException {
      if (dialect == Dialect.POSTGRESQL) {
        return rs.getBigDecimal(i);
      }
      String text = rs.getString(i);
      return text == null ? null : new BigDecimal(text);
    }
  };

  /**
   * Bytes: a BLOB on SQLite, {@code bytea} on PostgreSQL. Both order them as unsigned bytes (memcmp), a shorter
   * value first when it is a prefix of the longer: the order of {@link se.lokbra.core.spi.Collation} sort keys.
   */
  public static final SqlType<byte[]> BYTES = new SqlType<>(Types.VARBINARY, "bytea") {
    @Override
    void set(Dialect dialect, PreparedStatement s, int i, byte[] v) throws SQLException {
      s.setBytes(i, v);
    }

    @Override
    public byte[] get(Dialect dialect, ResultSet rs, int i) throws SQLException {
      return rs.getBytes(i);
    }
  };

  private final int sqlType;
  private final String postgresName;

  private SqlType(int sqlType, String postgresName) {
    this.sqlType = sqlType;
    this.postgresName = postgresName;
  }

  /**
   * A NULL of this type in {@code dialect}'s SQL. PostgreSQL needs the type where branches of a UNION hold NULL
   * in a column: it resolves two untyped NULLs to text, which then clashes with a date in a later branch.
   */
  public final String nullIn(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? "CAST(NULL AS " + postgresName + ")" : "NULL";
  }

  /** Binds {@code value} (possibly null) as parameter {@code index}. */
  final void bind(Dialect dialect, PreparedStatement statement, int index, V value) throws SQLException {
    if (value == null) {
      statement.setNull(index, sqlType);
    } else {
      set(dialect, statement, index, value);
    }
  }

  abstract void set(Dialect dialect, PreparedStatement statement, int index, V value) throws SQLException;

  /** Reads column {@code index}; null for SQL NULL. */
  public abstract V get(Dialect dialect, ResultSet resultSet, int index) throws SQLException;
}
