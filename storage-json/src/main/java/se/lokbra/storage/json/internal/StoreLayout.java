package se.lokbra.storage.json.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/**
 * Where everything lives in a store directory:
 * <pre>
 * lokbra-store.json              the manifest: {"kind": "lokbra-json-store", "formatVersion": 2}
 * &lt;kinds&gt;/&lt;id&gt;.json              one file per live entity, a directory per AggregateKind named by
 *                                its plural(): organisations/, people/, … (the kinds from situation_pictures/ on
 *                                since format 2)
 * tombstones/&lt;kinds&gt;/&lt;id&gt;.json   one file per deleted entity
 * .lokbra-lock                   held locked while a process has the store open
 * .lokbra-journal                exists only while a multi-file transaction is being applied
 * </pre>
 * Temporary files start with a dot and end with {@code .tmp}; since ids start with a letter or digit, no temporary
 * file can be taken for data.
 */
public final class StoreLayout {
  public static final String MANIFEST = "lokbra-store.json";
  public static final String LOCK = ".lokbra-lock";
  public static final String JOURNAL = ".lokbra-journal";
  static final String JOURNAL_TEMP = ".lokbra-journal.tmp";
  static final String MANIFEST_TEMP = ".lokbra-store.json.tmp";
  public static final String TOMBSTONES = "tombstones";
  static final String SUFFIX = ".json";

  /** {@code .<id>.json.<hex token>.tmp}: a data file being written. */
  private static final Pattern TEMP = Pattern.compile("\\.[a-z0-9][a-z0-9_-]{0,63}\\.json\\.[0-9a-f]{1,16}\\.tmp");

  private final Path root;

  public StoreLayout(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  public Path manifest() {
    return root.resolve(MANIFEST);
  }

  public Path entityDirectory(AggregateKind kind) {
    return root.resolve(kind.plural());
  }

  public Path tombstoneDirectory(AggregateKind kind) {
    return root.resolve(TOMBSTONES).resolve(kind.plural());
  }

  public Path entityFile(EntityId id) {
    return entityDirectory(id.kind()).resolve(id.value() + SUFFIX);
  }

  public Path tombstoneFile(EntityId id) {
    return tombstoneDirectory(id.kind()).resolve(id.value() + SUFFIX);
  }

  /** The id a data file name stands for ({@code x.json} → {@code x}), if it is one. */
  static Optional<String> idOf(String fileName) {
    if (!fileName.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String id = fileName.substring(0, fileName.length() - SUFFIX.length());
    return isId(id) ? Optional.of(id) : Optional.empty();
  }

  /** {@link EntityId#PATTERN} without a regular expression, which costs more than the rest of listing a file. */
  static boolean isId(String text) {
    if (text.isEmpty() || text.length() > 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || i > 0 && (c == '_' || c == '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** True for a temporary file this store writes next to a data file. */
  static boolean isDataTemp(String fileName) {
    return TEMP.matcher(fileName).matches();
  }

  /** The temporary sibling of {@code target} to write before moving it into place. */
  static Path tempFor(Path target, long token) {
    return target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(token) + ".tmp");
  }

  /** {@code measures/x.json}: a path relative to the root, with {@code /}, as the journal records it. */
  String relative(Path file) {
    Path relative = root.relativize(file);
    StringBuilder text = new StringBuilder();
    for (Path part : relative) {
      text.append(text.length() == 0 ? "" : "/").append(part);
    }
    return text.toString();
  }

  /**
   * Resolves a data-file path from the journal, refusing anything else (so that a damaged journal cannot touch files
   * outside the store's data).
   */
  Optional<Path> dataFile(String relative) {
    String[] parts = relative.split("/", -1);
    if (parts.length == 2 || parts.length == 3 && parts[0].equals(TOMBSTONES)) {
      String kindName = parts[parts.length - 2];
      for (AggregateKind kind : AggregateKind.values()) {
        if (kind.plural().equals(kindName) && idOf(parts[parts.length - 1]).isPresent()) {
          Path directory = parts.length == 2 ? entityDirectory(kind) : tombstoneDirectory(kind);
          return Optional.of(directory.resolve(parts[parts.length - 1]));
        }
      }
    }
    return Optional.empty();
  }

  /** Resolves a temporary file from the journal: it must be the temporary sibling of {@code target}. */
  Optional<Path> tempFile(String relative, Path target) {
    int slash = relative.lastIndexOf('/');
    String name = relative.substring(slash + 1);
    Path temp = target.resolveSibling(name);
    boolean sibling = relative(target.getParent()).equals(slash < 0 ? "" : relative.substring(0, slash));
    return sibling && isDataTemp(name) && name.startsWith("." + target.getFileName() + ".") ? Optional.of(temp)
        : Optional.empty();
  }
}
