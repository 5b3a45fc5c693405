package se.lokbra.storage.json.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Durable file operations. A file is replaced by writing a temporary sibling, forcing it to disk, renaming it over
 * the target in one atomic step and forcing the directory, so that a reader (or a crash) sees either the old or
 * the new content, never a mix.
 */
final class AtomicFiles {
  /**
   * Windows cannot open a directory as a channel; NTFS journals renames itself. Everywhere else the directory is
   * forced so that a rename survives a power loss.
   */
  private static final boolean SYNC_DIRECTORIES =
      !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private AtomicFiles() {}

  /** Writes {@code bytes} to a file that must not exist yet, and forces it to disk. */
  static void writeNew(Path file, ByteBuffer bytes) throws IOException {
    write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Writes {@code bytes} to {@code file}, replacing any content, and forces it to disk (not atomic). */
  static void overwrite(Path file, ByteBuffer bytes) throws IOException {
    write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
  }

  private static void write(Path file, ByteBuffer bytes, OpenOption... options) throws IOException {
    try (FileChannel channel = FileChannel.open(file, options)) {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
  }

  /** Replaces {@code target} atomically and durably with {@code bytes}. */
  static void replace(Path target, ByteBuffer bytes) throws IOException {
    Path temp = StoreLayout.tempFor(target, ThreadLocalRandom.current().nextLong());
    try {
      writeNew(temp, bytes);
      move(temp, target);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp, e);
      throw e;
    }
    syncDirectory(target.getParent());
  }

  /** Renames in one step, replacing the target. */
  static void move(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Forces a directory's entries (creations, renames, deletions) to disk. */
  static void syncDirectory(Path directory) throws IOException {
    if (SYNC_DIRECTORIES) {
      try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
        channel.force(true);
      }
    }
  }

  /** Deletes a file left over by a failed write, keeping the first failure as the one reported. */
  static void deleteQuietly(Path file, Exception failure) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
