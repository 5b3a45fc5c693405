package se.lokbra.storage.json.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.lokbra.core.StorageException;

/**
 * The lock that makes one process the only writer of a store: an OS file lock on {@code .lokbra-lock}, held from
 * open to close. Within one JVM a registry of open stores answers first, because opening and closing a second
 * channel on the locked file would release the lock on some systems (POSIX locks belong to the process).
 */
final class StoreLock {
  private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the store at {@code root}, an existing directory.
   *
   * @throws StorageException if another process or this one has the store open
   */
  static StoreLock acquire(Path root) {
    Path key;
    try {
      key = root.toRealPath();
    } catch (IOException e) {
      throw new StorageException("cannot open the store " + root + ": " + IoErrors.reason(e), e);
    }
    if (!OPEN_IN_THIS_PROCESS.add(key)) {
      throw new StorageException("the store " + root + " is already open in this process; close it before opening "
          + "it again");
    }
    Path file = key.resolve(StoreLayout.LOCK);
    FileChannel channel = null;
    try {
      FileTypes.requireRegularFile(file); // opening a FIFO to write blocks until someone reads it
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new StorageException("the store " + root + " is locked by another process (it holds " + file
            + "); close the store there first");
      }
      return new StoreLock(key, channel, lock);
    } catch (IOException | OverlappingFileLockException | StorageException e) {
      OPEN_IN_THIS_PROCESS.remove(key);
      closeQuietly(channel, e);
      if (e instanceof StorageException s) {
        throw s;
      }
      // The JDK's AccessDeniedException has only the path as its message: the reason says "permission denied".
      throw new StorageException("cannot lock the store " + root + " (" + file + "): " + (e instanceof IOException io
          ? IoErrors.reason(io) : "it is locked in this process already"), e);
    }
  }

  private static void closeQuietly(FileChannel channel, Exception failure) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** Releases the lock; the lock file stays (deleting it would race with a process about to lock it). */
  void release() {
    try {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    } catch (IOException e) {
      throw new StorageException("cannot release the lock of the store " + key + ": " + e.getMessage(), e);
    } finally {
      OPEN_IN_THIS_PROCESS.remove(key);
    }
  }
}
