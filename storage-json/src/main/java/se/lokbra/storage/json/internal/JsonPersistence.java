package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import se.lokbra.core.CheckReport;
import se.lokbra.core.StorageException;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.spi.ChangeSet;
import se.lokbra.core.spi.Persistence;

/**
 * Writes committed transactions to the store directory, touching only the files of the entities that changed. A
 * transaction that changes one file replaces it atomically; one that changes more goes through the {@link Journal}.
 * In a store of an older format, the first transaction first upgrades the manifest (see {@link StoreOpener}). The
 * store calls it under its write lock, so it needs no lock of its own.
 */
final class JsonPersistence implements Persistence {
  /** Transactions of this many files or more write them with several threads. */
  private static final int PARALLEL_WRITES_FROM = 64;
  private static final int WRITER_THREADS = 8;

  /** A file to write: the entity or tombstone and where it goes. */
  private record Write(Path target, Object value, ObjectWriter writer) {}

  private final StoreLayout layout;
  private final StoreLock lock;
  /** The ids that have a tombstone file, so a save knows when to delete one. */
  private final Set<EntityId> tombstoned;
  private final ByteSink bytes = new ByteSink();
  /** A committed transaction whose renames could not all be done yet; finished before the next one. */
  private Journal unfinished;
  /** Why the store can no longer write, once the directory's state is uncertain; null while it can. */
  private String broken;
  /** The format version the manifest is known to have on disk, durably. */
  private int formatVersion;

  JsonPersistence(StoreLayout layout, StoreLock lock, Set<EntityId> tombstoned, int formatVersion) {
    this.layout = layout;
    this.lock = lock;
    this.tombstoned = new HashSet<>(tombstoned);
    this.formatVersion = formatVersion;
  }

  /** Reads every file again ({@link StoreOpener#check}); the store's write lock keeps transactions out meanwhile. */
  @Override
  public CheckReport check() {
    return StoreOpener.check(layout.root(), layout.root().toUri());
  }

  @Override
  public void persist(ChangeSet changes) {
    if (broken != null) {
      throw new StorageException("the store " + layout.root() + " cannot write any more since " + broken
          + "; close and reopen it");
    }
    finishUnfinished();
    upgradeFormat();
    List<Write> writes = new ArrayList<>(changes.size());
    List<Path> deletes = new ArrayList<>();
    for (Aggregate<?, ?> entity : changes.saved()) {
      Path file = layout.entityFile(entity.id());
      writes.add(new Write(file, entity, Formats.entityWriter(entity.aggregateKind())));
      // A reserved name (con) may still have its file of before: con.json, now _con.json.
      StoreLayout.legacyFile(file, entity.id()).ifPresent(deletes::add);
      if (tombstoned.contains(entity.id())) {
        Path tombstone = layout.tombstoneFile(entity.id());
        deletes.add(tombstone);
        StoreLayout.legacyFile(tombstone, entity.id()).ifPresent(deletes::add);
      }
    }
    for (Tombstone tombstone : changes.deleted()) {
      Path file = layout.tombstoneFile(tombstone.id());
      writes.add(new Write(file, tombstone, Formats.TOMBSTONE_WRITER));
      StoreLayout.legacyFile(file, tombstone.id()).ifPresent(deletes::add);
      Path entity = layout.entityFile(tombstone.id());
      deletes.add(entity);
      StoreLayout.legacyFile(entity, tombstone.id()).ifPresent(deletes::add);
    }
    if (writes.size() == 1 && deletes.isEmpty()) {
      writeOne(writes.get(0), changes.previous(changes.saved().get(0).id()));
    } else {
      writeJournaled(writes, deletes);
    }
    for (Aggregate<?, ?> entity : changes.saved()) {
      tombstoned.remove(entity.id());
    }
    for (Tombstone tombstone : changes.deleted()) {
      tombstoned.add(tombstone.id());
    }
  }

  /**
   * Marks a store of an older format as of the current one before this version writes its first file, so that the
   * older lokbra refuses the store with a clear message instead of failing on a file it does not know. The manifest
   * is replaced atomically and durably first: a crash before leaves the old store as it was, a crash after leaves
   * a current store whose files are all valid in the current format too. If the upgrade fails, nothing is written
   * and the next transaction tries again.
   */
  private void upgradeFormat() {
    if (formatVersion == StoreOpener.FORMAT_VERSION) {
      return;
    }
    try {
      StoreOpener.writeManifest(layout);
    } catch (IOException e) {
      throw new StorageException("cannot upgrade the store " + layout.root() + " from format version "
          + formatVersion + " to " + StoreOpener.FORMAT_VERSION + " (no data was written): " + e.getMessage(), e);
    }
    formatVersion = StoreOpener.FORMAT_VERSION;
  }

  private static void encode(Write write, ByteSink sink) throws IOException {
    sink.reset();
    write.writer().writeValue(sink, write.value());
    sink.write('\n');
  }

  /**
   * Writes the temporary files of a large transaction (an import, a restore) with several threads: each file is
   * forced to disk on its own, and the disk serves several of those at once far faster than one after another.
   */
  private static void writeInParallel(List<Write> writes, List<Journal.Move> moves) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(WRITER_THREADS, runnable -> {
      Thread thread = new Thread(runnable, "lokbra-json-writer");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < WRITER_THREADS; t++) {
        int first = t;
        tasks.add(pool.submit(() -> {
          ByteSink sink = new ByteSink();
          for (int i = first; i < writes.size(); i += WRITER_THREADS) {
            encode(writes.get(i), sink);
            AtomicFiles.writeNew(moves.get(i).from(), sink.buffer());
          }
          return null;
        }));
      }
      IOException failure = null;
      for (Future<?> task : tasks) {
        try {
          task.get();
        } catch (ExecutionException e) {
          IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing a transaction");
    } finally {
      pool.shutdownNow();
    }
  }

  /** Saves one entity: its file replaced atomically; {@code previous} is what the file held, if anything. */
  private void writeOne(Write write, Optional<Aggregate<?, ?>> previous) {
    Path temp = StoreLayout.tempFor(write.target(), ThreadLocalRandom.current().nextLong());
    try {
      encode(write, bytes);
      AtomicFiles.writeNew(temp, bytes.buffer());
      AtomicFiles.move(temp, write.target());
    } catch (IOException | RuntimeException e) {
      AtomicFiles.deleteQuietly(temp, e);
      throw new StorageException("cannot write " + write.target() + ": " + e.getMessage(), e);
    }
    try {
      AtomicFiles.syncDirectory(write.target().getParent());
    } catch (IOException e) {
      // The new file is in place but may not survive a power loss, and the store rolls the transaction back when
      // this call fails: so the file goes back to what it held, and only if that fails too is the state on disk
      // uncertain until the store is reopened.
      StorageException failure = new StorageException("cannot write " + write.target() + ": " + e.getMessage(), e);
      try {
        if (previous.isPresent()) {
          encode(new Write(write.target(), previous.get(), write.writer()), bytes);
          AtomicFiles.replace(write.target(), bytes.buffer());
        } else {
          AtomicFiles.deleteIfExists(write.target());
          AtomicFiles.syncDirectory(write.target().getParent());
        }
      } catch (IOException | RuntimeException undo) {
        failure.addSuppressed(undo);
        broken = "forcing " + write.target().getParent() + " to disk failed (" + e.getMessage() + ") and "
            + write.target() + " could not be put back as it was";
      }
      throw failure;
    }
  }

  private void writeJournaled(List<Write> writes, List<Path> deletes) {
    List<Journal.Move> moves = new ArrayList<>(writes.size());
    Set<Path> directories = new LinkedHashSet<>();
    long token = ThreadLocalRandom.current().nextLong();
    for (Write write : writes) {
      moves.add(new Journal.Move(StoreLayout.tempFor(write.target(), token), write.target()));
      directories.add(write.target().getParent());
    }
    Journal journal = null;
    try {
      if (writes.size() < PARALLEL_WRITES_FROM) {
        for (int i = 0; i < writes.size(); i++) {
          encode(writes.get(i), bytes);
          AtomicFiles.writeNew(moves.get(i).from(), bytes.buffer());
        }
      } else {
        writeInParallel(writes, moves);
      }
      for (Path directory : directories) {
        AtomicFiles.syncDirectory(directory);
      }
      journal = new Journal(moves, deletes);
      journal.commit(layout);
    } catch (IOException | RuntimeException e) {
      abort(journal, moves, e);
      throw new StorageException("cannot write a transaction of " + writes.size() + (writes.size() == 1 ? " file"
          : " files") + " to " + layout.root() + ": " + e.getMessage(), e);
    }
    // Committed: from here the transaction survives a crash, and a failure only postpones the renames.
    try {
      journal.apply(layout);
    } catch (IOException e) {
      unfinished = journal;
    }
  }

  /** Undoes a transaction that did not commit: its temporary files and a journal that is not durable. */
  private void abort(Journal journal, List<Journal.Move> moves, Exception failure) {
    if (journal != null && failure instanceof Journal.Uncommitted) {
      try {
        journal.withdraw(layout);
        return;
      } catch (IOException e) {
        failure.addSuppressed(e);
        broken = "a transaction's journal could not be withdrawn (" + e.getMessage() + ")";
      }
    }
    for (Journal.Move move : moves) {
      AtomicFiles.deleteQuietly(move.from(), failure);
    }
  }

  private void finishUnfinished() {
    if (unfinished != null) {
      try {
        unfinished.apply(layout);
        unfinished = null;
      } catch (IOException e) {
        throw new StorageException("cannot finish writing the previous transaction to " + layout.root() + ": "
            + e.getMessage() + " (it is safe in the journal and will be finished when the store opens)", e);
      }
    }
  }

  @Override
  public void close() {
    try {
      if (unfinished != null) {
        unfinished.apply(layout);
        unfinished = null;
      }
    } catch (IOException e) {
      // Left in the journal, which the next open applies; closing must still release the lock.
      unfinished = null;
    } finally {
      lock.release();
    }
  }
}
