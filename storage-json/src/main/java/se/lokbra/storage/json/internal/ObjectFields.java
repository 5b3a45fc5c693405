package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.meta.Cardinality;
import se.lokbra.core.meta.Field;

/**
 * The fields of one JSON object, derived once from a {@link Field} list: how each is written and read, and where a
 * key read belongs. Writers write the fields in order: a field of one value always (unless it is
 * {@link Field#isOmittedWhenDefault omitted when default} and equal to its default), an optional one only when
 * present, a list or set always, {@code []} when empty. Readers accept the fields in any order (lokbra's mappers
 * refuse a repeated key), fill what is left out with {@link Field#absent()}, and refuse keys of no field, listing
 * the known ones.
 *
 * <p>An object may start with fixed keys of its own (an entity's {@code id}, {@code version}, {@code created},
 * {@code modified}), the <em>head</em>: {@link #slot} numbers the head's keys first, then the fields. Finding a key
 * is an identity check against the key expected next (Jackson interns the names it reads, and fields are usually
 * written in order), and else one hash lookup.
 *
 * @param <T> the record whose fields these are
 */
final class ObjectFields<T> {
  /**
   * Lists that JSON reads as sets (an element repeated is refused where it stands), and the schema marks
   * {@code uniqueItems}, because the record refuses repeats: the override table for what {@link Cardinality#LIST}
   * alone does not say.
   */
  static final Set<Field<?, ?>> DISTINCT_LISTS = Set.of(Measure.TYPE.field("targets"));

  private final String[] names;
  private final int head;
  private final FieldCodec<T>[] fields;
  private final Map<String, Integer> slots = new HashMap<>();
  private final String expected;

  ObjectFields(List<? extends Field<T, ?>> fields, String... head) {
    this.head = head.length;
    this.names = Stream.concat(Stream.of(head), fields.stream().map(Field::name)).toArray(String[]::new);
    @SuppressWarnings("unchecked")
    FieldCodec<T>[] codecs = fields.stream().map(FieldCodec::new).toArray(FieldCodec[]::new);
    this.fields = codecs;
    for (int i = 0; i < names.length; i++) {
      if (slots.put(names[i], i) != null) {
        throw new IllegalStateException("two fields are called " + names[i]);
      }
    }
    this.expected = String.join(", ", names);
  }

  /** The number of fields, without the head. */
  int size() {
    return fields.length;
  }

  /** The known keys, for the error about an unknown one: {@code id, version, created, modified, name, …}. */
  String names() {
    return expected;
  }

  /** The slot of key {@code name} (head first, then fields), or -1 if the object has no such key. */
  int slot(String name, int guess) {
    if (guess < names.length && names[guess] == name) {
      return guess;
    }
    Integer slot = slots.get(name);
    return slot == null ? -1 : slot;
  }

  /** Reads the value of field {@code index} (a slot less the head) in field form. */
  Object read(int index, JsonInput in) throws IOException {
    return fields[index].read(in);
  }

  /** Writes every field of {@code owner}. */
  void write(JsonGenerator out, T owner) throws IOException {
    for (FieldCodec<T> field : fields) {
      field.write(out, owner);
    }
  }

  /**
   * Fills the fields left out with their {@link Field#absent absent} value; with {@code require}, a field of one
   * value without a default must have been given.
   */
  void complete(Object[] values, JsonInput in, JsonLocation start, boolean require) throws JsonInputException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        FieldCodec<T> field = fields[i];
        if (require && field.required) {
          in.require(null, field.name, start);
        }
        values[i] = field.absent;
      }
    }
  }

  /** How one field is written and read. */
  private static final class FieldCodec<T> {
    private final Field<T, ?> field;
    private final String name;
    private final SerializedString key;
    private final Cardinality cardinality;
    private final Codec<Object> codec;
    private final boolean distinct;
    private final Object defaultValue;
    private final boolean omittedWhenDefault;
    /** A field of one value without a default. */
    final boolean required;
    /** The value when the field is left out. */
    final Object absent;

    @SuppressWarnings("unchecked")
    FieldCodec(Field<T, ?> field) {
      this.field = field;
      this.name = field.name();
      this.key = new SerializedString(name);
      this.cardinality = field.cardinality();
      this.codec = (Codec<Object>) ValueCodecs.forField(field.type(), name);
      this.distinct = DISTINCT_LISTS.contains(field);
      this.defaultValue = field.defaultValue().orElse(null);
      this.omittedWhenDefault = field.isOmittedWhenDefault();
      this.required = cardinality == Cardinality.ONE && defaultValue == null;
      this.absent = field.absent();
    }

    void write(JsonGenerator out, T owner) throws IOException {
      Object value = field.get(owner);
      switch (cardinality) {
        case ONE -> {
          if (!omittedWhenDefault || !value.equals(defaultValue)) {
            out.writeFieldName(key);
            codec.write(out, value);
          }
        }
        case OPTIONAL -> {
          Optional<?> optional = (Optional<?>) value;
          if (optional.isPresent()) {
            out.writeFieldName(key);
            codec.write(out, optional.get());
          }
        }
        case LIST, SET -> {
          out.writeFieldName(key);
          out.writeStartArray();
          for (Object element : (Collection<?>) value) {
            codec.write(out, element);
          }
          out.writeEndArray();
        }
      }
    }

    Object read(JsonInput in) throws IOException {
      return switch (cardinality) {
        case ONE -> codec.read(in);
        case OPTIONAL -> Optional.of(codec.read(in));
        case LIST -> distinct ? ImmutableList.copyOf(in.set(codec)) : in.list(codec);
        case SET -> in.set(codec);
      };
    }
  }
}
