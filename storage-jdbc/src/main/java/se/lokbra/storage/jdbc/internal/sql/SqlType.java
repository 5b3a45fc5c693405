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

  /**
   * An instant in ISO form, {@code 2024-05-14T08:30:00.123456Z} or with an offset ({@code +02:00}) and 0–9 fraction
   * digits: the form SQLite's columns hold (see the class comment) and PostgreSQL's JSON gives a
   * {@code timestamptz}. {@link Instant#parse} and {@link OffsetDateTime#parse} go through a general formatter, which
   * was a sixth of a {@code findById}'s time (JFR); this reads the digits where they stand and falls back to those
   * for anything else.
   */
  public static Instant parseInstant(String text) {
    int n = text.length();
    if (n >= 20 && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':') {
      LocalDate date = dateOrNull(text);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      if (date != null && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60) {
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
          int start = ++i;
          while (i < n && i - start < 9 && Character.isDigit(text.charAt(i))) {
            nanos = nanos * 10 + (text.charAt(i++) - '0');
          }
          if (i == start) {
            return Instant.parse(text);
          }
          for (int k = i - start; k < 9; k++) {
            nanos *= 10;
          }
        }
        int offset = offsetSeconds(text, i);
        if (offset != Integer.MIN_VALUE) {
          long epoch = date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second - offset;
          return Instant.ofEpochSecond(epoch, nanos);
        }
      }
    }
    return OffsetDateTime.parse(text).toInstant();
  }

  /** A date in ISO form, {@code 2024-05-14}; see {@link #parseInstant}. */
  public static LocalDate parseDate(String text) {
    if (text.length() == 10) {
      LocalDate date = dateOrNull(text);
      if (date != null) {
        return date;
      }
    }
    return LocalDate.parse(text);
  }

  /** The date in the first ten characters ({@code uuuu-MM-dd}), or null if they are not one. */
  private static LocalDate dateOrNull(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The number in {@code count} decimal digits at {@code from}, or -1 if they are not all digits. */
  private static int digits(String text, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The offset at {@code i} to the end, {@code Z} or {@code ±HH:MM}, in seconds; MIN_VALUE if it is not one. */
  private static int offsetSeconds(String text, int i) {
    int rest = text.length() - i;
    if (rest == 1 && text.charAt(i) == 'Z') {
      return 0;
    }
    if (rest == 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
      int h = digits(text, i + 1, 2);
      int m = digits(text, i + 4, 2);
      if (h >= 0 && h <= 18 && m >= 0 && m < 60) {
        int seconds = h * 3_600 + m * 60;
        return text.charAt(i) == '-' ? -seconds : seconds;
      }
    }
    return Integer.MIN_VALUE;
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
      return text == null ? null : parseInstant(text);
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
      return text == null ? null : parseDate(text);
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
