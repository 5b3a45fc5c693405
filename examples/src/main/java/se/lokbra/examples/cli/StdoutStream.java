package se.lokbra.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.StorageException;

/**
 * Standard output as the tool writes it: a {@link PrintStream} (which never throws) that remembers why a write
 * failed, so that the one-line error can say "No space left on device" rather than only that something failed.
 */
final class StdoutStream extends PrintStream {
  private final Recorder recorder;

  StdoutStream(OutputStream out) {
    this(new Recorder(out));
  }

  private StdoutStream(Recorder recorder) {
    super(recorder, true, StandardCharsets.UTF_8);
    this.recorder = recorder;
  }

  /** Why writing to {@code out} failed, as far as it is known. */
  static String reason(PrintStream out) {
    IOException failure = out instanceof StdoutStream s ? s.recorder.failure : null;
    return failure == null ? "the write failed" : StorageException.reason(failure);
  }

  /** Passes bytes on and keeps the first failure. */
  private static final class Recorder extends FilterOutputStream {
    private volatile @Nullable IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    private IOException failed(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
