package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes and reads one domain type. The {@link se.lokbra.storage.json.LokbraJacksonModule} adapts each codec to a
 * Jackson serializer and deserializer, and codecs of nested values call each other directly.
 */
public interface Codec<T> extends JsonInput.Reader<T> {
  /** Writes {@code value} as one JSON value. */
  void write(JsonGenerator out, T value) throws IOException;

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator out, T value) throws IOException;
  }

  static <T> Codec<T> of(Writer<T> writer, JsonInput.Reader<T> reader) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator out, T value) throws IOException {
        writer.write(out, value);
      }

      @Override
      public T read(JsonInput in) throws IOException {
        return reader.read(in);
      }
    };
  }
}
