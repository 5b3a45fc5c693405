package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * A Jackson deserializer that reads with a {@link Codec}: the domain constructors validate every value, and errors
 * come as {@link JsonInputException}s that name the place and the rule.
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  public CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    return codec.read(new JsonInput(parser,
        (java.util.Map<Object, Object>) context.getAttribute(JsonInput.SHARED_VALUES)));
  }
}
