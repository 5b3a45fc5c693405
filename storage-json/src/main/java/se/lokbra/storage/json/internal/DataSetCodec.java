package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.DataSet;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Tombstone;

/**
 * A whole {@link DataSet} as one JSON document: {@code formatVersion}, then one array per aggregate kind (named by
 * {@link AggregateKind#plural()}, in the order of {@link AggregateKind}) and {@code tombstones},
 * each entity in the same form as in a store file.
 *
 * <p>Format 2 added the arrays of the knowledge-based cycle ({@code situation_pictures}, {@code problems},
 * {@code indicators}, {@code cooperation_agreements}, {@code action_plans}) and a measure's {@code targets} and
 * {@code actionPlan}. A format-1 document is read by the same rules: it has none of these, so they are empty, which
 * is exactly what its data means.
 *
 * <p>Format 3 added {@code coordination_functions}, an action plan's {@code situationPictures}, a situation
 * picture's {@code adoptedBy}, a cooperation agreement's {@code decision}, and a decision's {@code bodyKind} (left out when {@code OTHER}), {@code paragraph} and
 * {@code caseNumber}. Documents of formats 1 and 2 read by the same rules: what they lack is empty, and their
 * decisions are of body kind {@code OTHER}.
 */
public final class DataSetCodec {
  /** The document format this code writes and the newest it reads. */
  public static final int FORMAT_VERSION = 3;

  private DataSetCodec() {}

  public static final Codec<DataSet> DATA_SET = Codec.of(DataSetCodec::write, DataSetCodec::read);

  /** The keys of a document: {@code formatVersion}, one per kind, {@code tombstones}. */
  private static final String FIELDS = Stream.concat(Stream.concat(Stream.of("formatVersion"),
      Arrays.stream(AggregateKind.values()).map(AggregateKind::plural)), Stream.of("tombstones"))
      .collect(Collectors.joining(", "));

  private static void write(JsonGenerator out, DataSet data) throws IOException {
    out.writeStartObject();
    out.writeNumberField("formatVersion", FORMAT_VERSION);
    for (AggregateKind kind : AggregateKind.values()) {
      array(out, kind.plural(), data.entities(kind), AggregateCodecs.of(kind));
    }
    array(out, "tombstones", data.tombstones(), AggregateCodecs.TOMBSTONE);
    out.writeEndObject();
  }

  private static <T> void array(JsonGenerator out, String name, Iterable<? extends T> values, Codec<T> codec)
      throws IOException {
    out.writeArrayFieldStart(name);
    for (T value : values) {
      codec.write(out, value);
    }
    out.writeEndArray();
  }

  private static DataSet read(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Integer version = null;
    Map<AggregateKind, ImmutableList<Aggregate<?, ?>>> entities = new EnumMap<>(AggregateKind.class);
    ImmutableList<Tombstone> tombstones = ImmutableList.of();
    for (String field; (field = in.nextField()) != null; ) {
      if (field.equals("formatVersion")) {
        version = formatVersion(in);
      } else if (field.equals("tombstones")) {
        tombstones = in.list(AggregateCodecs.TOMBSTONE);
      } else {
        AggregateKind kind = kind(field);
        if (kind == null) {
          throw in.unknownField(field, FIELDS);
        }
        entities.put(kind, in.list(AggregateCodecs.<Aggregate<?, ?>>of(kind)));
      }
    }
    in.require(version, "formatVersion", start);
    return DataSet.of(entities, tombstones);
  }

  private static AggregateKind kind(String plural) {
    for (AggregateKind kind : AggregateKind.values()) {
      if (kind.plural().equals(plural)) {
        return kind;
      }
    }
    return null;
  }

  /** Checked as soon as it is read, so that a newer document is refused before its unknown parts confuse. */
  private static int formatVersion(JsonInput in) throws IOException {
    int version = in.intValue();
    if (version > FORMAT_VERSION) {
      throw in.error("this data set was written in format version " + version + " by a newer lokbra; this "
          + "version reads format version " + FORMAT_VERSION + " and older");
    }
    if (version < 1) {
      throw in.error("invalid formatVersion '" + version + "': must be 1 or more");
    }
    return version;
  }
}
