package se.lokbra.storage.json;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreNotFoundException;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.storage.json.internal.StoreLayout;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.spi.StoreLocations;
import se.lokbra.storage.json.internal.StoreOpener;

/**
 * Opens lokbra stores kept in a directory of JSON files: one pretty-printed file per entity, grouped by kind
 * ({@code councils/<id>.json}), deleted entities as tombstones ({@code tombstones/councils/<id>.json}), and a
 * manifest {@code lokbra-store.json} with the format version. Every file is replaced atomically and durably, a
 * transaction over several files is atomic across crashes (a write-ahead journal), and one process at a time may
 * have a store open (a lock file). All data is held in memory with an index for every query, so reads never touch
 * the disk and a write rewrites only the files it changes.
 *
 * <p>Through {@link se.lokbra.core.LokbraStores}: {@code json:/absolute/path/to/dir} or {@code json:relative/dir}.
 * An empty or missing directory becomes a new store; a non-empty directory that is not a lokbra store, or a store of
 * a newer format, is refused. A store of an older format (1 or 2) opens as it is and becomes format 3 with its
 * first write (the manifest is rewritten; no file needs converting). See the README for the file format.
 *
 * <p>Inside the directory only regular files and real directories are read: a FIFO, socket, device, directory or
 * symbolic link (to anything, a regular file included) where a data file, the manifest, the journal or the lock file
 * belongs is refused with a {@link se.lokbra.core.StorageException} naming the path, before it is opened (a FIFO
 * would block the open). The directory itself may be a symbolic link.
 */
public final class JsonStore {
  /** The URI scheme: {@code json:}. */
  public static final String SCHEME = "json";
  /** The store format this version writes, and the newest it reads. */
  public static final int FORMAT_VERSION = StoreOpener.FORMAT_VERSION;

  private JsonStore() {}

  /** Opens (creating if needed) the store in {@code directory} with default options. */
  public static LokbraStore open(Path directory) {
    return open(directory, StoreOptions.defaults());
  }

  /**
   * Opens (creating if needed) the store in {@code directory}.
   *
   * @throws se.lokbra.core.StorageException if the directory is not a lokbra store, is locked by another process,
   *     is of a newer format, or holds a file that cannot be read (a {@link JsonDocumentException} then names the
   *     file, line and column)
   */
  public static LokbraStore open(Path directory, StoreOptions options) {
    Arguments.notNull(directory, "directory");
    Arguments.notNull(options, "options");
    Path root = directory.toAbsolutePath().normalize();
    if (!options.createIfMissing() && !Files.isRegularFile(root.resolve(StoreLayout.MANIFEST))) {
      throw new StoreNotFoundException(uri(root).toString(), Files.isDirectory(root)
          ? "the directory has no " + StoreLayout.MANIFEST : "the directory " + root + " does not exist");
    }
    return StoreOpener.open(root, uri(root), options);
  }

  /**
   * Checks the store in {@code directory} without opening it, reading only (no lock, no journal applied, no
   * temporary file deleted): the manifest and every data and tombstone file are read and parsed again, and every
   * reference is checked. A file that does not read is reported with its path, not thrown. See
   * {@link se.lokbra.core.LokbraStore#check()}; on an open store, that check reads the files again too.
   *
   * @throws StoreNotFoundException if the directory holds no store
   */
  public static CheckReport check(Path directory) {
    Arguments.notNull(directory, "directory");
    Path root = directory.toAbsolutePath().normalize();
    if (!Files.exists(root.resolve(StoreLayout.MANIFEST), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new StoreNotFoundException(uri(root).toString(), Files.isDirectory(root)
          ? "the directory has no " + StoreLayout.MANIFEST : "the directory " + root + " does not exist");
    }
    return StoreOpener.check(root, uri(root));
  }

  /** The {@code json:} URI of the store in {@code directory}, with its absolute path. */
  public static URI uri(Path directory) {
    Arguments.notNull(directory, "directory");
    String path = directory.toAbsolutePath().normalize().toString().replace(File.separatorChar, '/');
    try {
      return new URI(SCHEME, path, null);
    } catch (URISyntaxException e) {
      throw new ValidationException("directory", directory, "cannot be written as a URI: " + e.getReason());
    }
  }

  /**
   * The directory a {@code json:} URI names: {@code json:/srv/lokbra} or {@code json:data/lokbra} (relative to the
   * working directory); percent-escapes are decoded. {@link se.lokbra.core.LokbraStores#open(String)} also takes
   * plain paths ({@code json:/srv/my store}, {@code json:C:\data\lokbra}) and makes such a URI of them.
   *
   * @throws ValidationException if the URI is not a {@code json:} URI with a path alone
   */
  public static Path directory(URI uri) {
    Arguments.notNull(uri, "uri");
    String rule = "must be json:/path/to/directory or json:relative/directory, without host, query or fragment";
    if (!SCHEME.equals(uri.getScheme())) {
      throw new ValidationException("uri", uri, rule);
    }
    String path = StoreLocations.path(uri, SCHEME + ":");
    if (uri.getRawAuthority() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
        || path.isEmpty()) {
      throw new ValidationException("uri", uri, rule);
    }
    return StoreLocations.localPath(uri, SCHEME + ":");
  }
}
