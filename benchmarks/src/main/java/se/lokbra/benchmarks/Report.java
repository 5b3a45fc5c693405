package se.lokbra.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns one JMH run's results ({@code -rf json}) and optionally {@link Footprint}'s into the table of ratios that
 * the targets are about, as Markdown: each benchmark against its baseline from the same run, and each query at the
 * largest size against the smallest. A figure is the median of all measured iterations of all forks (robust
 * against the other work a shared machine does now and then); the JMH score (mean ± 99.9% error) is listed too.
 * Ratios whose figures are missing from the results are left out.
 *
 * <pre>java -cp benchmarks.jar se.lokbra.benchmarks.Report results.json [footprint.json] [--out table.md]</pre>
 */
public final class Report {
  private Report() {}

  /** One benchmark with one set of parameters: its median, JMH score and error, unit. */
  record Figure(double median, double score, double error, String unit, int samples) {}

  private final Map<String, Figure> figures = new TreeMap<>();
  private int missed;

  /** {@code Class.method backend=… measures=…} */
  private static String key(String benchmark, String backend, int measures) {
    return benchmark + (backend == null ? "" : " backend=" + backend) + " measures=" + measures;
  }

  public static void main(String[] args) throws IOException {
    List<Path> inputs = new ArrayList<>();
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out")) {
        out = Path.of(args[++i]);
      } else {
        inputs.add(Path.of(args[i]));
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("usage: Report results.json [footprint.json] [--out table.md]");
    }
    ObjectMapper json = new ObjectMapper();
    Report report = new Report();
    JsonNode footprint = null;
    for (Path input : inputs) {
      JsonNode root = json.readTree(input.toFile());
      if (root.isArray()) {
        report.read(root);
      } else {
        footprint = root;
      }
    }
    String text = report.render(footprint);
    System.out.print(text);
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
  }

  private void read(JsonNode results) {
    for (JsonNode r : results) {
      String benchmark = r.get("benchmark").asText();
      benchmark = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      JsonNode params = r.path("params");
      String backend = params.has("backend") ? params.get("backend").asText() : null;
      int measures = params.path("measures").asInt();
      JsonNode metric = r.get("primaryMetric");
      List<Double> samples = new ArrayList<>();
      for (JsonNode fork : metric.path("rawData")) {
        for (JsonNode v : fork) {
          samples.add(v.asDouble());
        }
      }
      Collections.sort(samples);
      int n = samples.size();
      double median = n == 0 ? metric.get("score").asDouble()
          : n % 2 == 1 ? samples.get(n / 2) : (samples.get(n / 2 - 1) + samples.get(n / 2)) / 2;
      double error = metric.path("scoreError").asDouble(Double.NaN);
      figures.put(key(benchmark, backend, measures), new Figure(median, metric.get("score").asDouble(), error,
          metric.get("scoreUnit").asText(), n));
    }
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f", v);
  }

  /** Adds a ratio row to {@code rows} if both figures are there; {@code target} 0 for none. */
  private void ratio(List<String> rows, String what, String numerator, String denominator, double target) {
    Figure a = figures.get(numerator);
    Figure b = figures.get(denominator);
    if (a == null || b == null) {
      return;
    }
    double r = a.median() / b.median();
    rows.add("| " + what + " | " + figure(a) + " | " + figure(b) + " | **" + times(r) + "** | "
        + verdict(r, target) + " |");
  }

  private String verdict(double ratio, double target) {
    if (target <= 0) {
      return "";
    }
    if (ratio > target) {
      missed++;
      return "≤ " + times(target) + " **missed**";
    }
    return "≤ " + times(target) + " met";
  }

  private static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  private static String figure(Figure f) {
    return number(f.median()) + " " + f.unit().replace("us/op", "µs").replace("ms/op", "ms");
  }

  private TreeSet<Integer> sizes(String benchmark, String backend) {
    TreeSet<Integer> sizes = new TreeSet<>();
    String prefix = benchmark + (backend == null ? "" : " backend=" + backend) + " measures=";
    for (String k : figures.keySet()) {
      if (k.startsWith(prefix)) {
        sizes.add(Integer.parseInt(k.substring(prefix.length())));
      }
    }
    return sizes;
  }

  private static String size(int measures) {
    return measures >= 1000 && measures % 1000 == 0 ? measures / 1000 + "k" : Integer.toString(measures);
  }

  private static String name(String backend) {
    return switch (backend) {
      case "sqlite" -> "SQLite";
      case "postgresql" -> "PostgreSQL";
      case "json" -> "JSON";
      default -> backend;
    };
  }

  String render(JsonNode footprint) {
    StringBuilder text = new StringBuilder();
    List<String> baselines = new ArrayList<>();
    for (String backend : List.of("sqlite", "postgresql")) {
      for (int n : sizes("BulkSaveBenchmark.saveAll", backend)) {
        ratio(baselines, name(backend) + " bulk save of " + size(n) + " measures: `saveAll` / raw JDBC batch",
            key("BulkSaveBenchmark.saveAll", backend, n), key("BulkSaveBenchmark.rawBatch", backend, n), 1.3);
      }
      for (int n : sizes("QueryBenchmark.findById", backend)) {
        ratio(baselines, name(backend) + " `findById` at " + size(n) + ": store / raw JDBC",
            key("QueryBenchmark.findById", backend, n), key("RawQueryBenchmark.findById", backend, n), 1.5);
      }
    }
    TreeSet<Integer> saves = sizes("JsonSaveBenchmark.save", null);
    if (saves.size() > 1) {
      ratio(baselines, "JSON `save` into " + size(saves.last()) + " / into " + size(saves.first()),
          key("JsonSaveBenchmark.save", null, saves.last()), key("JsonSaveBenchmark.save", null, saves.first()), 1.5);
    }
    for (int n : sizes("JsonOpenBenchmark.open", null)) {
      ratio(baselines, "JSON open of " + size(n) + " measures / raw Jackson", key("JsonOpenBenchmark.open", null, n),
          key("JsonOpenBenchmark.rawJackson", null, n), 1.5);
    }
    if (!baselines.isEmpty()) {
      text.append("| Against a baseline | Figure | Baseline | Ratio | Target |\n|---|---|---|---|---|\n");
      baselines.forEach(r -> text.append(r).append('\n'));
    }

    List<String> references = new ArrayList<>();
    for (String backend : List.of("sqlite", "postgresql")) {
      double floorTarget = backend.equals("sqlite") ? 4 : 3;
      for (int n : sizes("PeerBenchmark.floorFindById", backend)) {
        ratio(references, name(backend) + " `findById` at " + size(n) + ": store / one-row primary-key select",
            key("QueryBenchmark.findById", backend, n), key("PeerBenchmark.floorFindById", backend, n),
            floorTarget);
        ratio(references, name(backend) + " `findById` at " + size(n) + ": store / Hibernate",
            key("QueryBenchmark.findById", backend, n), key("PeerBenchmark.hibernateFindById", backend, n), 0.5);
        ratio(references, name(backend) + " page of 20 by council at " + size(n) + ": store / 20 ids and the count",
            key("QueryBenchmark.byCouncil", backend, n), key("PeerBenchmark.floorByCouncil", backend, n), 15);
        ratio(references, name(backend) + " page of 20 by council at " + size(n) + ": store / Hibernate",
            key("QueryBenchmark.byCouncil", backend, n), key("PeerBenchmark.hibernateByCouncil", backend, n), 0.5);
      }
      for (int n : sizes("HibernateBulkSaveBenchmark.hibernateInsert", backend)) {
        ratio(references, name(backend) + " bulk save of " + size(n) + " measures: `saveAll` / Hibernate",
            key("BulkSaveBenchmark.saveAll", backend, n), key("HibernateBulkSaveBenchmark.hibernateInsert", backend,
                n), 0.7);
      }
    }
    if (!references.isEmpty()) {
      text.append("\n| Against the floor and the peer (Hibernate ORM 6) | Figure | Reference | Ratio | Target |\n"
          + "|---|---|---|---|---|\n");
      references.forEach(r -> text.append(r).append('\n'));
    }

    StringBuilder scaling = new StringBuilder();
    for (String backend : List.of("memory", "json", "sqlite", "postgresql")) {
      for (String query : List.of("findById", "byCouncil", "byStatus", "byYear")) {
        String benchmark = "QueryBenchmark." + query;
        TreeSet<Integer> n = sizes(benchmark, backend);
        if (n.size() < 2) {
          continue;
        }
        Figure first = figures.get(key(benchmark, backend, n.first()));
        Figure last = figures.get(key(benchmark, backend, n.last()));
        double r = last.median() / first.median();
        scaling.append("| ").append(name(backend)).append(" | ").append(query).append(" | ");
        for (int size : List.of(1_000, 10_000, 100_000)) {
          Figure f = figures.get(key(benchmark, backend, size));
          scaling.append(f == null ? "–" : figure(f)).append(" | ");
        }
        scaling.append("**").append(times(r)).append("** | ").append(verdict(r, 3)).append(" |\n");
      }
    }
    if (scaling.length() > 0) {
      text.append("\n| Backend | Query | 1k | 10k | 100k | Largest / smallest | Target |\n"
          + "|---|---|---|---|---|---|---|\n").append(scaling);
    }

    List<String> pages = new ArrayList<>();
    for (String backend : List.of("sqlite", "postgresql")) {
      for (String query : List.of("byCouncil", "byStatus", "byYear")) {
        for (int n : sizes("QueryBenchmark." + query, backend)) {
          ratio(pages, name(backend) + " page " + query + " at " + size(n) + ": store / raw JDBC",
              key("QueryBenchmark." + query, backend, n), key("RawQueryBenchmark." + query, backend, n), 0);
        }
      }
    }
    if (!pages.isEmpty()) {
      text.append("\n| A page of 20 (no target) | Figure | Baseline | Ratio | |\n|---|---|---|---|---|\n");
      pages.forEach(r -> text.append(r).append('\n'));
    }

    if (footprint != null) {
      int target = footprint.path("targetMib").asInt(256);
      text.append("\n| Heap to open and query ").append(size(footprint.path("measures").asInt()))
          .append(" measures | Smallest -Xmx (step ").append(footprint.path("step").asInt()).append(" MiB) | Heap in ")
          .append("use after GC | Target |\n|---|---|---|---|\n");
      for (JsonNode r : footprint.path("results")) {
        boolean passes = r.has("onlyMib") ? r.path("passed").asBoolean() : r.path("passesAtTarget").asBoolean();
        if (!passes) {
          missed++;
        }
        String smallest = r.has("onlyMib") ? (passes ? "passes" : "fails") + " at " + r.path("onlyMib").asInt()
            + " MiB" : r.path("smallestXmxMib").isNull() ? "more than the maximum tried"
            : r.path("smallestXmxMib").asInt() + " MiB";
        text.append("| ").append(name(r.path("backend").asText())).append(" | ").append(smallest).append(" | ")
            .append(number(r.path("heapUsedAfterGcMib").asDouble())).append(" MiB | ≤ ").append(target)
            .append(" MiB ").append(passes ? "met" : "**missed**").append(" |\n");
      }
    }
    text.append("\nRaw figures (median of all measured iterations of all forks; JMH score = mean ± 99.9% error):\n\n")
        .append("| Benchmark | Median | JMH score | Iterations |\n|---|---|---|---|\n");
    figures.forEach((k, f) -> text.append("| ").append(k).append(" | ").append(figure(f)).append(" | ")
        .append(number(f.score())).append(" ± ").append(number(f.error())).append(" | ").append(f.samples())
        .append(" |\n"));
    text.append("\nTargets missed: ").append(missed).append("\n");
    return text.toString();
  }
}
