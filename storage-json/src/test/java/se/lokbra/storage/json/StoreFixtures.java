package se.lokbra.storage.json;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The committed stores and data-set documents of each format version, under {@code fixtures/format-N/}. */
final class StoreFixtures {
  private StoreFixtures() {}

  /** {@code name} ({@code store} or {@code data-set.json}) of format {@code version}. */
  static Path of(int version, String name) {
    try {
      return Path.of(StoreFixtures.class.getResource("/fixtures/format-" + version + "/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of the store of format {@code version} in {@code to}, to open without touching the fixture. */
  static Path copyOfStore(int version, Path to) throws IOException {
    Path from = of(version, "store");
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  /** The manifest and data files of a store, by path relative to its root; not the lock or temporary files. */
  static Map<String, byte[]> dataFiles(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().startsWith(".")) {
          files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    }
    return files;
  }
}
