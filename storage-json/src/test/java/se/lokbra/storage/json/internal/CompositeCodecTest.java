package se.lokbra.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;

/**
 * The JSON form of a composite value follows its description alone: test-only records, one of them a copy of the
 * other with a field more, are written and read with no code of their own. (Public, as are the records, because a
 * composite type finds the canonical constructor through the public lookup.)
 */
public class CompositeCodecTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** A test-only value with a field of every cardinality. */
  public record Sample(String name, Optional<Year> founded, ImmutableList<LocalDate> dates,
      ImmutableSet<CouncilId> councils, String note) {
    public static final CompositeType<Sample> TYPE = CompositeType.of(Sample.class,
        Field.one("name", Sample::name, Types.TEXT),
        Field.optional("founded", Sample::founded, Types.YEAR),
        Field.list("dates", Sample::dates, Types.DATE),
        Field.set("councils", Sample::councils, CouncilId.TYPE),
        Field.one("note", Sample::note, Types.TEXT).orDefault("").omittedWhenDefault());
  }

  /** {@link Sample} with a field added at the end, as a contributor would add one to a description. */
  public record Grown(String name, Optional<Year> founded, ImmutableList<LocalDate> dates,
      ImmutableSet<CouncilId> councils, String note, Optional<BigDecimal> budget) {
    public static final CompositeType<Grown> TYPE = CompositeType.of(Grown.class,
        Field.one("name", Grown::name, Types.TEXT),
        Field.optional("founded", Grown::founded, Types.YEAR),
        Field.list("dates", Grown::dates, Types.DATE),
        Field.set("councils", Grown::councils, CouncilId.TYPE),
        Field.one("note", Grown::note, Types.TEXT).orDefault("").omittedWhenDefault(),
        Field.optional("budget", Grown::budget, Types.DECIMAL));
  }

  @Test
  void eachCardinalityIsWrittenByItsRule() throws IOException {
    Sample bare = new Sample("n", Optional.empty(), ImmutableList.of(), ImmutableSet.of(), "");
    assertThat(write(Sample.TYPE, bare)).isEqualTo("{\"name\":\"n\",\"dates\":[],\"councils\":[]}");
    Sample full = new Sample("n", Optional.of(Year.of(1999)), ImmutableList.of(LocalDate.of(2024, 5, 14)),
        ImmutableSet.of(CouncilId.of("bra-karlskoga")), "x");
    String json = write(Sample.TYPE, full);
    assertThat(json).isEqualTo("{\"name\":\"n\",\"founded\":1999,\"dates\":[\"2024-05-14\"],"
        + "\"councils\":[\"bra-karlskoga\"],\"note\":\"x\"}");
    assertThat(read(Sample.TYPE, json)).isEqualTo(full);
    assertThat(read(Sample.TYPE, "{\"name\":\"n\"}")).isEqualTo(bare);
  }

  @Test
  void aFieldAddedToTheDescriptionIsWrittenAndRead() throws IOException {
    Grown grown = new Grown("n", Optional.empty(), ImmutableList.of(), ImmutableSet.of(), "",
        Optional.of(new BigDecimal("1000.50")));
    String json = write(Grown.TYPE, grown);
    assertThat(json).isEqualTo("{\"name\":\"n\",\"dates\":[],\"councils\":[],\"budget\":1000.50}");
    assertThat(read(Grown.TYPE, json)).isEqualTo(grown);
    assertThatThrownBy(() -> read(Sample.TYPE, json)).isInstanceOf(JsonInputException.class)
        .hasMessageContaining("is not a known field here (expected name, founded, dates, councils, note)");
  }

  @Test
  void readersRefuseWhatTheDescriptionRefuses() {
    assertThat(problem("{\"dates\":[]}")).isEqualTo("the required field 'name' is missing");
    assertThat(problem("{\"name\":\"n\",\"founded\":12345}"))
        .isEqualTo("invalid founded '12345': must be a four-digit year");
    assertThat(problem("{\"name\":\"n\",\"councils\":[\"a\",\"a\"]}"))
        .isEqualTo("repeats 'a': the values of this list must be distinct");
    assertThat(problem("{\"name\":\"n\",\"dates\":[\"2024-13-01\"]}"))
        .isEqualTo("'2024-13-01' is not a date written YYYY-MM-DD");
    assertThat(problem("{\"name\":7}")).isEqualTo("must be a string, not a whole number");
  }

  private static String problem(String json) {
    return catchThrowableOfType(JsonInputException.class, () -> read(Sample.TYPE, json)).problem();
  }

  @Test
  void idsAndCodesAreSharedWhenRead() throws IOException {
    java.util.Map<Object, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();
    String json = "{\"name\":\"n\",\"councils\":[\"bra-karlskoga\"]}";
    Sample first = read(Sample.TYPE, json, shared);
    Sample second = read(Sample.TYPE, json, shared);
    assertThat(second.councils().iterator().next()).isSameAs(first.councils().iterator().next());
  }

  private static <V> String write(CompositeType<V> type, V value) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      ValueCodecs.of(type).write(out, value);
    }
    return text.toString();
  }

  private static <V> V read(CompositeType<V> type, String json) throws IOException {
    return read(type, json, null);
  }

  private static <V> V read(CompositeType<V> type, String json, java.util.Map<Object, Object> shared)
      throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      return ValueCodecs.of(type).read(new JsonInput(parser, shared));
    }
  }
}
