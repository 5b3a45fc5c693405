package se.lokbra.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.StorageException;

/**
 * Where every command's file output goes, written so that a failure (a full disk, a kill) never destroys what was
 * there before:
 *
 * <ul>
 *   <li>{@code -} is standard output; a write error there (a closed pipe, {@code > /dev/full}) fails the command.
 *   <li>A regular file, or a path where nothing exists yet, is replaced atomically: the output goes to a temporary
 *       file in the same directory, is forced to disk and renamed over the path in one step, so the path holds the
 *       old content or the whole new one. An existing file keeps its permissions.
 *   <li>A symbolic link is followed (to its final target, however many links there are): the target is replaced
 *       atomically as above, the link stays a link.
 *   <li>A character device ({@code /dev/null}, a terminal) or a FIFO (a named pipe) is written through: it cannot
 *       be replaced, and is never turned into a regular file.
 *   <li>Anything else (a directory, a socket, a block device) is refused and left alone.
 * </ul>
 *
 * <p>A directory output (OParl, one iCalendar feed per council) is written into a temporary directory beside it,
 * forced to disk and then swapped in by renames: the previous directory is whole until the new one is complete,
 * and an existing directory is replaced only if it is empty or holds an earlier export of the same kind.
 */
final class Output {
  /** The {@code --output} value that means standard output. */
  static final String STDOUT = "-";
  /** How many symbolic links are followed before giving up (as Linux's ELOOP). */
  private static final int MAX_LINKS = 40;
  private static final int S_IFMT = 0170000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFIFO = 0010000;

  /** Writes output to a stream. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** Writes output into a directory. */
  interface DirectoryBody {
    void write(Path directory) throws IOException;
  }

  private Output() {}

  /** True if {@code path} is absent or {@code -}: the output goes to standard output. */
  static boolean isStdout(@Nullable Path path) {
    return path == null || path.toString().equals(STDOUT);
  }

  /**
   * Writes {@code body} to standard output; a write error fails with a {@link StorageException} giving the reason.
   */
  static void stdout(PrintStream stdout, Body body) {
    OutputStream checked = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        stdout.write(b);
        check();
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        stdout.write(b, off, len);
        check();
      }

      @Override
      public void flush() throws IOException {
        check();
      }

      private void check() throws IOException {
        if (stdout.checkError()) {
          throw new IOException(StdoutStream.reason(stdout));
        }
      }
    };
    try {
      body.write(checked);
      checked.flush();
    } catch (IOException e) {
      throw new StorageException("cannot write to standard output: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw writeFailure(e, "standard output");
    }
  }

  /** A library's exception for a failed write (an I/O error as its cause) as one naming where the output went. */
  private static RuntimeException writeFailure(RuntimeException e, String where) {
    return e.getCause() instanceof IOException io
        ? new StorageException("cannot write to " + where + ": " + StorageException.reason(io), e) : e;
  }

  /** Writes {@code body} to {@code path} ({@code -}: standard output) as the class comment says. */
  static void file(@Nullable Path path, PrintStream stdout, Body body) {
    if (isStdout(path)) {
      stdout(stdout, body);
      return;
    }
    Path target = followLinks(path);
    try {
      BasicFileAttributes attributes = attributes(target);
      if (attributes == null || attributes.isRegularFile()) {
        replace(target, attributes != null, body);
      } else if (isCharacterDeviceOrFifo(target)) {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
          body.write(out);
        }
      } else {
        throw new StorageException("cannot write to " + path + ": it is " + (attributes.isDirectory()
            ? "a directory" : "neither a regular file, a character device nor a FIFO") + ", and lokbra does not "
            + "replace it");
      }
    } catch (IOException e) {
      throw new StorageException("cannot write to " + path + ": " + StorageException.reason(e), e);
    } catch (RuntimeException e) {
      throw writeFailure(e, path.toString());
    }
  }

  /**
   * Writes a directory output at {@code path}: into a temporary directory beside it, then swapped in. An existing
   * directory is replaced only if it is empty or {@code earlierExport} recognises it.
   *
   * @param kind what the export is, for errors ("an OParl export")
   */
  static void directory(Path path, String kind, Predicate<Path> earlierExport, DirectoryBody body) {
    Path target = followLinks(path);
    try {
      BasicFileAttributes attributes = attributes(target);
      if (attributes != null && !attributes.isDirectory()) {
        throw new StorageException("cannot write " + kind + " to " + path + ": it is not a directory");
      }
      if (attributes != null && !isEmpty(target) && !earlierExport.test(target)) {
        throw new StorageException("cannot write " + kind + " to " + path + ": the directory is not empty and "
            + "does not hold " + kind + ", and lokbra does not replace it");
      }
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = sibling(target, ".tmp");
      Files.createDirectory(temp);
      try {
        body.write(temp);
        forceTree(temp);
        if (attributes == null) {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
          Path old = sibling(target, ".old");
          Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
          try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
          }
          try {
            deleteTree(old);
          } catch (IOException e) {
            // The new export is in place and whole; what is left of the old one is a hidden sibling.
            System.getLogger(Output.class.getName()).log(System.Logger.Level.DEBUG, "cannot delete " + old, e);
          }
        }
        forceDirectory(parent);
      } catch (IOException | RuntimeException e) {
        deleteQuietly(temp, e);
        throw e;
      }
    } catch (IOException e) {
      throw new StorageException("cannot write " + kind + " to " + path + ": " + StorageException.reason(e), e);
    } catch (RuntimeException e) {
      throw writeFailure(e, path.toString());
    }
  }

  private static void replace(Path target, boolean exists, Body body) throws IOException {
    Path temp = sibling(target, ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        body.write(out);
        out.flush();
        channel.force(true);
      }
      PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
      if (exists && posix != null) {
        Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp, e);
      throw e;
    }
    forceDirectory(target.toAbsolutePath().getParent());
  }

  /** {@code path} with every symbolic link on its last element followed; the result may not exist. */
  private static Path followLinks(Path path) {
    Path p = path.toAbsolutePath();
    try {
      for (int i = 0; Files.isSymbolicLink(p); i++) {
        if (i == MAX_LINKS) {
          throw new StorageException("cannot write to " + path + ": more than " + MAX_LINKS + " symbolic links");
        }
        p = p.resolveSibling(Files.readSymbolicLink(p));
      }
    } catch (IOException e) {
      throw new StorageException("cannot write to " + path + ": " + StorageException.reason(e), e);
    }
    return p;
  }

  /** The attributes of {@code path} itself, or null if nothing is there. */
  private static @Nullable BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static boolean isCharacterDeviceOrFifo(Path path) throws IOException {
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
      return type == S_IFCHR || type == S_IFIFO;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return false; // no Unix file modes here (Windows): only regular files are written
    }
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      return !entries.iterator().hasNext();
    }
  }

  /** A new hidden name beside {@code target}: {@code .NAME.1f2e….tmp}. */
  private static Path sibling(Path target, String suffix) {
    byte[] random = new byte[8];
    ThreadLocalRandom.current().nextBytes(random);
    return target.resolveSibling("." + target.getFileName() + "." + HexFormat.of().formatHex(random) + suffix);
  }

  /** Forces every file and directory under {@code root} to disk. */
  private static void forceTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        forceDirectory(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Forces a directory's entries to disk where the platform can (not on Windows, where NTFS journals them). */
  private static void forceDirectory(Path directory) throws IOException {
    if (System.getProperty("os.name", "").startsWith("Windows")) {
      return;
    }
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Deletes what a failed write left, keeping the write's failure as the one reported. */
  private static void deleteQuietly(Path path, Exception failure) {
    try {
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(path);
      } else {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
