package se.lokbra.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The heap each backend needs to open a store of N measures and run the benchmarked queries on it: runs
 * {@link FootprintProbe} in child JVMs with {@code -Xmx} narrowed down by bisection (in steps of {@code --step}
 * MiB), and also exactly at the target ({@code --target}, 256 MiB). A run passes if the child finishes within
 * {@code --timeout} seconds without running out of memory. Writes the results as JSON for {@link Report}.
 *
 * <pre>
 * java -cp benchmarks.jar se.lokbra.benchmarks.Footprint [--measures 100000] [--backends memory,json,sqlite,postgresql]
 *     [--step 8] [--max 1024] [--target 256] [--timeout 600] [--only MiB] [--out footprint.json]
 * </pre>
 * {@code --only} runs once per backend at that heap (a quick check that the probe works) instead of searching.
 */
public final class Footprint {
  private Footprint() {}

  /** One child run. */
  private record Run(int mib, boolean passed, long heapUsedBytes, double seconds) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int measures = 100_000;
    List<String> backends = List.of("memory", "json", "sqlite", "postgresql");
    int step = 8;
    int max = 1024;
    int target = 256;
    int timeout = 600;
    int only = 0;
    Path out = Path.of("footprint.json");
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--measures" -> measures = Integer.parseInt(value);
        case "--backends" -> backends = Arrays.asList(value.split(","));
        case "--step" -> step = Integer.parseInt(value);
        case "--max" -> max = Integer.parseInt(value);
        case "--target" -> target = Integer.parseInt(value);
        case "--timeout" -> timeout = Integer.parseInt(value);
        case "--only" -> only = Integer.parseInt(value);
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode report = json.createObjectNode();
    report.put("measures", measures);
    report.put("step", step);
    report.put("targetMib", target);
    report.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    ArrayNode results = report.putArray("results");
    boolean allPassed = true;
    for (String backend : backends) {
      Fixtures.Backend b = Fixtures.Backend.of(backend);
      String uri = b == Fixtures.Backend.MEMORY ? null : Fixtures.uri(b, measures);
      ObjectNode result = results.addObject();
      result.put("backend", b.id());
      if (only > 0) {
        Run run = probe(b, measures, uri, only, timeout);
        log(b, run);
        result.put("onlyMib", only);
        result.put("passed", run.passed());
        result.put("heapUsedAfterGcMib", run.heapUsedBytes() / 1048576.0);
        allPassed &= run.passed();
        continue;
      }
      Run atMax = probe(b, measures, uri, max, timeout);
      log(b, atMax);
      Run atTarget = probe(b, measures, uri, target, timeout);
      log(b, atTarget);
      result.put("heapUsedAfterGcMib", atMax.heapUsedBytes() / 1048576.0);
      result.put("passesAtTarget", atTarget.passed());
      if (!atMax.passed()) {
        result.putNull("smallestXmxMib");
        allPassed = false;
        continue;
      }
      // Bisection between a heap that fails (or nothing) and one that passes, assuming more heap never hurts.
      int fails = atTarget.passed() ? 0 : target;
      int passes = atTarget.passed() ? target : max;
      while (passes - fails > step) {
        int mid = Math.max(step, (fails + passes) / 2 / step * step);
        if (mid <= fails || mid >= passes) {
          break;
        }
        Run run = probe(b, measures, uri, mid, timeout);
        log(b, run);
        if (run.passed()) {
          passes = mid;
        } else {
          fails = mid;
        }
      }
      result.put("smallestXmxMib", passes);
      allPassed &= atTarget.passed();
    }
    json.writeValue(out.toFile(), report);
    System.out.println("written " + out.toAbsolutePath());
    System.exit(allPassed ? 0 : 1);
  }

  private static void log(Fixtures.Backend backend, Run run) {
    System.out.printf(Locale.ROOT, "%-10s -Xmx%4dm  %s  %6.1f s  heap used after GC %6.1f MiB%n", backend.id(),
        run.mib(), run.passed() ? "pass" : "FAIL", run.seconds(), run.heapUsedBytes() / 1048576.0);
  }

  /** Runs the probe in a child JVM with {@code -Xmx<mib>m}. */
  private static Run probe(Fixtures.Backend backend, int measures, String uri, int mib, int timeout)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx" + mib + "m", "-XX:+ExitOnOutOfMemoryError",
        "-Dlokbra.bench.dir=" + Fixtures.cacheDirectory(), "-cp", System.getProperty("java.class.path"),
        FootprintProbe.class.getName(), backend.id(), Integer.toString(measures)));
    if (uri != null) {
      command.add(uri);
    }
    long start = System.nanoTime();
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Read the output as it comes, so that a chatty child never blocks on a full pipe.
    StringBuilder output = new StringBuilder();
    Thread reader = new Thread(() -> {
      try {
        output.append(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        output.append(e);
      }
    });
    reader.start();
    boolean finished = child.waitFor(timeout, TimeUnit.SECONDS);
    if (!finished) {
      child.destroyForcibly().waitFor();
    }
    reader.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    long heap = -1;
    for (String line : output.toString().split("\n")) {
      if (line.startsWith("heap-used-bytes ")) {
        heap = Long.parseLong(line.substring("heap-used-bytes ".length()).trim());
      }
    }
    boolean passed = finished && child.exitValue() == 0 && heap >= 0;
    if (!passed && finished && child.exitValue() != 3) {
      // Not an OutOfMemoryError (exit code 3): the probe itself is broken, which no heap size cures.
      throw new IllegalStateException("the probe failed on " + backend.id() + " with exit code "
          + child.exitValue() + ":\n" + output);
    }
    return new Run(mib, passed, heap, seconds);
  }
}
