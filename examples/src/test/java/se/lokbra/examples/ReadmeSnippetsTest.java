package se.lokbra.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Java snippet in the README is quoted from code that compiles (and runs, see {@link ExamplesTest}). */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaSnippetStandsWordForWordInASourceFile() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<List<String>> sources = new ArrayList<>();
    for (Path dir : List.of(ROOT.resolve("examples/src/main/java"), ROOT.resolve("storage-tck/src/test/java"),
        ROOT.resolve("storage-json/src/test/java"), ROOT.resolve("storage-jdbc/src/test/java"),
        ROOT.resolve("storage-jdbc/src/main/java"), ROOT.resolve("storage-json/src/main/java"),
        ROOT.resolve("spring-boot-starter/src/test/java"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(normalised(read(f))));
        }
      }
    }
    Matcher m = JAVA_BLOCK.matcher(readme);
    int blocks = 0;
    while (m.find()) {
      blocks++;
      List<String> snippet = normalised(m.group(1));
      assertThat(sources.stream().anyMatch(source -> java.util.Collections.indexOfSubList(source, snippet) >= 0))
          .as("README snippet not found in any source file:%n%s", m.group(1)).isTrue();
    }
    assertThat(blocks).isGreaterThanOrEqualTo(7);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> normalised(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
