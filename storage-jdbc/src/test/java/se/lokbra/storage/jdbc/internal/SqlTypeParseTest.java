package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.lokbra.storage.jdbc.internal.sql.SqlType;

/** The hand-written ISO readers of {@link SqlType} read what {@link Instant#parse} and {@link LocalDate#parse} do. */
class SqlTypeParseTest {
  private static final DateTimeFormatter STORED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Test
  void readsStoredAndJsonInstantsAsTheFormatterDoes() {
    Random random = new Random(22);
    long min = SqlType.MIN_INSTANT.getEpochSecond();
    long max = SqlType.MAX_INSTANT.getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      Instant t = Instant.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)),
          random.nextInt(1_000_000) * 1_000L);
      String stored = STORED.format(t);
      assertThat(SqlType.parseInstant(stored)).as(stored).isEqualTo(Instant.parse(stored));
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1_800);
      String json = t.atOffset(offset).toString(); // trailing zeros of the fraction dropped, as PostgreSQL does
      assertThat(SqlType.parseInstant(json)).as(json).isEqualTo(OffsetDateTime.parse(json).toInstant());
    }
    for (String text : new String[] {"2024-02-29T23:59:59Z", "2024-05-14T08:30:00.1+02:00",
        "0001-01-01T00:00:00.000000Z", "9999-12-31T23:59:59.999999Z", "2024-05-14T08:30:00.123456789-05:30",
        "2024-05-14T08:30:00+05:45:30"}) {
      assertThat(SqlType.parseInstant(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }
    for (String bad : new String[] {"2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-14T24:00:00Z",
        "2024-05-14 08:30:00Z", "2024-05-14T08:30:00"}) {
      assertThatThrownBy(() -> SqlType.parseInstant(bad)).as(bad).isInstanceOf(DateTimeException.class);
    }
  }

  @Test
  void readsDatesAsLocalDateParseDoes() {
    for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2001, 3, 31)); d = d.plusDays(1)) {
      assertThat(SqlType.parseDate(d.toString())).isEqualTo(d);
    }
    assertThat(SqlType.parseDate("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(SqlType.parseDate("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(SqlType.parseDate("+10000-01-01")).as("other ISO forms still read").isEqualTo(LocalDate.of(10_000, 1, 1));
    for (String bad : new String[] {"2023-02-29", "2024-00-10", "2024-1-10", "2024/01/10"}) {
      assertThatThrownBy(() -> SqlType.parseDate(bad)).as(bad).isInstanceOf(DateTimeException.class);
    }
  }
}
