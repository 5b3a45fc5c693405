package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lokbra.core.LokbraStore;

/**
 * Opening and closing a store again and again leaks nothing: afterwards the process has as many open file
 * descriptors (sockets and database connections included) and live threads as before. The store is opened
 * {@code -Dlokbra.leak.opens} times (default {@link #opens()}), after a warm-up that lets the JVM and the libraries
 * create what they create once per process (loaded classes' jar files, a driver's cleaner thread); threads of the
 * JVM's common fork-join pool are not counted, as they come and go with the JVM's own idle timeout. A small
 * tolerance ({@value #TOLERANCE}) covers what a JVM may still start lazily later (an attach listener, a process
 * reaper); a leak of one descriptor or thread per open would show a thousand.
 */
public abstract class ResourceContract extends ContractSupport {
  static final int TOLERANCE = 2;
  private static final int WARM_UP = 20;

  /** How often to open and close the store when {@code -Dlokbra.leak.opens} is not set. */
  protected int opens() {
    return 1000;
  }

  @Test
  public void openingAndClosingAThousandTimesLeaksNoFileDescriptorConnectionOrThread() throws Exception {
    fixtures.savedCouncil();
    URI uri = store.uri();
    store.close();
    int opens = Integer.getInteger("lokbra.leak.opens", opens());
    for (int i = 0; i < WARM_UP; i++) {
      openReadAndClose(uri);
    }
    settle();
    long fdsBefore = openFileDescriptors();
    List<String> threadsBefore = threads();

    long started = System.nanoTime();
    for (int i = 0; i < opens; i++) {
      openReadAndClose(uri);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;

    // Pools stop their threads and close their connections asynchronously: give them a moment.
    long deadline = System.nanoTime() + 10_000_000_000L;
    long fdsAfter;
    List<String> threadsAfter;
    do {
      settle();
      fdsAfter = openFileDescriptors();
      threadsAfter = threads();
    } while ((fdsAfter > fdsBefore + TOLERANCE || threadsAfter.size() > threadsBefore.size() + TOLERANCE)
        && System.nanoTime() < deadline);

    List<String> newThreads = new ArrayList<>(threadsAfter);
    threadsBefore.forEach(newThreads::remove);
    System.out.printf(Locale.ROOT, "%s: %d opens and closes of %s in %d ms; file descriptors %d -> %d, threads %d -> "
        + "%d%s%n", getClass().getSimpleName(), opens, backend(uri), millis, fdsBefore, fdsAfter,
        threadsBefore.size(), threadsAfter.size(), newThreads.isEmpty() ? "" : " (new: " + newThreads + ")");
    if (fdsBefore >= 0) {
      assertThat(fdsAfter).as("open file descriptors after %d opens", opens).isLessThanOrEqualTo(fdsBefore
          + TOLERANCE);
    }
    assertThat(threadsAfter.size()).as("live threads after %d opens; new: %s", opens, newThreads)
        .isLessThanOrEqualTo(threadsBefore.size() + TOLERANCE);
  }

  /** {@code memory:}, {@code json:}, {@code jdbc:sqlite:}: the scheme, without the rest of the URI. */
  private static String backend(URI uri) {
    String text = uri.toString();
    int colon = text.indexOf(':', text.startsWith("jdbc:") ? 5 : 0);
    return text.substring(0, colon + 1);
  }

  private void openReadAndClose(URI uri) {
    try (LokbraStore again = reopenStore(uri, options())) {
      again.councils().count();
    }
  }

  private static void settle() throws InterruptedException {
    System.gc(); // closes what only a cleaner would close, so that a leak is not hidden behind garbage
    Thread.sleep(100);
  }

  /** The process's open file descriptors, or -1 where the platform does not say (Windows). */
  static long openFileDescriptors() {
    Path fds = Path.of("/proc/self/fd");
    if (Files.isDirectory(fds)) {
      try (Stream<Path> entries = Files.list(fds)) {
        return entries.count() - 1; // the listing itself holds one
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      return unix.getOpenFileDescriptorCount();
    }
    return -1;
  }

  /** The names of the live threads, but the common fork-join pool's, sorted. */
  static List<String> threads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .filter(name -> !name.startsWith("ForkJoinPool.commonPool-worker")).sorted().toList();
  }
}
