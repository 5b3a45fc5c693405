package se.lokbra.storage.json;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The default file system with faults injected on request: a store opened on one of its paths does real I/O in the
 * real directory, except that a chosen operation fails the way a full disk or a failing device makes it fail. It
 * also records every operation, so a test can fail each one in turn.
 *
 * <p>Only what the JSON store uses is faulted: opening a file or directory channel, writing, forcing, closing a
 * written channel, renaming, deleting, creating a directory, reading attributes and listing a directory. A failing
 * write of the {@link Kind#NO_SPACE} kind first writes half of the buffer, as a full disk does.
 */
final class FaultyFileSystem extends FileSystem {
  /** The file-system operations a fault can hit. */
  enum Op { OPEN, WRITE, FORCE, CLOSE, MOVE, DELETE, CREATE_DIRECTORY, ATTRIBUTES, LIST, READ }

  /** How an operation fails. */
  enum Kind {
    /** {@code EIO}: the device failed. */
    IO_ERROR("Input/output error"),
    /** {@code ENOSPC}: a write stops half way. */
    NO_SPACE("No space left on device"),
    /** {@code EACCES}: as the JDK reports it, an {@link AccessDeniedException} whose message is only the path. */
    PERMISSION_DENIED("permission denied"),
    /** {@code EMFILE}: the process has no file descriptor left. */
    TOO_MANY_FILES("Too many open files");

    final String reason;

    Kind(String reason) {
      this.reason = reason;
    }
  }

  /** One operation as it happened: what and on which path (the real one). */
  record Event(Op op, Path path) {
    @Override
    public String toString() {
      return op + " " + path;
    }
  }

  /** An armed fault: fails the matching operations after skipping {@code skip} of them, once or for good. */
  private record Fault(Predicate<Event> matches, Kind kind, boolean persistent) {}

  private final FileSystem real = FileSystems.getDefault();
  private final Provider provider = new Provider();
  private final List<Event> events = new ArrayList<>();
  private final List<Event> hits = new ArrayList<>();
  private Fault fault;
  private int skip;
  private boolean recording;

  /** The path of this file system for a real path. */
  FaultyPath wrap(Path path) {
    return path == null ? null : new FaultyPath(this, path.getFileSystem() == this ? unwrap(path) : path);
  }

  static Path unwrap(Path path) {
    return path instanceof FaultyPath f ? f.real : path;
  }

  /** Records every operation from now on (and forgets earlier ones). */
  synchronized void record() {
    events.clear();
    recording = true;
  }

  /** The operations recorded since {@link #record()}. */
  synchronized List<Event> events() {
    return List.copyOf(events);
  }

  /** Fails the {@code index}-th operation from now (counting from 0), once. */
  synchronized void failAt(int index, Kind kind) {
    fault = new Fault(e -> true, kind, false);
    skip = index;
  }

  /** Fails every matching operation from now until {@link #heal()}. */
  synchronized void failEvery(Predicate<Event> matches, Kind kind) {
    fault = new Fault(matches, kind, true);
    skip = 0;
  }

  /** Fails the first matching operation from now, once. */
  synchronized void failNext(Predicate<Event> matches, Kind kind) {
    fault = new Fault(matches, kind, false);
    skip = 0;
  }

  synchronized void heal() {
    fault = null;
  }

  /** The operations that failed because of a fault, in order. */
  synchronized List<Event> hits() {
    return List.copyOf(hits);
  }

  /** Whether an armed fault is still waiting for its operation. */
  synchronized boolean armed() {
    return fault != null;
  }

  /** Notes an operation and returns the fault that hits it, or null. */
  private synchronized Kind before(Op op, Path path) {
    Event event = new Event(op, unwrap(path));
    if (recording) {
      events.add(event);
    }
    if (fault == null || !fault.matches().test(event)) {
      return null;
    }
    if (skip > 0) {
      skip--;
      return null;
    }
    Kind kind = fault.kind();
    hits.add(event);
    if (!fault.persistent()) {
      fault = null;
    }
    return kind;
  }

  private void check(Op op, Path path) throws IOException {
    Kind kind = before(op, path);
    if (kind == Kind.PERMISSION_DENIED) {
      throw new AccessDeniedException(unwrap(path).toString());
    }
    if (kind != null) {
      throw new FileSystemException(unwrap(path).toString(), null, kind.reason);
    }
  }

  private void check(Op op, Path from, Path to) throws IOException {
    Kind kind = before(op, from);
    if (kind != null) {
      throw new FileSystemException(unwrap(from).toString(), unwrap(to).toString(), kind.reason);
    }
  }

  // ---------------------------------------------------------------- FileSystem

  @Override
  public FileSystemProvider provider() {
    return provider;
  }

  @Override
  public void close() {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return false;
  }

  @Override
  public String getSeparator() {
    return real.getSeparator();
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    List<Path> roots = new ArrayList<>();
    real.getRootDirectories().forEach(r -> roots.add(wrap(r)));
    return roots;
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return real.getFileStores();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return real.supportedFileAttributeViews();
  }

  @Override
  public Path getPath(String first, String... more) {
    return wrap(real.getPath(first, more));
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    PathMatcher matcher = real.getPathMatcher(syntaxAndPattern);
    return path -> matcher.matches(unwrap(path));
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    return real.getUserPrincipalLookupService();
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException();
  }

  // ---------------------------------------------------------------- Path

  /** A real path that belongs to the faulty file system. */
  static final class FaultyPath implements Path {
    private final FaultyFileSystem fs;
    private final Path real;

    FaultyPath(FaultyFileSystem fs, Path real) {
      this.fs = fs;
      this.real = real;
    }

    @Override
    public FileSystem getFileSystem() {
      return fs;
    }

    @Override
    public boolean isAbsolute() {
      return real.isAbsolute();
    }

    @Override
    public Path getRoot() {
      return fs.wrap(real.getRoot());
    }

    @Override
    public Path getFileName() {
      return fs.wrap(real.getFileName());
    }

    @Override
    public Path getParent() {
      return fs.wrap(real.getParent());
    }

    @Override
    public int getNameCount() {
      return real.getNameCount();
    }

    @Override
    public Path getName(int index) {
      return fs.wrap(real.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
      return fs.wrap(real.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
      return real.startsWith(unwrap(other));
    }

    @Override
    public boolean endsWith(Path other) {
      return real.endsWith(unwrap(other));
    }

    @Override
    public Path normalize() {
      return fs.wrap(real.normalize());
    }

    @Override
    public Path resolve(Path other) {
      return fs.wrap(real.resolve(unwrap(other)));
    }

    @Override
    public Path relativize(Path other) {
      return fs.wrap(real.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
      return real.toUri();
    }

    @Override
    public Path toAbsolutePath() {
      return fs.wrap(real.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
      return fs.wrap(real.toRealPath(options));
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(Path other) {
      return real.compareTo(unwrap(other));
    }

    @Override
    public Iterator<Path> iterator() {
      Iterator<Path> names = real.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return names.hasNext();
        }

        @Override
        public Path next() {
          return fs.wrap(names.next());
        }
      };
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof FaultyPath p && p.fs == fs && p.real.equals(real);
    }

    @Override
    public int hashCode() {
      return real.hashCode();
    }

    @Override
    public String toString() {
      return real.toString();
    }
  }

  // ---------------------------------------------------------------- provider

  private final class Provider extends FileSystemProvider {
    private final FileSystemProvider realProvider = real.provider();

    @Override
    public String getScheme() {
      return "faulty";
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
      return FaultyFileSystem.this;
    }

    @Override
    public Path getPath(URI uri) {
      return wrap(realProvider.getPath(uri));
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
        FileAttribute<?>... attrs) throws IOException {
      return newFileChannel(path, options, attrs);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
        throws IOException {
      check(Op.OPEN, path);
      boolean writing = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
      return new FaultyChannel(unwrap(path), realProvider.newFileChannel(unwrap(path), options, attrs), writing);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
        throws IOException {
      check(Op.LIST, dir);
      DirectoryStream<Path> entries = realProvider.newDirectoryStream(unwrap(dir), p -> filter.accept(wrap(p)));
      return new DirectoryStream<>() {
        @Override
        public Iterator<Path> iterator() {
          Iterator<Path> it = entries.iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Path next() {
              return wrap(it.next());
            }
          };
        }

        @Override
        public void close() throws IOException {
          entries.close();
        }
      };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
      check(Op.CREATE_DIRECTORY, dir);
      realProvider.createDirectory(unwrap(dir), attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
      check(Op.DELETE, path);
      realProvider.delete(unwrap(path));
    }

    @Override
    public boolean deleteIfExists(Path path) throws IOException {
      check(Op.DELETE, path);
      return realProvider.deleteIfExists(unwrap(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
      throw new UnsupportedOperationException("the store never copies");
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
      check(Op.MOVE, source, target);
      realProvider.move(unwrap(source), unwrap(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
      return realProvider.isSameFile(unwrap(path), unwrap(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
      return realProvider.isHidden(unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
      return realProvider.getFileStore(unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
      check(Op.ATTRIBUTES, path);
      realProvider.checkAccess(unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
      return realProvider.getFileAttributeView(unwrap(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
        throws IOException {
      check(Op.ATTRIBUTES, path);
      return realProvider.readAttributes(unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
        throws IOException {
      check(Op.ATTRIBUTES, path);
      return realProvider.readAttributes(unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
      realProvider.setAttribute(unwrap(path), attribute, value, options);
    }
  }

  // ---------------------------------------------------------------- channel

  /** A real file channel whose writes, forces and close can fail. */
  private final class FaultyChannel extends FileChannel {
    private final Path path;
    private final FileChannel real;
    private final boolean writing;

    FaultyChannel(Path path, FileChannel real, boolean writing) {
      this.path = path;
      this.real = real;
      this.writing = writing;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      check(Op.READ, path);
      return real.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
      check(Op.READ, path);
      return real.read(dsts, offset, length);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      Kind kind = before(Op.WRITE, path);
      if (kind == Kind.NO_SPACE && src.remaining() > 1) {
        ByteBuffer half = src.duplicate();
        half.limit(half.position() + src.remaining() / 2);
        src.position(src.position() + real.write(half));
      }
      if (kind != null) {
        throw new FileSystemException(path.toString(), null, kind.reason);
      }
      return real.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
      check(Op.WRITE, path);
      return real.write(srcs, offset, length);
    }

    @Override
    public long position() throws IOException {
      return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      real.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      check(Op.WRITE, path);
      real.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      check(Op.FORCE, path);
      real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
      check(Op.READ, path);
      return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
      check(Op.WRITE, path);
      return real.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      check(Op.READ, path);
      return real.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      check(Op.WRITE, path);
      return real.write(src, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      return real.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      // The real channel is closed whatever happens, as the kernel closes a descriptor even when close(2) fails.
      try {
        if (writing) {
          check(Op.CLOSE, path);
        }
      } finally {
        real.close();
      }
    }

    @Override
    public String toString() {
      return "FaultyChannel[" + path + "]";
    }
  }

  @Override
  public String toString() {
    return "FaultyFileSystem" + Objects.hashCode(this);
  }
}
