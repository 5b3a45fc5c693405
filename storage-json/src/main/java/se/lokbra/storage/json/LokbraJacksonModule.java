package se.lokbra.storage.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.DataSet;
import se.lokbra.core.ValidationException;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import se.lokbra.core.meta.ValueType;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;
import se.lokbra.storage.json.internal.AggregateCodecs;
import se.lokbra.storage.json.internal.Codec;
import se.lokbra.storage.json.internal.CodecDeserializer;
import se.lokbra.storage.json.internal.CodecSerializer;
import se.lokbra.storage.json.internal.DataSetCodec;
import se.lokbra.storage.json.internal.ValueCodecs;

/**
 * The Jackson mapping of the lokbra domain: a serializer and a deserializer for every aggregate, tombstone,
 * revision, id and value object, and for a whole {@link DataSet}; key (de)serializers for ids, codes and the other
 * scalar value objects (municipality codes, organisation numbers…), so they can key a {@code Map}. Every mapping is
 * derived from the kinds in {@link AggregateKind} and their descriptions, so a new aggregate or value type is
 * mapped without a line here. It is the mapping the JSON store and
 * {@link DataSetDocument} use, so JSON written with it reads back into the store and the other way round.
 *
 * <p>Register it explicitly: {@code mapper.registerModule(new LokbraJacksonModule())}, or start from
 * {@link LokbraJson#newMapper()}, which also sets lokbra's read limits and pretty printing. Deserializing goes
 * through the domain constructors, so every value is validated; a refused value is a Jackson
 * {@link com.fasterxml.jackson.databind.JsonMappingException} whose message names the rule and the JSON pointer,
 * with the {@link ValidationException} as cause. Enums are written by name, dates and instants in ISO-8601, absent
 * optional values are left out, and a {@link Revision#NEW} entity is written with {@code "version": 0} and no
 * timestamps.
 */
public final class LokbraJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * The value types of the lokbra domain that need no aggregate to be reached, so that a module user can map them
   * on their own even if no field uses them yet.
   */
  private static final List<ValueType<?>> SHARED_TYPES = List.of(Types.MUNICIPALITY_CODE, Types.ORGANISATION_NUMBER,
      Types.MANDATE_PERIOD, Types.PARTIAL_DATE, Types.EMAIL_ADDRESS, Types.PHONE_NUMBER, Types.DATE_SPAN,
      Types.IDENTIFIER, Types.POLITICAL_PARTY, Types.POSTAL_ADDRESS, Types.CONTACT_DETAILS);

  public LokbraJacksonModule() {
    super("lokbra", Version.unknownVersion());
    for (AggregateKind kind : AggregateKind.values()) {
      addAggregate(kind.descriptor());
    }
    add(Tombstone.class, AggregateCodecs.TOMBSTONE);
    add(DataSet.class, DataSetCodec.DATA_SET);
    add(Revision.class, ValueCodecs.REVISION);
    Set<ValueType<?>> types = new LinkedHashSet<>();
    for (AggregateKind kind : AggregateKind.values()) {
      types.add(kind.descriptor().idType());
      kind.descriptor().fields().forEach(field -> collect(field.type(), types));
    }
    SHARED_TYPES.forEach(type -> collect(type, types));
    for (ValueType<?> type : types) {
      if (isDomainType(type)) {
        addValue(type);
      }
    }
  }

  private <T extends Aggregate<?, ?>> void addAggregate(AggregateType<?, ?> type) {
    @SuppressWarnings("unchecked")
    Class<T> javaType = (Class<T>) type.javaType();
    add(javaType, AggregateCodecs.of(type.kind()));
  }

  /** {@code type} and every type its fields hold, depth first. */
  private static void collect(ValueType<?> type, Set<ValueType<?>> types) {
    if (types.add(type) && type instanceof CompositeType<?> composite) {
      composite.fields().forEach(field -> collect(field.type(), types));
    }
  }

  /**
   * True for a type of lokbra's own (an id, a code, a value object), which the module maps; Java's own values
   * ({@code String}, {@code LocalDate}, …) and enums keep Jackson's mapping, so that registering the module
   * changes nothing else on a user's mapper.
   */
  private static boolean isDomainType(ValueType<?> type) {
    return type.javaType().getName().startsWith("se.lokbra.") && !type.javaType().isEnum();
  }

  /** The codec of a value type; a scalar also serves as a map key, in its canonical text form. */
  private <V> void addValue(ValueType<V> type) {
    add(type.javaType(), ValueCodecs.of(type));
    if (type instanceof ScalarType<V> scalar) {
      key(scalar.javaType(), scalar::format, scalar::parse);
    }
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  private <T> void key(Class<T> type, Function<T, String> format, Function<String, T> parse) {
    addKeySerializer(type, new KeySerializer<>(type, format));
    addKeyDeserializer(type, new KeyParser<>(type, parse));
  }

  /** Writes a map key in its canonical text form. */
  private static final class KeySerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> format;

    KeySerializer(Class<T> type, Function<T, String> format) {
      super(type);
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeFieldName(format.apply(value));
    }
  }

  /** Reads a map key through the domain's factory, reporting the rule it breaks. */
  private static final class KeyParser<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parse;

    KeyParser(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      try {
        return parse.apply(key);
      } catch (ValidationException e) {
        return context.handleWeirdKey(type, key, "%s", e.getMessage());
      }
    }
  }
}
