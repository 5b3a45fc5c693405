package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.common.collect.ImmutableSet;
import java.io.CharConversionException;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.lokbra.core.CheckReport;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraException;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreCapability;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.memory.InMemoryStore;
import se.lokbra.core.spi.Persistence;
import se.lokbra.core.spi.StoreRules;
import se.lokbra.storage.json.JsonDocumentException;
import se.lokbra.storage.json.LokbraJson;

/**
 * Opens a store directory: creates a new store in an empty or missing directory, refuses a foreign or newer one,
 * locks it, finishes or discards an interrupted transaction, reads every file (in parallel) and hands the data to an
 * {@link InMemoryStore} with a {@link JsonPersistence}. A bad file stops the open with an error naming the file,
 * line, column and rule; nothing is rewritten or deleted then.
 *
 * <p>The format versions:
 * <ul>
 *   <li>1: organisations, people, councils, measures, meetings and conferences.</li>
 *   <li>2: the knowledge-based cycle: the directories {@code situation_pictures}, {@code problems},
 *       {@code indicators}, {@code cooperation_agreements} and {@code action_plans} (and their tombstones), and a
 *       measure's {@code targets} and {@code actionPlan}.</li>
 *   <li>3: what the law requires (2023:196): the directory {@code coordination_functions}, an action plan's
 *       {@code situationPictures}, a situation picture's {@code adoptedBy}, a cooperation agreement's
 *       {@code decision}, and a decision's {@code bodyKind}
 *       (left out when {@code OTHER}), {@code paragraph} and {@code caseNumber}.</li>
 * </ul>
 * Each format only adds (format 3 as format 2 did): every format-1 file is a valid format-2 file with the same meaning (a measure without
 * {@code targets} targets nothing, a missing directory holds no entity). So a format-1 store is read as it is, and
 * upgrading it only means rewriting its manifest. That happens before the first write, not on open: opening (to read,
 * to report) leaves a store that the previous lokbra can still open. The first write replaces the manifest atomically
 * and durably ({@link JsonPersistence}) before it writes any file, since the new files (a measure with
 * {@code "targets": []}) would only confuse the previous lokbra; a crash in between leaves a format-2 store of format-1
 * files, which is valid. A store of a newer format than {@link #FORMAT_VERSION} is refused untouched.
 */
public final class StoreOpener {
  /** The manifest's {@code kind}, which tells a lokbra store from any other directory with a JSON file. */
  public static final String STORE_KIND = "lokbra-json-store";
  /** The store format this code writes, and the newest it reads. */
  public static final int FORMAT_VERSION = 3;

  private final StoreLayout layout;
  private final URI uri;

  private StoreOpener(Path root, URI uri) {
    this.layout = new StoreLayout(root);
    this.uri = uri;
  }

  /**
   * Opens (creating if needed) the store in {@code root}, an absolute, normalised path.
   *
   * @param uri what the store reports as {@link LokbraStore#uri()}
   */
  public static LokbraStore open(Path root, URI uri, StoreOptions options) {
    return new StoreOpener(root, uri).open(options);
  }

  private LokbraStore open(StoreOptions options) {
    Path root = layout.root();
    try {
      BasicFileAttributes attributes = attributes(root);
      if (attributes == null) {
        AtomicFiles.createDirectories(root);
      } else if (!attributes.isDirectory()) {
        throw new StorageException("cannot open the store " + root + ": it is not a directory");
      }
      if (!AtomicFiles.exists(layout.manifest())) {
        refuseForeign();
      }
    } catch (IOException e) {
      throw new StorageException("cannot open the store " + root + ": " + IoErrors.reason(e), e);
    }
    StoreLock lock = StoreLock.acquire(root);
    try {
      if (!AtomicFiles.exists(layout.manifest())) {
        refuseForeign(); // again, now that no other process can be creating the store
        writeManifest(layout);
      }
      int formatVersion = checkManifest();
      createDirectories();
      Journal.recover(layout);
      deleteTemporaryFiles();
      Loaded loaded = load();
      JsonPersistence persistence = new JsonPersistence(layout, lock, loaded.tombstoneIds(), formatVersion);
      try {
        return InMemoryStore.create(uri, options, ImmutableSet.of(StoreCapability.PERSISTENT), loaded.data(),
            persistence);
      } catch (LokbraException e) {
        throw loaded.explain(e);
      }
    } catch (IOException e) {
      lock.release();
      throw new StorageException("cannot open the store " + root + ": " + IoErrors.reason(e), e);
    } catch (RuntimeException | Error e) {
      lock.release();
      throw e;
    }
  }

  /** The attributes of {@code path}, or null if it does not exist (an error that leaves it unknown is thrown). */
  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw IoErrors.failed("reading the attributes of " + path, e);
    }
  }

  /** The entries of {@code directory} that {@code filter} accepts. */
  private static List<Path> list(Path directory, DirectoryStream.Filter<Path> filter) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, filter)) {
      stream.forEach(entries::add);
    } catch (IOException e) {
      throw IoErrors.failed("listing " + directory, e);
    } catch (DirectoryIteratorException e) {
      throw IoErrors.failed("listing " + directory, e.getCause());
    }
    return entries;
  }

  // ---------------------------------------------------------------- manifest

  private void refuseForeign() throws IOException {
    for (Path entry : list(layout.root(), p -> true)) {
      String name = entry.getFileName().toString();
      if (!name.equals(StoreLayout.LOCK) && !isRootTemp(name)) {
        throw new StorageException("the directory " + layout.root() + " is not a lokbra store: it has no "
            + StoreLayout.MANIFEST + " and is not empty (it has " + name + "); lokbra only creates stores in "
            + "empty or new directories and will not write into this one");
      }
    }
  }

  private static boolean isRootTemp(String name) {
    return name.startsWith(".lokbra-") && name.endsWith(".tmp");
  }

  /**
   * Writes the manifest of the current format, replacing any other atomically and durably: a reader or a crash sees
   * the old manifest or the new one.
   */
  static void writeManifest(StoreLayout layout) throws IOException {
    AtomicFiles.replace(layout.manifest(), manifest());
  }

  private static ByteBuffer manifest() throws IOException {
    ByteSink bytes = new ByteSink();
    try (JsonGenerator out = Formats.FILES.getFactory().createGenerator(bytes)) {
      out.setPrettyPrinter(LokbraJson.prettyPrinter());
      out.writeStartObject();
      out.writeStringField("kind", STORE_KIND);
      out.writeNumberField("formatVersion", FORMAT_VERSION);
      out.writeEndObject();
    }
    bytes.write('\n');
    return bytes.buffer();
  }

  /** Checks the manifest and returns its format version: {@link #FORMAT_VERSION} or an older one. */
  private int checkManifest() throws IOException {
    Path file = layout.manifest();
    byte[] bytes = readFile(file);
    try (JsonParser parser = Formats.FILES.getFactory().createParser(bytes)) {
      JsonInput in = new JsonInput(parser);
      parser.nextToken();
      JsonLocation start = in.startObject();
      String kind = null;
      Integer version = null;
      JsonInputException unknown = null;
      for (String field; (field = in.nextField()) != null; ) {
        switch (field) {
          case "kind" -> kind = in.string();
          case "formatVersion" -> version = in.intValue();
          default -> {
            unknown = unknown != null ? unknown : in.unknownField(field, "kind, formatVersion");
            parser.skipChildren();
          }
        }
      }
      if (!STORE_KIND.equals(kind)) {
        throw new StorageException("the directory " + layout.root() + " is not a lokbra JSON store: its "
            + StoreLayout.MANIFEST + " has the kind " + (kind == null ? "(none)" : "'" + kind + "'") + ", not '"
            + STORE_KIND + "'; lokbra will not write into it");
      }
      in.require(version, "formatVersion", start);
      if (version > FORMAT_VERSION) {
        throw new StorageException("the store " + layout.root() + " has format version " + version + ", written by a "
            + "newer lokbra; this version reads format version " + FORMAT_VERSION + " and older. Open it with a "
            + "newer lokbra");
      }
      if (version < 1) {
        throw in.errorAt(start, "invalid formatVersion '" + version + "': must be 1 or more", null);
      }
      if (unknown != null) {
        throw unknown;
      }
      if (parser.nextToken() != null) {
        throw in.error("unexpected content after the manifest");
      }
      return version;
    } catch (JsonProcessingException | CharConversionException e) {
      throw Formats.problem(file.toString(), e);
    }
  }

  // ---------------------------------------------------------------- directories

  /**
   * Creates missing kind directories: new stores need them, git does not keep empty directories, and a store of an
   * older format lacks those of the newer kinds (which the older lokbra ignores).
   */
  private void createDirectories() throws IOException {
    Set<Path> changed = new HashSet<>();
    FileTypes.requireDirectory(layout.root().resolve(StoreLayout.TOMBSTONES));
    for (AggregateKind kind : AggregateKind.values()) {
      for (Path directory : List.of(layout.entityDirectory(kind), layout.tombstoneDirectory(kind))) {
        FileTypes.requireDirectory(directory);
        if (!AtomicFiles.exists(directory)) {
          AtomicFiles.createDirectories(directory);
          changed.add(directory.getParent());
        }
      }
    }
    for (Path directory : changed) {
      AtomicFiles.syncDirectory(directory);
    }
  }

  /**
   * Deletes the root's temporary files of writes that a crash interrupted (after the journal has been dealt with);
   * {@link #list} deletes those of the data directories.
   */
  private void deleteTemporaryFiles() throws IOException {
    for (Path entry : list(layout.root(), p -> isRootTemp(p.getFileName().toString()))) {
      AtomicFiles.deleteIfExists(entry);
    }
    // Those of the data directories go while the directories are listed for loading: one pass over 100k entries.
  }

  // ---------------------------------------------------------------- reading

  /** One data file: the kind and id its place promises, and whether it holds a tombstone. */
  private record Source(AggregateKind kind, boolean tombstone, Path file, String id) {}

  /** What reading one file gave: the entity or tombstone, or the error. */
  private record Result(Source source, Object value, RuntimeException error) {}

  private Loaded load() throws IOException {
    List<Source> sources = new ArrayList<>();
    for (AggregateKind kind : AggregateKind.values()) {
      list(kind, false, layout.entityDirectory(kind), sources);
      list(kind, true, layout.tombstoneDirectory(kind), sources);
    }
    List<Result> results = readAll(sources);
    RuntimeException first = null;
    for (Result result : results) {
      if (result.error() != null) {
        if (first == null) {
          first = result.error();
        } else if (first.getSuppressed().length < 20) {
          first.addSuppressed(result.error());
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return new Loaded(layout, results);
  }

  /** Reads every source, in parallel; a file that cannot be read gives a result with the error. */
  private static List<Result> readAll(List<Source> sources) {
    // The ids, codes, zones and instants that many files repeat are read once and shared by every entity.
    Map<Object, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();
    ObjectReader[] readers = new ObjectReader[AggregateKind.values().length];
    for (AggregateKind kind : AggregateKind.values()) {
      readers[kind.ordinal()] = Formats.entityReader(kind).withAttribute(JsonInput.SHARED_VALUES, shared);
    }
    ObjectReader tombstoneReader = Formats.TOMBSTONE_READER.withAttribute(JsonInput.SHARED_VALUES, shared);
    return sources.parallelStream()
        .map(source -> read(source, source.tombstone() ? tombstoneReader : readers[source.kind().ordinal()]))
        .toList();
  }

  /** Lists the data files of one directory in name order; any other {@code .json} file there is an error. */
  private static void list(AggregateKind kind, boolean tombstone, Path directory, List<Source> sources)
      throws IOException {
    // Names, not paths, are filtered and sorted, and temporary files are deleted on the way: with 100k files,
    // matching a glob, comparing paths and listing a second time cost more than reading the directory.
    List<String> names = new ArrayList<>();
    for (Path entry : list(directory, p -> true)) {
      String name = entry.getFileName().toString();
      if (name.endsWith(StoreLayout.SUFFIX) && !name.startsWith(".")) {
        names.add(name);
      } else if (name.startsWith(".") && name.endsWith(".tmp") && StoreLayout.isDataTemp(name)) {
        AtomicFiles.deleteIfExists(entry); // written by a transaction that a crash interrupted (the journal is done)
      }
    }
    names.sort(null);
    Set<String> reservedIds = new HashSet<>();
    for (String name : names) {
      Path file = directory.resolve(name);
      Optional<String> id = StoreLayout.idOf(name);
      if (id.isEmpty()) {
        throw new JsonDocumentException(file.toString(), 0, 0, "", null, StoreLayout.NAME_RULE, null);
      }
      // con.json (written before reserved names were escaped) and _con.json are the same id.
      if (StoreLayout.isReserved(id.get()) && !reservedIds.add(id.get())) {
        throw new StorageException("cannot open the store: " + directory.resolve(id.get() + StoreLayout.SUFFIX)
            + " and " + directory.resolve(StoreLayout.fileName(id.get())) + " both hold the id '" + id.get()
            + "'; " + StoreLayout.fileName(id.get()) + " is its file (Windows reserves the name " + id.get()
            + "), remove the one that is wrong");
      }
      sources.add(new Source(kind, tombstone, file, id.get()));
    }
  }

  private static Result read(Source source, ObjectReader reader) {
    try {
      byte[] bytes = readFile(source.file());
      Object value;
      EntityId id;
      try {
        if (source.tombstone()) {
          Tombstone tombstone = reader.readValue(bytes);
          if (tombstone == null) {
            throw problemAt(source, bytes, "", "is null; a store file holds one JSON object");
          }
          if (tombstone.id().kind() != source.kind()) {
            throw problemAt(source, bytes, "/kind", "is a tombstone of a " + tombstone.id().kind().singular()
                + ", but lies among the tombstones of " + source.kind().plural());
          }
          id = tombstone.id();
          value = tombstone;
        } else {
          Aggregate<?, ?> entity = reader.readValue(bytes);
          if (entity == null) {
            throw problemAt(source, bytes, "", "is null; a store file holds one JSON object");
          }
          if (entity.revision().isNew()) {
            throw problemAt(source, bytes, "", entity.describe() + ": a stored entity needs its version (1 or "
                + "more), created and modified");
          }
          id = entity.id();
          value = entity;
        }
      } catch (JsonProcessingException | CharConversionException e) {
        throw Formats.problem(source.file().toString(), e);
      }
      if (!id.value().equals(source.id())) {
        throw problemAt(source, bytes, "/id", "the id '" + id.value() + "' does not match the file name "
            + source.file().getFileName() + " (it must be " + StoreLayout.fileName(id.value()) + ")");
      }
      return new Result(source, value, null);
    } catch (IOException e) {
      return new Result(source, null, new StorageException("cannot open the store: " + IoErrors.reason(e), e));
    } catch (RuntimeException e) {
      return new Result(source, null, e);
    }
  }

  private static JsonDocumentException problemAt(Source source, byte[] bytes, String pointer, String problem) {
    JsonLocation location = Formats.locate(bytes, pointer);
    return new JsonDocumentException(source.file().toString(), location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(), pointer, null, problem, null);
  }

  /** Reads a whole file, refusing one above the size limit before reading it. */
  private static byte[] readFile(Path file) throws IOException {
    FileTypes.requireRegularFile(file); // before opening: a FIFO would block the open
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > LokbraJson.MAX_FILE_BYTES) {
        throw new JsonDocumentException(file.toString(), 0, 0, "", null, "is " + size + " bytes long, more than "
            + "the limit of " + LokbraJson.MAX_FILE_BYTES + " bytes for a store file", null);
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // keep reading: a channel may return fewer bytes than asked for
      }
      if (buffer.hasRemaining()) {
        throw new IOException("the file became shorter while it was read");
      }
      return buffer.array();
    } catch (NoSuchFileException e) {
      throw new StorageException("cannot read " + file + ": it disappeared while the store was opening", e);
    } catch (IOException e) {
      throw IoErrors.failed("reading " + file, e);
    }
  }

  // ---------------------------------------------------------------- check

  private static final String READ_RULE = "every file of the store must read back as a valid lokbra file";

  /**
   * Checks the store in {@code root} (which has a manifest) by reading only: no lock is taken, no journal is
   * applied, no temporary file is deleted, no directory is created. A manifest that does not pass (another kind of
   * store, a newer format) is the one problem reported, since the files cannot be judged then. The manifest,
   * every file of every kind directory and the tombstones are read and parsed again; a file that does not read is a problem naming its path
   * (and line and column), and the check goes on with the others. Then every reference of the files that read is
   * checked ({@link StoreRules#referenceProblems}), and, if they all resolve, every rule a store keeps on open
   * (unique organisation numbers and the like). A journal in place (a transaction interrupted, or being applied by
   * the process that has the store open) is reported too: opening the store finishes it.
   *
   * <p>Run on a store that another process is writing to, a check may see a transaction half applied; each file,
   * replaced atomically, still reads whole.
   */
  public static CheckReport check(Path root, URI uri) {
    StoreLayout layout = new StoreLayout(root);
    List<CheckReport.Problem> problems = new ArrayList<>();
    try {
      new StoreOpener(root, uri).checkManifest();
    } catch (IOException | RuntimeException e) {
      // Not a lokbra store, or one of a newer format: its files cannot be judged by this version's rules.
      problems.add(fileProblem(layout.manifest(), e));
      return CheckReport.of(problems);
    }
    Path journal = root.resolve(StoreLayout.JOURNAL);
    try {
      if (AtomicFiles.exists(journal)) {
        problems.add(new CheckReport.Problem(journal.toString(), "a transaction's journal is in place: the "
            + "transaction was interrupted (or is being applied by the process that has the store open)",
            "opening the store finishes it; the check changes nothing"));
      }
    } catch (IOException e) {
      problems.add(fileProblem(journal, e));
    }
    List<Source> sources = new ArrayList<>();
    for (AggregateKind kind : AggregateKind.values()) {
      for (boolean tombstone : new boolean[] {false, true}) {
        Path directory = tombstone ? layout.tombstoneDirectory(kind) : layout.entityDirectory(kind);
        try {
          FileTypes.requireDirectory(directory);
          if (AtomicFiles.exists(directory)) {
            listForCheck(kind, tombstone, directory, sources, problems);
          }
        } catch (IOException | RuntimeException e) {
          problems.add(fileProblem(directory, e));
        }
      }
    }
    Map<AggregateKind, List<Aggregate<?, ?>>> entities = new EnumMap<>(AggregateKind.class);
    for (AggregateKind kind : AggregateKind.values()) {
      entities.put(kind, new ArrayList<>());
    }
    List<Tombstone> tombstones = new ArrayList<>();
    Map<EntityId, Path> files = new java.util.HashMap<>();
    Set<EntityId> deleted = new HashSet<>();
    Set<EntityId> unreadable = new HashSet<>();
    for (Result result : readAll(sources)) {
      if (result.error() != null) {
        problems.add(fileProblem(result.source().file(), result.error()));
        unreadable.add(result.source().kind().id(result.source().id()));
      } else if (result.value() instanceof Tombstone t) {
        tombstones.add(t);
        deleted.add(t.id());
      } else {
        Aggregate<?, ?> entity = (Aggregate<?, ?>) result.value();
        entities.get(entity.aggregateKind()).add(entity);
        files.put(entity.id(), result.source().file());
      }
    }
    for (Map.Entry<EntityId, Path> live : new java.util.TreeMap<>(files).entrySet()) {
      if (deleted.contains(live.getKey())) {
        problems.add(new CheckReport.Problem(live.getValue().toString(), "the entity has a tombstone too, "
            + layout.tombstoneFile(live.getKey()), "an entity is either live or deleted"));
      }
    }
    DataSet data;
    try {
      data = DataSet.of(entities, tombstones);
    } catch (LokbraException e) {
      problems.add(new CheckReport.Problem(root.toString(), e.getMessage(), READ_RULE));
      return CheckReport.of(problems);
    }
    // A reference to an entity whose file did not read is no problem of its own: that file is reported.
    List<CheckReport.Problem> references = StoreRules.referenceProblems(data,
        entity -> files.get(entity.id()) + " (" + entity.describe() + ")", unreadable::contains);
    problems.addAll(references);
    if (references.isEmpty() && problems.isEmpty()) {
      // The rules an open checks beyond references (unique values): a store in memory, written nowhere.
      try {
        InMemoryStore.create(uri, StoreOptions.defaults(), ImmutableSet.of(), data, Persistence.NONE).close();
      } catch (LokbraException e) {
        problems.add(new CheckReport.Problem(root.toString(), e.getMessage(), "the data must keep the rules "
            + "every save keeps"));
      }
    }
    return CheckReport.of(problems);
  }

  /** {@link #list(AggregateKind, boolean, Path, List)} for the check: deletes nothing, reports bad names. */
  private static void listForCheck(AggregateKind kind, boolean tombstone, Path directory, List<Source> sources,
      List<CheckReport.Problem> problems) throws IOException {
    List<String> names = new ArrayList<>();
    for (Path entry : list(directory, p -> true)) {
      String name = entry.getFileName().toString();
      if (name.endsWith(StoreLayout.SUFFIX) && !name.startsWith(".")) {
        names.add(name);
      }
    }
    names.sort(null);
    Set<String> reservedIds = new HashSet<>();
    for (String name : names) {
      Path file = directory.resolve(name);
      Optional<String> id = StoreLayout.idOf(name);
      if (id.isEmpty()) {
        problems.add(new CheckReport.Problem(file.toString(), "is no data file", StoreLayout.NAME_RULE));
      } else if (StoreLayout.isReserved(id.get()) && !reservedIds.add(id.get())) {
        problems.add(new CheckReport.Problem(file.toString(), "holds the id '" + id.get() + "' as "
            + directory.resolve(StoreLayout.fileName(id.get())) + " does", "one file per id"));
      } else {
        sources.add(new Source(kind, tombstone, file, id.get()));
      }
    }
  }

  /** A file that did not read, as a problem: its path (and line and column) and why. */
  private static CheckReport.Problem fileProblem(Path file, Exception e) {
    if (e instanceof JsonDocumentException d) {
      String where = d.source() + (d.line() > 0 ? " (line " + d.line() + ", column " + d.column() + ")" : "");
      String at = d.pointer().isEmpty() ? "" : "at " + d.pointer() + ": ";
      return new CheckReport.Problem(where, at + d.problem(), READ_RULE);
    }
    String message = e instanceof IOException io ? IoErrors.reason(io) : e.getMessage();
    return new CheckReport.Problem(file.toString(), message == null ? e.getClass().getSimpleName() : message,
        READ_RULE);
  }

  // ---------------------------------------------------------------- loaded data

  /**
   * Every file read, as a data set. The file of an entity, for error messages, follows from its id; keeping each
   * file's path instead would hold tens of megabytes while a large store opens.
   */
  private static final class Loaded {
    private final StoreLayout layout;
    private final DataSet data;
    private final Set<EntityId> tombstoneIds = new HashSet<>();

    Loaded(StoreLayout layout, List<Result> results) {
      this.layout = layout;
      Map<AggregateKind, List<Aggregate<?, ?>>> entities = new EnumMap<>(AggregateKind.class);
      for (AggregateKind kind : AggregateKind.values()) {
        entities.put(kind, new ArrayList<>());
      }
      List<Tombstone> tombstones = new ArrayList<>();
      for (Result result : results) {
        if (result.value() instanceof Tombstone t) {
          tombstones.add(t);
          tombstoneIds.add(t.id());
        }
      }
      TreeSet<EntityId> both = new TreeSet<>();
      for (Result result : results) {
        if (result.value() instanceof Tombstone) {
          continue;
        }
        Aggregate<?, ?> entity = (Aggregate<?, ?>) result.value();
        if (tombstoneIds.contains(entity.id())) {
          both.add(entity.id());
        }
        entities.get(entity.aggregateKind()).add(entity);
      }
      if (!both.isEmpty()) {
        EntityId id = both.first();
        throw new StorageException("cannot open the store: " + layout.entityFile(id) + " and "
            + layout.tombstoneFile(id) + " both exist, but an entity is either live or deleted; remove the one "
            + "that is wrong");
      }
      data = DataSet.of(entities, tombstones);
    }

    /** The file {@code id} was read from. */
    private Path fileOf(EntityId id) {
      Path file = tombstoneIds.contains(id) ? layout.tombstoneFile(id) : layout.entityFile(id);
      // A reserved name may have been read from its file of before (con.json rather than _con.json).
      return StoreLayout.legacyFile(file, id).filter(legacy -> !Files.exists(file)).orElse(file);
    }

    private boolean loaded(EntityId id) {
      return tombstoneIds.contains(id) || data.entities().anyMatch(e -> e.id().equals(id));
    }

    DataSet data() {
      return data;
    }

    Set<EntityId> tombstoneIds() {
      return tombstoneIds;
    }

    /**
     * Names the file (and place in it) behind an error the in-memory store found in the data as a whole: a
     * reference to an entity that does not exist, or an organisation number used twice.
     */
    RuntimeException explain(LokbraException e) {
      if (e instanceof ReferentialIntegrityException r && !r.onDelete() && loaded(r.entity())) {
        Reference first = r.references().get(0);
        return at(r.entity(), pointer(first.field()), e.getMessage(), e);
      }
      if (e instanceof ValidationException v && v.entity().isPresent()) {
        Optional<Aggregate<?, ?>> entity = data.entities().filter(a -> a.describe().equals(v.entity().get()))
            .findFirst();
        if (entity.isPresent()) {
          return at(entity.get().id(), pointer(v.field()), e.getMessage(), e);
        }
      }
      return new StorageException("cannot open the store: " + e.getMessage(), e);
    }

    private JsonDocumentException at(EntityId id, String pointer, String problem, Exception cause) {
      Path file = fileOf(id);
      JsonLocation location = null;
      try {
        location = Formats.locate(readFile(file), pointer);
      } catch (IOException | RuntimeException e) {
        cause.addSuppressed(e);
      }
      return new JsonDocumentException(file.toString(), location == null ? 0 : location.getLineNr(),
          location == null ? 0 : location.getColumnNr(), pointer, null, problem, cause);
    }

    /** {@code memberships[0].organisation} → {@code /memberships/0/organisation}. */
    private static String pointer(String field) {
      return "/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }
  }
}
