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
 *
 * <p>File names are portable to Windows and macOS. An id that Windows reserves as a device name ({@code con},
 * {@code prn}, {@code aux}, {@code nul}, {@code com0}–{@code com9}, {@code lpt0}–{@code lpt9}; Windows refuses them
 * with any extension, {@code con.json} too) is stored as {@code _<id>.json}: {@code _con.json}. No id starts with
 * {@code _} ({@link EntityId#PATTERN}), so the mapping needs no escape to be reversible, and {@code _} followed by
 * any other name is no data file. A store written before this rule with {@code con.json} is read as it is; the next
 * write of that entity writes {@code _con.json} and deletes {@code con.json} in the same transaction, and a
 * directory holding both is refused. Ids have lower-case letters only, so two ids never differ only in case and
 * no two files collide on a case-insensitive file system.
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
  private static final Pattern TEMP = Pattern.compile("\\._?[a-z0-9][a-z0-9_-]{0,63}\\.json\\.[0-9a-f]{1,16}\\.tmp");

  /** The names Windows reserves for devices, in any case and with any extension. */
  private static final java.util.Set<String> RESERVED = reserved();

  /** What a data file name may be, as error messages say it. */
  static final String NAME_RULE = "the file name must be an id followed by .json (an id has 1 to 64 characters of "
      + "a-z, 0-9, '-' and '_', starting with a letter or digit), or _ and an id that Windows reserves (con, prn, "
      + "aux, nul, com0-com9, lpt0-lpt9) followed by .json";

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
    return entityDirectory(id.kind()).resolve(fileName(id.value()));
  }

  public Path tombstoneFile(EntityId id) {
    return tombstoneDirectory(id.kind()).resolve(fileName(id.value()));
  }

  /**
   * The file name a store written before reserved names were escaped used for {@code id}'s entity or tombstone
   * ({@code con.json} for {@code _con.json}), if it differs from {@code file}'s; what a write of {@code id} deletes.
   */
  static Optional<Path> legacyFile(Path file, EntityId id) {
    return isReserved(id.value()) ? Optional.of(file.resolveSibling(id.value() + SUFFIX)) : Optional.empty();
  }

  /** The name of the file that holds {@code id}: {@code x.json}, or {@code _con.json} for a reserved name. */
  static String fileName(String id) {
    return isReserved(id) ? "_" + id + SUFFIX : id + SUFFIX;
  }

  /** Whether Windows reserves {@code name} (an id, so in lower case and without a dot) as a device name. */
  static boolean isReserved(String name) {
    return RESERVED.contains(name);
  }

  private static java.util.Set<String> reserved() {
    java.util.Set<String> names = new java.util.HashSet<>(java.util.List.of("con", "prn", "aux", "nul"));
    for (int i = 0; i <= 9; i++) {
      names.add("com" + i);
      names.add("lpt" + i);
    }
    return java.util.Set.copyOf(names);
  }

  /**
   * The id a data file name stands for ({@code x.json} → {@code x}, {@code _con.json} → {@code con}), if it is one;
   * {@code con.json}, written before reserved names were escaped, stands for {@code con} too.
   */
  static Optional<String> idOf(String fileName) {
    if (!fileName.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String id = fileName.substring(0, fileName.length() - SUFFIX.length());
    if (id.startsWith("_")) {
      id = id.substring(1);
      return isReserved(id) ? Optional.of(id) : Optional.empty();
    }
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
