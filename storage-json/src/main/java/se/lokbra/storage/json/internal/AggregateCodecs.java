package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.ValidationException;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;

/**
 * The JSON form of the aggregates and of tombstones, derived from each kind's {@link AggregateType}. An entity is one
 * object: {@code id}, then its revision ({@code version}, {@code created}, {@code modified}), then its fields in the
 * order of the record's components (see {@link ObjectFields} for how each cardinality is written and read). An error
 * met while reading an entity names the entity once its id has been read.
 */
public final class AggregateCodecs {
  private static final Codec<?>[] CODECS = Arrays.stream(AggregateKind.values())
      .map(kind -> new AggregateCodec<>(kind.descriptor())).toArray(Codec<?>[]::new);

  private AggregateCodecs() {}

  /** The codec of {@code kind}'s aggregate type. */
  @SuppressWarnings("unchecked")
  public static <T extends Aggregate<?, ?>> Codec<T> of(AggregateKind kind) {
    return (Codec<T>) CODECS[kind.ordinal()];
  }

  /** An entity: its head ({@code id} and revision), then its fields. */
  private static final class AggregateCodec<T extends Aggregate<I, T>, I extends EntityId> implements Codec<T> {
    private static final int ID = 0;
    private static final int VERSION = 1;
    private static final int CREATED = 2;
    private static final int MODIFIED = 3;
    private static final int HEAD = 4;

    private final AggregateType<T, I> type;
    private final Codec<I> idCodec;
    private final ObjectFields<T> fields;

    AggregateCodec(AggregateType<T, I> type) {
      this.type = type;
      this.idCodec = ValueCodecs.of(type.idType());
      this.fields = new ObjectFields<>(type.fields(), "id", "version", "created", "modified");
    }

    @Override
    public void write(JsonGenerator out, T entity) throws IOException {
      out.writeStartObject();
      out.writeStringField("id", entity.id().value());
      ValueCodecs.writeRevisionFields(out, entity.revision());
      fields.write(out, entity);
      out.writeEndObject();
    }

    @Override
    public T read(JsonInput in) throws IOException {
      JsonLocation start = in.startObject();
      Object[] values = new Object[fields.size()];
      I id = null;
      Long version = null;
      Instant created = null;
      Instant modified = null;
      try {
        int slot = 0;
        for (String field; (field = in.nextField()) != null; ) {
          slot = fields.slot(field, slot);
          switch (slot) {
            case -1 -> throw in.unknownField(field, fields.names());
            case ID -> id = idCodec.read(in);
            case VERSION -> version = in.longValue();
            case CREATED -> created = in.instant();
            case MODIFIED -> modified = in.instant();
            default -> values[slot - HEAD] = fields.read(slot - HEAD, in);
          }
          slot++;
        }
        in.require(id, "id", start);
        Revision revision = ValueCodecs.revision(in, start, version, created, modified);
        fields.complete(values, in, start, false);
        I i = id;
        return in.construct(start, () -> type.construct(i, revision, values));
      } catch (JsonInputException e) {
        throw id == null ? e : e.inEntity(type.singular() + " '" + id.value() + "'");
      }
    }
  }

  // ---------------------------------------------------------------- tombstone

  /**
   * {@code {"kind": "measure", "id": …, "version": …, "created": …, "deleted": …}}; the kind is written as
   * {@link #kindName}.
   */
  public static final Codec<Tombstone> TOMBSTONE = Codec.of((out, t) -> {
    out.writeStartObject();
    out.writeStringField("kind", kindName(t.id().kind()));
    out.writeStringField("id", t.id().value());
    out.writeNumberField("version", t.version());
    out.writeFieldName("created");
    ValueCodecs.INSTANT_CODEC.write(out, t.created());
    out.writeFieldName("deleted");
    ValueCodecs.INSTANT_CODEC.write(out, t.deleted());
    out.writeEndObject();
  }, AggregateCodecs::readTombstone);

  private static Tombstone readTombstone(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    AggregateKind kind = null;
    String id = null;
    Long version = null;
    Instant created = null;
    Instant deleted = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "kind" -> kind = kind(in);
        case "id" -> id = in.string();
        case "version" -> version = in.longValue();
        case "created" -> created = in.instant();
        case "deleted" -> deleted = in.instant();
        default -> throw in.unknownField(field, "kind, id, version, created, deleted");
      }
    }
    in.require(kind, "kind", start);
    in.require(id, "id", start);
    in.require(version, "version", start);
    in.require(created, "created", start);
    in.require(deleted, "deleted", start);
    AggregateKind k = kind;
    String i = id;
    long v = version;
    Instant c = created;
    Instant d = deleted;
    return in.construct(start, () -> new Tombstone(k.id(i), v, c, d));
  }

  /**
   * A kind as a tombstone names it: {@link AggregateKind#singular()} with {@code _} for a space
   * ({@code situation_picture}), so that it is one token like the directory names.
   */
  public static String kindName(AggregateKind kind) {
    return kind.singular().replace(' ', '_');
  }

  private static final String KIND_NAMES = Arrays.stream(AggregateKind.values()).map(AggregateCodecs::kindName)
      .collect(Collectors.joining(", "));

  private static AggregateKind kind(JsonInput in) throws IOException {
    String text = in.string();
    for (AggregateKind kind : AggregateKind.values()) {
      if (kindName(kind).equals(text)) {
        return kind;
      }
    }
    throw in.error("'" + text + "' is not a kind of entity (" + KIND_NAMES + ")",
        new ValidationException("kind", text, "is not a kind of entity"));
  }
}
