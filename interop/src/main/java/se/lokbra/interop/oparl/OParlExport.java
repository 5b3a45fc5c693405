package se.lokbra.interop.oparl;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import se.lokbra.core.DataSet;
import se.lokbra.core.ValidationException;
import se.lokbra.interop.ExportException;
import se.lokbra.interop.internal.OParlMapper;

/**
 * A static OParl 1.1 export of a {@link DataSet}: a set of JSON files that, served under the
 * {@link OParlOptions#baseUrl base URL} as {@code application/json}, form a read-only OParl endpoint. Each file lies
 * at its object's URL relative to the base URL, without extension; the entry point is the {@code System} object at
 * {@code system}.
 *
 * <p>What is exported and how:
 * <ul>
 *   <li>one {@code Body} per municipality that a council covers ({@code body/1883}), named after the store's
 *       organisation of kind MUNICIPALITY with that municipality code (else "Kommun 1883"); a council that covers
 *       several municipalities appears in each of their bodies' lists;</li>
 *   <li>{@code Organization}s: councils ({@code council/ID}, type "Gremium"), organisations ({@code organization/ID})
 *       and the political parties of the people exported ({@code party/M});</li>
 *   <li>{@code Membership}s: a council's seats ({@code membership/COUNCIL.ROLE.START.p.PERSON.o.ORGANISATION}, the
 *       role in Swedish, the organisation as {@code onBehalfOf}; a seat of an organisation without a named person
 *       has only {@code onBehalfOf}), a person's affiliation and party;</li>
 *   <li>{@code Person}s who hold a seat in, or took part in a meeting of, a council of the body;</li>
 *   <li>{@code Meeting}s with their {@code AgendaItem}s and {@code Location} embedded; {@code LegislativeTerm}s for
 *       the mandate periods ({@code MandatePeriod}) that the body's memberships and meetings fall in;</li>
 *   <li>deleted organisations, councils, people and meetings as objects with {@code deleted: true}, listed in
 *       every body's list of their type (a tombstone does not know its body);</li>
 *   <li>every list as pages of {@link OParlOptions#pageSize} objects ({@code list/1883/meeting/1}, {@code /2}, …),
 *       ordered by object URL, with {@code pagination} and {@code links} ({@code first}, {@code prev},
 *       {@code next}, {@code last}); the paper list is empty.</li>
 * </ul>
 * Measures and conferences have no OParl counterpart and are not exported. Timestamps are the store's
 * {@code created}/{@code modified}; objects derived from an entity (a membership, an agenda item) carry the
 * entity's. A static export cannot filter, so {@code modified_since} is not supported.
 */
public final class OParlExport {
  private final String base;
  private final ImmutableSortedMap<String, byte[]> files;

  private OParlExport(String base, ImmutableSortedMap<String, byte[]> files) {
    this.base = base;
    this.files = files;
  }

  /** Renders the export of {@code data} in memory. */
  public static OParlExport of(DataSet data, OParlOptions options) {
    if (data == null || options == null) {
      throw new ValidationException("data, options", null, "must not be null");
    }
    return new OParlExport(options.baseUrl().toString(), OParlMapper.render(data, options));
  }

  /** The path of every file, relative to the base URL ({@code system}, {@code meeting/lokbra-2019-1}, …). */
  public ImmutableSortedSet<String> paths() {
    return files.keySet();
  }

  /** The UTF-8 JSON content of the file at {@code path} (a copy). */
  public byte[] file(String path) {
    byte[] content = files.get(path);
    if (content == null) {
      throw new ValidationException("path", path, "is not a file of this export");
    }
    return content.clone();
  }

  /** The URL that the file at {@code path} is served under: the base URL, a slash and the path. */
  public String url(String path) {
    return base + "/" + path;
  }

  /** The URL of the {@code System} object, the entry point for OParl clients. */
  public String systemUrl() {
    return url(OParlMapper.SYSTEM_PATH);
  }

  /**
   * Writes every file under {@code directory} (created if missing), replacing files of the same name and leaving
   * any others alone.
   *
   * @throws ExportException if a file cannot be written
   */
  public void writeTo(Path directory) {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = directory.resolve(file.getKey());
      try {
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      } catch (IOException e) {
        throw new ExportException("cannot write the OParl file " + target + ": " + e.getMessage(), e);
      }
    }
  }
}
