package se.lokbra.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPMS application ({@code examples/src/jpms}) compiled and run on the module path with {@code se.lokbra.core}
 * (a named module, {@code core/src/main/java/module-info.java}) and Guava: nothing of the class path.
 */
class JpmsExampleTest {
  private static final Path SOURCES = Path.of("src/jpms/se.lokbra.examples.jpms");

  @Test
  void compilesAndRunsOnTheModulePath(@TempDir Path out) throws Exception {
    String modulePath = modulePath();
    assertThat(javac(List.of("--module-path", modulePath, "-d", out.toString(), "-Xlint:all", "-Werror"),
        sources(SOURCES))).isEmpty();

    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", out + File.pathSeparator + modulePath,
        "--module", "se.lokbra.examples.jpms/se.lokbra.examples.jpms.ModulePathExample")
        .redirectErrorStream(true).start();
    assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.exitValue()).as(output).isZero();
    assertThat(output).matches("(?s)module se\\.lokbra\\.core: [1-9][0-9]* measures, [1-9][0-9]* organisations\\s*");
  }

  @Test
  void theInternalPackageIsNotExported(@TempDir Path work) throws IOException {
    Path source = work.resolve("src/se/lokbra/examples/jpms/UsesInternals.java");
    Files.createDirectories(source.getParent());
    Files.copy(SOURCES.resolve("module-info.java"), work.resolve("src/module-info.java"));
    Files.writeString(source, "package se.lokbra.examples.jpms;\n"
        + "public final class UsesInternals {\n"
        + "  public static String name() { return se.lokbra.core.internal.Checks.name(\"x\", \"name\"); }\n"
        + "}\n");
    String errors = javac(List.of("--module-path", modulePath(), "-d", work.resolve("out").toString()),
        sources(work.resolve("src")));
    assertThat(errors).contains("package se.lokbra.core.internal is not visible")
        .contains("declared in module se.lokbra.core, which does not export it");
  }

  /**
   * lokbra-core (its jar, or its classes in a build that has not packaged yet), Guava and its failureaccess, ICU4J
   * (an automatic module, com.ibm.icu) and JSpecify (its annotations are read by javac).
   */
  private static String modulePath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean core = entry.replace(File.separatorChar, '/').endsWith("core/target/classes")
          || name.matches("lokbra-core-[^-]+(-SNAPSHOT)?\\.jar");
      if (core || name.startsWith("guava-") || name.startsWith("failureaccess-") || name.startsWith("jspecify-")
          || name.startsWith("icu4j-")) {
        entries.add(entry);
      }
    }
    assertThat(entries).hasSize(5);
    return String.join(File.pathSeparator, entries);
  }

  private static List<String> sources(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
    }
  }

  /** Runs javac in this JVM; returns what it reported (empty when it compiled without a warning). */
  private static String javac(List<String> options, List<String> sources) {
    // An in-process javac would take this test's class path (lokbra's classes among it) by default: none.
    List<String> args = new ArrayList<>(List.of("--class-path", ""));
    args.addAll(options);
    args.addAll(sources);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, err, err, args.toArray(String[]::new));
    String report = err.toString(StandardCharsets.UTF_8);
    assertThat(status == 0).as(report).isEqualTo(report.isEmpty());
    return report;
  }
}
