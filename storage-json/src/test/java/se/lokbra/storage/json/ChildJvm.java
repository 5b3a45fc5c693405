package se.lokbra.storage.json;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a main class of the tests, with the test class path. Its output goes to a file that is
 * read line by line: unlike a pipe, a file keeps every line a killed process printed.
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Path output;
  private final RandomAccessFile reader;
  private final Deque<String> lines = new ArrayDeque<>();
  private final StringBuilder partial = new StringBuilder();
  private long offset;

  private ChildJvm(Process process, Path output) throws IOException {
    this.process = process;
    this.output = output;
    this.reader = new RandomAccessFile(output.toFile(), "r");
  }

  static ChildJvm start(Class<?> main, String... args) throws IOException {
    return start(List.of(), main, args);
  }

  /** Starts {@code main} with these JVM options ({@code -Xmx64m}) besides the usual ones. */
  static ChildJvm start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Starts faster: these children run for a fraction of a second.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xshare:auto");
    command.add("-Duser.timezone=UTC");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Path output = Files.createTempFile("lokbra-child", ".out");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    return new ChildJvm(process, output);
  }

  /** Reads what the child wrote since the last call; complete lines only. */
  private void poll() throws IOException {
    long length = reader.length();
    if (length > offset) {
      byte[] bytes = new byte[(int) (length - offset)];
      reader.seek(offset);
      reader.readFully(bytes);
      offset = length;
      partial.append(new String(bytes, StandardCharsets.UTF_8));
      for (int end = partial.indexOf("\n"); end >= 0; end = partial.indexOf("\n")) {
        lines.add(partial.substring(0, end));
        partial.delete(0, end + 1);
      }
    }
  }

  /** The next line of output, or null when the child has ended and printed no more, or after {@code seconds}. */
  String nextLine(long seconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (true) {
      poll();
      if (!lines.isEmpty()) {
        return lines.poll();
      }
      if (!process.isAlive()) {
        poll();
        return lines.poll();
      }
      if (System.nanoTime() > deadline) {
        return null;
      }
      Thread.sleep(5);
    }
  }

  /** Waits for a line starting with {@code prefix}; fails with the output read so far if none comes. */
  String await(String prefix, long seconds) throws IOException, InterruptedException {
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      String line = nextLine(1);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
      if (line != null) {
        seen.append(line).append('\n');
      } else if (!process.isAlive()) {
        break;
      }
    }
    throw new AssertionError("the child JVM did not print '" + prefix + "'; it printed:\n" + seen);
  }

  void send(String line) throws IOException {
    process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  /**
   * Kills the JVM at once, like {@code kill -9}, and returns every complete line it printed that was not read
   * yet (a line cut off by the kill was not acknowledged).
   */
  List<String> kill() throws IOException, InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("the child JVM did not die");
    }
    poll();
    List<String> rest = new ArrayList<>(lines);
    lines.clear();
    return rest;
  }

  int waitFor() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not end");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    reader.close();
    Files.deleteIfExists(output);
  }
}
