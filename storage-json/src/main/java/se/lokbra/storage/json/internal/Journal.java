package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.collect.ImmutableList;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import se.lokbra.core.StorageException;
import se.lokbra.storage.json.JsonDocumentException;

/**
 * The write-ahead journal that makes a transaction over several files atomic across crashes. A transaction first
 * writes every new file as a durable temporary sibling, then commits by renaming the journal into place: it lists
 * the renames (temporary file → data file) and deletions still to do. Then it applies them and deletes the journal.
 * When a store opens, a journal in place is applied again (a rename whose temporary file is gone was done already),
 * and a journal that never got into place is discarded with the transaction's temporary files.
 *
 * <pre>{"formatVersion": 1, "moves": [{"from": "measures/.x.json.1f.tmp", "to": "measures/x.json"}],
 *  "deletes": ["tombstones/measures/x.json"]}</pre>
 *
 * It is read and written with the limits of a data-set document, not of one store file: the journal of an import
 * lists every file.
 */
final class Journal {
  static final int FORMAT_VERSION = 1;

  record Move(Path from, Path to) {}

  private final ImmutableList<Move> moves;
  private final ImmutableList<Path> deletes;

  Journal(Iterable<Move> moves, Iterable<Path> deletes) {
    this.moves = ImmutableList.copyOf(moves);
    this.deletes = ImmutableList.copyOf(deletes);
  }

  /**
   * Writes the journal durably under a temporary name and renames it into place: the commit point. Returns
   * normally only once the transaction is durable.
   *
   * @throws IOException if the journal is not in place; {@link Uncommitted} if it is but may not be durable
   */
  void commit(StoreLayout layout) throws IOException {
    ByteSink bytes = new ByteSink();
    try (JsonGenerator out = Formats.DOCUMENTS.getFactory().createGenerator(bytes)) {
      out.writeStartObject();
      out.writeNumberField("formatVersion", FORMAT_VERSION);
      out.writeArrayFieldStart("moves");
      for (Move move : moves) {
        out.writeStartObject();
        out.writeStringField("from", layout.relative(move.from()));
        out.writeStringField("to", layout.relative(move.to()));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("deletes");
      for (Path delete : deletes) {
        out.writeString(layout.relative(delete));
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    Path temp = layout.root().resolve(StoreLayout.JOURNAL_TEMP);
    AtomicFiles.overwrite(temp, bytes.buffer());
    AtomicFiles.move(temp, layout.root().resolve(StoreLayout.JOURNAL));
    try {
      AtomicFiles.syncDirectory(layout.root());
    } catch (IOException e) {
      throw new Uncommitted(e);
    }
  }

  /** The journal was renamed into place but could not be made durable; the caller must withdraw it. */
  static final class Uncommitted extends IOException {
    private static final long serialVersionUID = 1L;

    Uncommitted(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * Does the renames and deletions, forces the directories, and deletes the journal. Safe to repeat after a crash
   * at any point: a rename whose temporary file is gone was done before.
   */
  void apply(StoreLayout layout) throws IOException {
    Set<Path> directories = new LinkedHashSet<>();
    for (Move move : moves) {
      if (AtomicFiles.exists(move.from())) {
        AtomicFiles.move(move.from(), move.to());
      }
      directories.add(move.to().getParent());
    }
    for (Path delete : deletes) {
      AtomicFiles.deleteIfExists(delete);
      directories.add(delete.getParent());
    }
    for (Path directory : directories) {
      AtomicFiles.syncDirectory(directory);
    }
    AtomicFiles.deleteIfExists(layout.root().resolve(StoreLayout.JOURNAL));
    // Durable before any later transaction touches these files, or a stale journal could undo it after a crash.
    AtomicFiles.syncDirectory(layout.root());
  }

  /** Withdraws a journal that was renamed into place but not made durable, with its temporary files. */
  void withdraw(StoreLayout layout) throws IOException {
    AtomicFiles.deleteIfExists(layout.root().resolve(StoreLayout.JOURNAL));
    AtomicFiles.syncDirectory(layout.root());
    for (Move move : moves) {
      AtomicFiles.deleteIfExists(move.from());
    }
  }

  /**
   * Finishes or discards what a crashed process left: applies a journal in place, deletes an unfinished one.
   *
   * @throws StorageException if a journal in place cannot be read: the store cannot tell what its last
   *     transaction changed, so it does not open
   */
  static void recover(StoreLayout layout) throws IOException {
    AtomicFiles.deleteIfExists(layout.root().resolve(StoreLayout.JOURNAL_TEMP));
    Path file = layout.root().resolve(StoreLayout.JOURNAL);
    if (AtomicFiles.exists(file)) {
      read(layout, file).apply(layout);
    }
  }

  private static Journal read(StoreLayout layout, Path file) throws IOException {
    byte[] bytes;
    FileTypes.requireRegularFile(file);
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw IoErrors.failed("reading " + file, e);
    }
    try (JsonParser parser = Formats.DOCUMENTS.getFactory().createParser(bytes)) {
      JsonInput in = new JsonInput(parser);
      parser.nextToken();
      JsonLocation start = in.startObject();
      Integer version = null;
      ImmutableList<Move> moves = null;
      ImmutableList<Path> deletes = null;
      for (String field; (field = in.nextField()) != null; ) {
        switch (field) {
          case "formatVersion" -> version = in.intValue();
          case "moves" -> moves = in.list(i -> readMove(layout, i));
          case "deletes" -> deletes = in.list(i -> dataFile(layout, i));
          default -> throw in.unknownField(field, "formatVersion, moves, deletes");
        }
      }
      in.require(version, "formatVersion", start);
      in.require(moves, "moves", start);
      in.require(deletes, "deletes", start);
      if (version != FORMAT_VERSION) {
        throw in.errorAt(start, "has format version " + version + "; this lokbra applies journals of version "
            + FORMAT_VERSION + " only", null);
      }
      if (parser.nextToken() != null) {
        throw in.error("unexpected content after the journal");
      }
      return new Journal(moves, deletes);
    } catch (JsonProcessingException | CharConversionException e) {
      JsonDocumentException problem = Formats.problem(file.toString(), e);
      throw new StorageException("the store's journal " + file + " is damaged, so lokbra cannot tell what its last "
          + "transaction changed; " + problem.getMessage(), problem);
    }
  }

  private static Move readMove(StoreLayout layout, JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    String from = null;
    Path to = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "from" -> from = in.string();
        case "to" -> to = dataFile(layout, in);
        default -> throw in.unknownField(field, "from, to");
      }
    }
    in.require(from, "from", start);
    in.require(to, "to", start);
    Path temp = layout.tempFile(from, to).orElse(null);
    if (temp == null) {
      throw in.errorAt(start, "'" + from + "' is not a temporary file of " + layout.relative(to), null);
    }
    return new Move(temp, to);
  }

  private static Path dataFile(StoreLayout layout, JsonInput in) throws IOException {
    String relative = in.string();
    return layout.dataFile(relative).orElseThrow(() -> in.error("'" + relative + "' is not a data file of the "
        + "store"));
  }
}
