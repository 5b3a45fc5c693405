package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** A Jackson serializer that writes with a {@link Codec}. */
public final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  public CodecSerializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
    codec.write(out, value);
  }
}
