package se.lokbra.storage.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import se.lokbra.core.StorageException;

/**
 * The rule for what may sit where a store reads: a data file, the manifest, the journal and the lock file must be
 * regular files, and the kind directories real directories. A FIFO, socket or device would make opening it block
 * (for ever, with nobody at the other end) and a directory named {@code x.json} is no data file; either is refused
 * with a {@link StorageException} naming the path before anything opens it.
 *
 * <p>Symbolic links are refused too, even to a regular file: {@link BasicFileAttributes} are read with
 * {@link LinkOption#NOFOLLOW_LINKS}. The store replaces a file by renaming a new one over it, which would silently
 * turn a link into a copy, and a link could lead outside the store's directory. The store's root directory itself
 * may be (or lie under) a link; only what is inside it is checked.
 *
 * <p>The check and the open are two steps: a file swapped for a FIFO in between is not caught (the store's lock
 * keeps other lokbra processes out; a hostile process with write access to the directory can do worse anyway).
 */
final class FileTypes {
  /** The rule, as error messages state it. */
  static final String RULE = "lokbra reads only regular files inside a store (no FIFOs, sockets, devices, "
      + "directories or symbolic links)";

  private FileTypes() {}

  /**
   * Refuses {@code file} unless it is a regular file (not a link); a missing file passes, for the caller's open to
   * report.
   */
  static void requireRegularFile(Path file) throws IOException {
    BasicFileAttributes attributes = attributes(file);
    if (attributes != null && !attributes.isRegularFile()) {
      throw new StorageException("cannot read " + file + ": it is " + describe(attributes) + ", not a regular file; "
          + RULE);
    }
  }

  /** Refuses {@code directory} unless it is a directory (not a link); a missing one passes. */
  static void requireDirectory(Path directory) throws IOException {
    BasicFileAttributes attributes = attributes(directory);
    if (attributes != null && !attributes.isDirectory()) {
      throw new StorageException("cannot read " + directory + ": it is " + describe(attributes) + ", not a "
          + "directory; lokbra reads only real directories inside a store (no symbolic links or other files)");
    }
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw IoErrors.failed("reading the attributes of " + path, e);
    }
  }

  private static String describe(BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    if (attributes.isDirectory()) {
      return "a directory";
    }
    if (attributes.isRegularFile()) {
      return "a regular file";
    }
    return "a special file (a FIFO, socket or device)";
  }
}
