package se.lokbra.storage.json.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Durable file operations. A file is replaced by writing a temporary sibling, forcing it to disk, renaming it over
 * the target in one atomic step and forcing the directory, so that a reader (or a crash) sees either the old or
 * the new content, never a mix.
 *
 * <p>Every failure is an {@link IOException} whose message names the step and the path ({@code renaming /s/.x.tmp to
 * /s/x.json failed: No space left on device}); the JDK's own exception is its cause.
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
    String step = "creating ";
    try (FileChannel channel = FileChannel.open(file, options)) {
      step = "writing ";
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      step = "forcing to disk ";
      channel.force(true);
      step = "closing ";
    } catch (IOException e) {
      throw IoErrors.failed(step + file, e);
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
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw IoErrors.failed("renaming " + from + " to " + to, e);
    }
  }

  /** Forces a directory's entries (creations, renames, deletions) to disk. */
  static void syncDirectory(Path directory) throws IOException {
    if (SYNC_DIRECTORIES) {
      try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
        channel.force(true);
      } catch (IOException e) {
        throw IoErrors.failed("forcing the directory " + directory + " to disk", e);
      }
    }
  }

  /**
   * Whether {@code path} exists. Unlike {@link Files#exists}, which answers "no" when it cannot tell, an I/O error
   * is thrown: the journal must never take "cannot tell" for "the rename was done".
   */
  static boolean exists(Path path) throws IOException {
    try {
      Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw IoErrors.failed("checking whether " + path + " exists", e);
    }
  }

  /** Deletes {@code file} if it exists. */
  static void deleteIfExists(Path file) throws IOException {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw IoErrors.failed("deleting " + file, e);
    }
  }

  /** Creates {@code directory} and its missing parents. */
  static void createDirectories(Path directory) throws IOException {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw IoErrors.failed("creating the directory " + directory, e);
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
