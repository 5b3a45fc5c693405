package se.lokbra.storage.json.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** A reusable output buffer whose bytes can be written to a channel without copying them. */
final class ByteSink extends ByteArrayOutputStream {
  ByteSink() {
    super(8192);
  }

  ByteBuffer buffer() {
    return ByteBuffer.wrap(buf, 0, count);
  }
}
